/**
 * Words broken at a line end. Such a hyphen is rejoined only where the joined word is written
 * whole elsewhere in the text ("perlin-" + "dungan", and "perlindungan" elsewhere); a hyphen
 * that belongs to the word ("negara-" + "negara", "non-" + "negara") is kept; a break the text
 * cannot settle is kept and flagged for a person. Each rejoin is a correction, written the way
 * the fidelity check joins lines.
 */
import type { Replacement, ReviewFlag } from '../source-lines.ts';

export const REJOINED = 'a word the PDF hyphenated at a line end, rejoined (the text writes it whole elsewhere)';

const BREAK = /([\p{L}\p{M}]+)[-\u2010\u00ad]$/u;
const HEAD = /^([\p{L}\p{M}]+)/u;

export interface Joined {
  /** The lines as one text, as the draft writes it. */
  text: string;
  replacements: Replacement[];
  flags: ReviewFlag[];
}

/** The words of a text and how often each is written (in lower case), line-end fragments left out. */
export function wordCounts(lines: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const tokens = line.split(/\s+/);
    tokens.forEach((token, i) => {
      if (i === tokens.length - 1 && /[-\u2010\u00ad]$/.test(token)) return;
      for (const word of token.toLowerCase().match(/[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
    });
  }
  return counts;
}

/** Joins a block's lines as the fidelity check does (one space; none after a line-final hyphen), settling each line-end hyphen. */
export function joinLines(lines: readonly string[], words: ReadonlyMap<string, number>): Joined {
  let text = '';
  const replacements: Replacement[] = [];
  const flags: ReviewFlag[] = [];
  lines.forEach((line, i) => {
    if (i === 0) {
      text = line;
      return;
    }
    const broken = BREAK.exec(text);
    const head = HEAD.exec(line);
    if (!broken || !head) {
      text += /[-\u2010\u00ad]$/.test(text) ? line : ` ${line}`;
      return;
    }
    const [tail, hyphen] = [broken[1]!, text.slice(-1)];
    const whole = `${tail}${head[1]}`;
    const asSource = `${tail}${hyphen}${head[1]}`;
    const hyphenated = `${tail}-${head[1]}`.toLowerCase();
    if (words.has(whole.toLowerCase()) && !words.has(hyphenated)) {
      text = `${text.slice(0, -1)}${line}`;
      replacements.push({ find: asSource, replace: whole, reason: REJOINED });
      return;
    }
    text += line;
    const settled = words.has(hyphenated) || tail.toLowerCase() === head[1]!.toLowerCase() || /^\p{Lu}/u.test(head[1]!) || hyphen === '-' && /^\p{Lu}/u.test(tail);
    if (!settled && hyphen !== '\u00ad') {
      flags.push({ at: asSource, message: `a word broken at a line end, “${asSource}”, kept with its hyphen: if it is one word (“${whole}”), write it joined and record the change in sources/corrections.json` });
    }
  });
  return { text, replacements, flags };
}
