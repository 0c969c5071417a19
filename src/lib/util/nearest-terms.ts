/**
 * "Did you mean": the glossary terms nearest to a query that found nothing, by edit distance
 * (fastest-levenshtein) between the query and each term, alias, or word of one, ignoring case
 * and diacritics. Runs in the search interface on the terms the build gives it.
 */
import { distance } from 'fastest-levenshtein';

export interface SearchTerm {
  /** The term as the reader's interface names it. */
  label: string;
  /** Every form it has: its terms in each language and its aliases. */
  forms: string[];
  /** Its term in each language (for searching each equivalent). */
  terms: Record<string, string>;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** At most `limit` labels of terms within a few edits of the query (about one in three characters), nearest first. */
export function nearestTerms(query: string, terms: readonly Pick<SearchTerm, 'label' | 'forms'>[], limit = 3): string[] {
  const wanted = fold(query);
  if (wanted.length < 3) return [];
  const allowed = Math.max(1, Math.floor(wanted.length / 3));
  const scored = terms.flatMap((term) => {
    const candidates = term.forms.map(fold).flatMap((form) => [form, ...form.split(/[\s/-]+/).filter((word) => word.length >= 4)]);
    const best = Math.min(...candidates.map((candidate) => distance(wanted, candidate)));
    return best <= allowed ? [{ label: term.label, best }] : [];
  });
  return scored
    .sort((a, b) => a.best - b.best || a.label.localeCompare(b.label))
    .slice(0, limit)
    .map((s) => s.label);
}
