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

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const isWordCharacter = (char: string | undefined) => char !== undefined && WORD_CHARACTER.test(char);

/** Where `form` stands in `query` as whole words, or -1. (No regular expression per form: compiling one per form and query cost 200 ms.) */
function wholeWordsAt(query: string, form: string): number {
  for (let at = query.indexOf(form); at !== -1; at = query.indexOf(form, at + 1)) {
    if (!isWordCharacter(query[at - 1]) && !isWordCharacter(query[at + form.length])) return at;
  }
  return -1;
}

interface Found {
  start: number;
  end: number;
  entry: GlossaryForms;
}

/** Each entry's forms, folded, longest first, made once per glossary. */
const foldedForms = new WeakMap<readonly GlossaryForms[], { entry: GlossaryForms; forms: string[] }[]>();
function formsOf(entries: readonly GlossaryForms[]) {
  let folded = foldedForms.get(entries);
  if (!folded) {
    folded = entries.map((entry) => ({ entry, forms: [...new Set(entry.forms.map(fold))].filter((form) => form.length >= 2).sort((a, b) => b.length - a.length) }));
    foldedForms.set(entries, folded);
  }
  return folded;
}

/** Where the query names glossary entries: the longest form of each, overlapping ones dropped (longer first). */
function namedEntries(query: string, entries: readonly GlossaryForms[]): Found[] {
  const found: Found[] = [];
  for (const { entry, forms } of formsOf(entries)) {
    for (const form of forms) {
      const at = wholeWordsAt(query, form);
      if (at !== -1) {
        found.push({ start: at, end: at + form.length, entry });
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
