/**
 * The listings of the studies index (`/studies/`): the atlas's own order, by title, by year of
 * the source, and the studies of one kind or with their text in one language. Each listing is a
 * series of static pages of `studies.pageSize` rows, so that the index stays small and usable
 * at any number of studies, with no JavaScript: readers switch listings and pages by links.
 */
import { LISTING_PATTERNS, studiesListingPath, type StudyListing } from '../atlas/routes.ts';
import { pick } from '../model/localized-text.ts';
import { config } from './context.ts';
import { sharedContentKey } from './page-cache-key.ts';
import { getStudies, type StudyEntry } from './studies.ts';

export type { StudyListing };

export type StudyOrder = Extract<StudyListing, { order: string }>['order'];
export type StudyFilter = Extract<StudyListing, { filter: string }>['filter'];

/** One value of a filter and how many studies it has. */
export interface FilterValue {
  value: string;
  count: number;
}

/**
 * The orders the index offers: the atlas's own, by title unless that is the atlas's own, and by
 * year of the source (newest first) when at least one source states its year.
 */
export function ordersOf(studies: readonly StudyEntry[]): StudyOrder[] {
  return [
    'atlas',
    ...(config.studies.order === 'title' ? [] : (['title'] as const)),
    ...(studies.some((entry) => entry.data.source.year !== undefined) ? (['year'] as const) : []),
  ];
}

/** The values of a filter that some study has, with their counts: kinds in the atlas's order, languages in the atlas's order of languages. */
export function filterValues(studies: readonly StudyEntry[], filter: StudyFilter): FilterValue[] {
  const count = (value: string) => studies.filter((entry) => matches(entry, { filter, value })).length;
  const values =
    filter === 'kind'
      ? config.kinds.map((kind) => kind.id)
      : [...new Set([...config.languages.known, ...studies.flatMap((entry) => entry.data.languages)])];
  return values.map((value) => ({ value, count: count(value) })).filter((v) => v.count > 0);
}

function matches(entry: StudyEntry, listing: Extract<StudyListing, { filter: string }>): boolean {
  return listing.filter === 'kind' ? entry.data.kind === listing.value : entry.data.languages.includes(listing.value);
}

/** The studies of a listing, in its order (filters keep the atlas's order). */
export function listingStudies(studies: readonly StudyEntry[], listing: StudyListing, locale: string): StudyEntry[] {
  if ('filter' in listing) return studies.filter((entry) => matches(entry, listing));
  if (listing.order === 'title') {
    const title = (entry: StudyEntry) => pick(entry.data.title, locale).text;
    return [...studies].sort((a, b) => title(a).localeCompare(title(b), locale));
  }
  if (listing.order === 'year') {
    // Newest first; a source that states no year comes last; ties keep the atlas's order (a stable sort).
    const year = (entry: StudyEntry) => entry.data.source.year ?? -Infinity;
    return [...studies].sort((a, b) => (year(b) === year(a) ? 0 : year(b) > year(a) ? 1 : -1));
  }
  return [...studies];
}

/** Every listing the index has: each order, and each value of each filter. */
export function allListings(studies: readonly StudyEntry[]): StudyListing[] {
  return [
    ...ordersOf(studies).map((order) => ({ order })),
    ...(['kind', 'language'] as const).flatMap((filter) => filterValues(studies, filter).map(({ value }) => ({ filter, value }))),
  ];
}

/** The site path of a page of a listing of this atlas's studies index (give it to `pageContext(…).href`). */
export function listingPath(listing: StudyListing, page = 1): string {
  return studiesListingPath(config.studies.route, listing, page);
}

/** How many pages a listing of `count` studies takes (at least one, even when empty). */
export function pageCount(count: number): number {
  return Math.max(1, Math.ceil(count / config.studies.pageSize));
}

/** The studies of one page of a listing (1-based), and where they are in it. */
export function pageOf(studies: readonly StudyEntry[], page: number): { rows: StudyEntry[]; from: number; to: number } {
  const size = config.studies.pageSize;
  const rows = studies.slice((page - 1) * size, page * size);
  return { rows, from: (page - 1) * size + 1, to: (page - 1) * size + rows.length };
}

/**
 * The page numbers a pagination shows: the first, the last, and two either side of the current
 * one; `undefined` marks a gap. Bounded whatever the number of pages.
 */
export function pageWindow(current: number, pages: number, around = 2): (number | undefined)[] {
  const shown = [...new Set([1, pages, ...Array.from({ length: around * 2 + 1 }, (_, i) => current - around + i)])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  return shown.flatMap((n, index) => (index > 0 && n - shown[index - 1]! > 1 ? [undefined, n] : [n]));
}

/**
 * The static paths of one injected listing pattern (`LISTING_PATTERNS`: `by-[order]`,
 * `kind/[value]/page/[page]`, …, under the studies route and any language prefix): its
 * listings, and for a `…/page/[page]` pattern their pages after the first.
 */
export async function listingPaths(routePattern: string): Promise<{ params: Record<string, string>; cacheKey: string }[]> {
  const studies = await getStudies();
  // A page of the index shows the studies' frontmatter only: it is copied from the last build while that is unchanged.
  const cacheKey = await sharedContentKey();
  const marker = `/${config.studies.route}/`;
  const relative = routePattern.slice(routePattern.indexOf(marker) + marker.length).replace(/\/$/, '');
  const name = Object.entries(LISTING_PATTERNS).find(([, pattern]) => pattern === relative)?.[0];
  if (!name) throw new Error(`"${routePattern}" is not a pattern of the studies index (LISTING_PATTERNS)`);
  const paged = name === 'atlas' || name.endsWith('Page');
  const family = name.replace(/Page$/, '');
  const listings = allListings(studies).filter((listing) =>
    'filter' in listing ? listing.filter === family : family === 'order' ? listing.order !== 'atlas' : family === 'atlas' && listing.order === 'atlas',
  );
  return listings.flatMap((listing) => {
    const value: Record<string, string> = 'filter' in listing ? { value: listing.value } : listing.order === 'atlas' ? {} : { order: listing.order };
    if (!paged) return [{ params: value, cacheKey }];
    const pages = pageCount(listingStudies(studies, listing, config.languages.interface[0]!).length);
    return Array.from({ length: pages - 1 }, (_, i) => ({ params: { ...value, page: String(i + 2) }, cacheKey }));
  });
}
