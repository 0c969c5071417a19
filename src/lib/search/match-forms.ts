/**
 * The words a result matched, as its text writes them ("pelaksanaan" for the query
 * "melaksanakan"), read from Pagefind's word positions; and whether they are only the
 * beginnings Pagefind falls back to when a query word is in no page ("c" for "cryptocurrency").
 */
import { fold } from './query-expansion.ts';

/** How Pagefind splits a page's text into the words its positions count. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/g;
const trimPunctuation = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** The query's words, folded, without surrounding punctuation. */
export function queryWords(query: string): string[] {
  return [...new Set(fold(query).split(' ').map(trimPunctuation).filter(Boolean))];
}

/** The length of the longest run of characters two words share ("terlaksana", "melaksanakan": 7). */
function sharedRun(a: string, b: string): number {
  let best = 0;
  const previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : 0;
      best = Math.max(best, previous[j]!);
      diagonal = above;
    }
  }
  return best;
}

/**
 * The distinct words at a result's matched positions, folded, in the order of the text. A
 * compound ("anti-slavery") gives the part nearest a searched word ("slavery"), so that the
 * page marks that word wherever it stands.
 */
export function matchedForms(data: { content: string; locations?: number[] }, words: readonly string[]): string[] {
  const tokens = data.content.split(WORD_SEPARATORS);
  const forms = (data.locations ?? []).map((at) => {
    const parts = fold(tokens[at] ?? '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (parts.length <= 1) return parts[0] ?? '';
    const nearness = (part: string) => Math.max(0, ...words.map((word) => sharedRun(part, word)));
    return parts.reduce((best, part) => (nearness(part) > nearness(best) ? part : best));
  });
  return [...new Set(forms.filter(Boolean))];
}

/** A form that is only a short beginning of the query word (at most half of it): not a match of that word. */
export const isFragmentOf = (form: string, word: string) => form.length < word.length && form.length * 2 <= word.length && word.startsWith(form);

/** Does the result match `word` only through fragments (or not at all)? */
export const onlyFragments = (forms: readonly string[], word: string) => forms.every((form) => isFragmentOf(form, word));
