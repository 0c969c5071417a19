/**
 * Bilingual query expansion from the glossary: a query holding one of a glossary entry's terms
 * or aliases (as whole words, any case, accents ignored) is also searched with that term
 * replaced by the entry's term in each of the atlas's languages ("regime effectiveness" →
 * "efektivitas rezim"). Each equivalent is its own search, in the bundle of its language.
 */
export interface GlossaryForms {
  /** The entry's term in each language: `{ en: "Regime effectiveness", id: "Efektivitas rezim" }`. */
  terms: Record<string, string>;
  /** Every form that names it: its terms and aliases. */
  forms: string[];
}

export interface Expansion {
  /** The query as searched: the typed query with the matched form replaced by the equivalent. */
  query: string;
  /** The language of the equivalent (its bundle searches it). */
  language: string;
  /** The equivalent as the glossary writes it, for "also searched". */
  term: string;
}

/** A glossary entry's forms: its terms in every language, then its aliases. */
export function glossaryForms(entry: { term: Record<string, string>; aliases: readonly string[] }): GlossaryForms {
  return { terms: entry.term, forms: [...new Set([...Object.values(entry.term), ...entry.aliases])] };
}

/** Lower case without accents: how Pagefind compares words. Keeps the length of precomposed text. */
export const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Found {
  start: number;
  end: number;
  entry: GlossaryForms;
}

/** Where the query names glossary entries: the longest form of each, overlapping ones dropped (longer first). */
function namedEntries(query: string, entries: readonly GlossaryForms[]): Found[] {
  const found: Found[] = [];
  for (const entry of entries) {
    const forms = [...new Set(entry.forms.map(fold))].filter((form) => form.length >= 2).sort((a, b) => b.length - a.length);
    for (const form of forms) {
      const match = new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, 'u').exec(query);
      if (match) {
        found.push({ start: match.index, end: match.index + form.length, entry });
        break;
      }
    }
  }
  const kept: Found[] = [];
  for (const f of found.sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (kept.every((k) => f.end <= k.start || f.start >= k.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The query's equivalents, at most `limit`, in the order the query names the entries. */
export function expandQuery(typed: string, entries: readonly GlossaryForms[], limit = 4): Expansion[] {
  const query = fold(typed);
  const expansions: Expansion[] = [];
  const seen = new Set([query]);
  for (const { start, end, entry } of namedEntries(query, entries)) {
    for (const [language, term] of Object.entries(entry.terms)) {
      const expanded = `${query.slice(0, start)}${fold(term)}${query.slice(end)}`;
      if (seen.has(expanded)) continue;
      seen.add(expanded);
      expansions.push({ query: expanded, language, term });
    }
  }
  return expansions.slice(0, limit);
}
