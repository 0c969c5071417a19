/**
 * Finds glossary terms in running text: whole words only (letters, digits, hyphens and
 * slashes belong to a word, so "UN-ACT", "66/2011/QH12" and "anak-anak" are single words),
 * ignoring case and diacritics, preferring the longest alias where several start together.
 */

export interface TermAliases {
  id: string;
  aliases: readonly string[];
}

export interface TermMatch {
  id: string;
  /** Offsets in the original text. */
  start: number;
  end: number;
  /** The text as written. */
  text: string;
}

const WORD = '\\p{L}\\p{N}\\-/';

/** Lower case, no diacritics, runs of white space as one space: the form aliases are compared in. */
export function foldForMatching(text: string): string {
  return fold(text).text.replace(/\s+/g, ' ').trim();
}

/** Folds case and diacritics, keeping for each folded character the offset it came from. */
function fold(text: string): { text: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    // Most of the text is ASCII: fold it without the cost of Unicode normalisation.
    const code = char.charCodeAt(0);
    const plain =
      code < 0x80 ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char) : char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (let k = 0; k < plain.length; k += 1) origin.push(index);
    folded += plain;
    index += char.length;
  }
  origin.push(index);
  return { text: folded, origin };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class TermMatcher {
  private readonly pattern: RegExp | undefined;
  private readonly owner = new Map<string, string>();

  constructor(terms: readonly TermAliases[]) {
    for (const term of terms) {
      for (const alias of term.aliases) {
        const key = foldForMatching(alias);
        if (key && !this.owner.has(key)) this.owner.set(key, term.id);
      }
    }
    const alternatives = [...this.owner.keys()]
      .sort((a, b) => b.length - a.length || a.localeCompare(b))
      .map((alias) => escapeRegExp(alias).replace(/ /g, '\\s+'));
    this.pattern =
      alternatives.length === 0 ? undefined : new RegExp(`(?<![${WORD}])(?:${alternatives.join('|')})(?![${WORD}])`, 'gu');
  }

  /** Every match, left to right, never overlapping. */
  matches(text: string): TermMatch[] {
    if (!this.pattern) return [];
    const { text: folded, origin } = fold(text);
    const found: TermMatch[] = [];
    for (const match of folded.matchAll(this.pattern)) {
      const id = this.owner.get(match[0].replace(/\s+/g, ' '));
      if (!id) continue;
      const start = origin[match.index]!;
      const end = origin[match.index + match[0].length]!;
      found.push({ id, start, end, text: text.slice(start, end) });
    }
    return found;
  }

  /** The ids of all terms the text mentions. */
  mentioned(text: string): Set<string> {
    return new Set(this.matches(text).map((match) => match.id));
  }
}
