/**
 * The atlas's search over its language bundles, as the reader's page and the tests run it:
 *
 * 1. The typed query is searched in every bundle; each glossary equivalent of it
 *    (`query-expansion.ts`) in the bundle of its language.
 * 2. Results are merged by page: the bundles index the same pages, so a page has the same
 *    fragment hash in each (`en_1922fb2`, `id_1922fb2`). A page's score is its best score in
 *    any of the searches, so a study found by its Indonesian inflection ranks as well as one
 *    found by the typed form, and no page is counted twice.
 * 3. Studies and glossary entries are shown apart (each type's pages are known from Pagefind's
 *    `type` filter), so that glossary entries never take a study's place in the list.
 * 4. A query word found in no page (Pagefind then matches a short beginning of it) is reported
 *    as missing: when every word is missing there is no result; when some are, the others are
 *    searched and the results are marked as partial matches.
 *
 * The same filters apply to every search; an order by a sort key is the first bundle's order.
 */
import { PAGE_TYPES, SEARCH_FIELDS } from '../util/search-fields.ts';
import { matchedForms, onlyFragments, queryWords } from './match-forms.ts';
import { expandQuery, fold, type Expansion, type GlossaryForms } from './query-expansion.ts';

export interface ResultData {
  url: string;
  content: string;
  excerpt: string;
  locations?: number[];
  meta: Record<string, string>;
  /** The page's filter values, by filter name. */
  filters?: Record<string, string[]>;
  sub_results: { title: string; url: string; excerpt: string }[];
}

export interface PagefindResult {
  id: string;
  score: number;
  /** Where this search matched the page: positions of words in its `content`. */
  words: number[];
  /**
   * The page's text, excerpt and sections. Pagefind keeps one object per page and rewrites its
   * `locations` and excerpt at every call, whichever search made it: the matched words are taken
   * from `words`, which belongs to this search.
   */
  data: () => Promise<ResultData>;
}

/** What the search needs of a Pagefind instance (the browser's module, or the Node stand-in in tests). */
export interface PagefindLike {
  search: (query: string | null, options?: Record<string, unknown>) => Promise<{ results: PagefindResult[] } | null>;
}

export interface LanguageBundle {
  language: string;
  pagefind: PagefindLike;
}

export interface SearchRequest {
  /** The words typed; empty: every page the filters allow. */
  query: string;
  /** Filter name → value, as the pages give them to Pagefind. */
  filters?: Record<string, string>;
  /** Order by this sort key instead of by score. */
  sort?: { key: string; direction: 'asc' | 'desc' };
  /** The glossary's terms, to search each equivalent too; none: the typed words only. */
  glossary?: readonly GlossaryForms[];
  /** How many results of each group to load (their excerpts and matched words). */
  shown: { study: number; glossary: number };
}

export interface ShownResult {
  data: ResultData;
  /** The words this page matched, as its text writes them (for the highlight on the page). */
  forms: string[];
}

export interface ResultGroup {
  /** The page type (`study`, `glossary`). */
  type: string;
  total: number;
  shown: ShownResult[];
}

export interface AtlasResults {
  groups: ResultGroup[];
  /** The equivalents searched besides the typed words. */
  also: Expansion[];
  /** Query words found in no page. */
  missing: string[];
  /** The words searched when some were missing: the results are partial matches. */
  partialQuery?: string;
}

interface Found {
  page: string;
  score: number;
  result: PagefindResult;
  /** Found by the typed words (not only by an equivalent). */
  typed: boolean;
}

/**
 * One search at a time per bundle: Pagefind loads index chunks into its WebAssembly while a
 * search waits, and searches overlapping on one instance were seen to answer with another's
 * results (the query set, run all at once, let 3 absent words through).
 */
const queues = new WeakMap<PagefindLike, Promise<unknown>>();
function searchIn(bundle: LanguageBundle, query: string | null, options: Record<string, unknown>) {
  const previous = queues.get(bundle.pagefind) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => bundle.pagefind.search(query, options));
  queues.set(bundle.pagefind, next);
  return next;
}

/** A page's fragment hash, the same in every bundle: `id_1922fb2` → `1922fb2`. */
const pageOf = (id: string) => id.slice(id.indexOf('_') + 1);

interface Planned {
  query: string;
  typed: boolean;
  bundles: LanguageBundle[];
}

function plan(bundles: readonly LanguageBundle[], query: string, also: readonly Expansion[]): Planned[] {
  return [
    { query, typed: true, bundles: [...bundles] },
    ...also.map((e) => {
      const own = bundles.filter((b) => b.language === e.language);
      return { query: e.query, typed: false, bundles: own.length > 0 ? own : [...bundles] };
    }),
  ];
}

/** Every planned search with `filters`, merged by page, best score first. */
async function merged(searches: readonly Planned[], filters: Record<string, string>): Promise<Found[]> {
  const runs = searches.flatMap((s) => s.bundles.map(async (b) => ({ s, found: await searchIn(b, s.query === '' ? null : s.query, { filters }) })));
  const pages = new Map<string, Found>();
  for (const { s, found } of await Promise.all(runs)) {
    for (const result of found?.results ?? []) {
      const page = pageOf(result.id);
      const known = pages.get(page);
      if (!known || result.score > known.score) pages.set(page, { page, score: result.score, result, typed: s.typed || (known?.typed ?? false) });
      else if (s.typed) known.typed = true;
    }
  }
  return [...pages.values()].sort((a, b) => b.score - a.score);
}

/** Pages in the order of a sort key (the first bundle's; pages without the key after, by score). */
async function ordered(found: Found[], bundle: LanguageBundle, filters: Record<string, string>, sort: NonNullable<SearchRequest['sort']>): Promise<Found[]> {
  const all = await searchIn(bundle, null, { filters, sort: { [sort.key]: sort.direction } });
  const rank = new Map((all?.results ?? []).map((r, i) => [pageOf(r.id), i]));
  const at = (f: Found) => rank.get(f.page) ?? Number.POSITIVE_INFINITY;
  return [...found].sort((a, b) => at(a) - at(b) || b.score - a.score);
}

async function show(found: readonly Found[], count: number, words: readonly string[]): Promise<(ShownResult & { typed: boolean })[]> {
  return Promise.all(
    found.slice(0, count).map(async (f) => {
      const data = { ...(await f.result.data()) };
      return { data, forms: matchedForms({ content: data.content, locations: f.result.words }, words), typed: f.typed };
    }),
  );
}

/** The pages of each type, from the first bundle (the bundles hold the same pages), asked once per bundle set. */
const pagesByType = new WeakMap<PagefindLike, Promise<Map<string, Set<string>>>>();
function typesOf(bundle: LanguageBundle): Promise<Map<string, Set<string>>> {
  let known = pagesByType.get(bundle.pagefind);
  if (!known) {
    known = Promise.all(
      TYPES.map(async (type) => {
        const all = await searchIn(bundle, null, { filters: { [SEARCH_FIELDS.type]: type } });
        return [type, new Set((all?.results ?? []).map((r) => pageOf(r.id)))] as const;
      }),
    ).then((entries) => new Map(entries));
    pagesByType.set(bundle.pagefind, known);
  }
  return known;
}

const TYPES = [PAGE_TYPES.study, PAGE_TYPES.glossary];

/**
 * The results by page type. With a type filter, that type alone; otherwise one search per query
 * and bundle, its pages parted by type (each type's pages are known from a filter-only search,
 * made once), which halves the searches a query needs.
 */
async function groups(bundles: readonly LanguageBundle[], query: string, also: readonly Expansion[], request: SearchRequest) {
  const filters = request.filters ?? {};
  const wanted = filters[SEARCH_FIELDS.type];
  const searches = plan(bundles, query, also);
  const words = [...new Set([query, ...also.map((e) => e.query)].flatMap(queryWords))];
  const [found, types] = await Promise.all([merged(searches, filters), wanted ? undefined : typesOf(bundles[0]!)]);
  const parted = wanted ? [{ type: wanted, found }] : TYPES.map((type) => ({ type, found: found.filter((f) => types!.get(type)!.has(f.page)) }));
  return Promise.all(
    parted.map(async ({ type, found: ofType }) => {
      const sorted = request.sort ? await ordered(ofType, bundles[0]!, { ...filters, [SEARCH_FIELDS.type]: type }, request.sort) : ofType;
      const count = type === PAGE_TYPES.glossary && !wanted ? request.shown.glossary : request.shown.study;
      return { type, total: sorted.length, shown: await show(sorted, count, words) };
    }),
  );
}

/** Words of the query that no page has: each searched alone, with its first results' matched words. */
async function missingWords(bundles: readonly LanguageBundle[], words: readonly string[]): Promise<string[]> {
  const missing = await Promise.all(
    words.map(async (word) => {
      const found = await merged(plan(bundles, word, []), {});
      const shown = await show(found, 3, [word]);
      return shown.every((r) => onlyFragments(r.forms, word)) ? [word] : [];
    }),
  );
  return missing.flat();
}

export async function searchAtlas(bundles: readonly LanguageBundle[], request: SearchRequest): Promise<AtlasResults> {
  const query = fold(request.query);
  const words = queryWords(query);
  const expand = (q: string) => (request.glossary ? expandQuery(q, request.glossary) : []);
  const also = expand(query);
  const first = await groups(bundles, query, also, request);
  // Pagefind falls back to a word's beginning when the word is in no page: check the words only then.
  const typedShown = first.flatMap((g) => g.shown.filter((r) => r.typed));
  const suspect = words.some((word) => typedShown.some((r) => r.forms.some((form) => onlyFragments([form], word))));
  if (!suspect) return { groups: first.map(strip), also, missing: [] };
  const missing = words.length === 1 ? (typedShown.every((r) => onlyFragments(r.forms, words[0]!)) ? words : []) : await missingWords(bundles, words);
  if (missing.length === 0) return { groups: first.map(strip), also, missing };
  const present = words.filter((word) => !missing.includes(word));
  if (present.length === 0) return { groups: first.map((g) => ({ type: g.type, total: 0, shown: [] })), also: [], missing };
  const partialQuery = present.join(' ');
  const partialAlso = expand(partialQuery);
  const partial = await groups(bundles, partialQuery, partialAlso, request);
  return { groups: partial.map(strip), also: partialAlso, missing, partialQuery };
}

const strip = (group: { type: string; total: number; shown: (ShownResult & { typed: boolean })[] }): ResultGroup => ({
  type: group.type,
  total: group.total,
  shown: group.shown.map(({ data, forms }) => ({ data, forms })),
});
