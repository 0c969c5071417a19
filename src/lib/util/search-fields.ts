/**
 * The names pages give Pagefind (`data-pagefind-filter`, `-meta`, `-sort`) and the search
 * interface asks for, named once. Filter values are ids (a kind's id, a glossary entry's id);
 * labels are the dictionary's and the atlas's. An atlas adds its own filters in
 * `site.config.ts` (`studies.glossaryLists[].filter.name`).
 */
export const SEARCH_FIELDS = {
  /** Filter: what a page is (`study` or `glossary`). */
  type: 'type',
  /** Filter and result metadata: the kind of work or of glossary entry. */
  kind: 'kind',
  /** Filter, result metadata and sort key: the period studied (its label; the main period's first year to sort). */
  period: 'period',
  /** Result metadata of a glossary entry: its one-line definition. */
  definition: 'definition',
} as const;

/** Result metadata of a glossary entry: its term in another language (`term-id`). */
export const TERM_META_PREFIX = 'term-';

/** Values of the `type` filter. */
export const PAGE_TYPES = { study: 'study', glossary: 'glossary' } as const;

/** `data-pagefind-filter` with an explicit value: `kind:journal-article`. */
export const filterValue = (name: string, value: string) => `${name}:${value}`;

/** The query parameter that carries the searched words to a result's page (Pagefind's `highlightParam`). */
export const HIGHLIGHT_PARAM = 'highlight';

/** Result metadata in another interface language than the indexed page's: `title-id`, `definition-id`. */
export const localizedMetaKey = (name: string, lang: string) => `${name}-${lang}`;
