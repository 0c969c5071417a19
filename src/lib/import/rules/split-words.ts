/**
 * Words split by the extraction's spaces ("kateg ori"): two fragments that are not words of the
 * text on their own while the text writes them whole elsewhere ("kategori"); and a space after a
 * hyphen inside a word ("non- negara"). Flagged for a person, never merged: a space can also be
 * the author's.
 */
import type { ReviewFlag } from '../source-lines.ts';

export function splitWordFlags(text: string, words: ReadonlyMap<string, number>): ReviewFlag[] {
  const tokens = text.split(/\s+/);
  const flags: ReviewFlag[] = [];
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const [a, b] = [tokens[i]!, tokens[i + 1]!];
    if (!/^[\p{Ll}]{2,}$/u.test(a) || !/^[\p{Ll}]{2,}[,.;:]?$/u.test(b)) continue;
    const second = b.replace(/[,.;:]$/, '');
    const whole = `${a}${second}`;
    // The fragments are counted here too: a fragment written only here is no word of the text.
    const elsewhere = (word: string) => (words.get(word) ?? 0) > 1;
    if ((words.get(whole) ?? 0) > 0 && (!elsewhere(a) || !elsewhere(second))) {
      flags.push({ at: `${a} ${second}`, message: `“${a} ${second}” may be one word split by the extraction (the text writes “${whole}” elsewhere): if so, write it whole and record the change in sources/corrections.json` });
    }
  }
  for (const match of text.matchAll(/(?<=^|\s)([\p{L}]+)- (\p{Ll}+)/gu)) {
    flags.push({ at: match[0], message: `“${match[0]}” has a space after its hyphen, perhaps left by the extraction: if so, write “${match[1]}-${match[2]}” and record the change in sources/corrections.json` });
  }
  return flags;
}
