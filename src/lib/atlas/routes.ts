/**
 * The site paths of an atlas's pages (without base or language prefix), from the routes its
 * `site.config.ts` gives its collections. Pages, the link check, the tests and the benchmark
 * all take their paths from here.
 */
import { sitePath, type SitePath } from '../util/paths.ts';

export interface RouteSettings {
  studies: { route: string };
  glossary: { route: string };
  timeline: { route: string };
}

/** Citation files of a study, under its page and named after it: `/studies/<slug>/<slug>.bib`. */
export const CITATION_EXTENSIONS = { bibtex: 'bib', ris: 'ris', csl: 'json' } as const;

export type CitationFormat = keyof typeof CITATION_EXTENSIONS;

/** The file name of a study's citation in one format: `<slug>.bib`. */
export const citationFile = (slug: string, format: CitationFormat) => `${slug}.${CITATION_EXTENSIONS[format]}`;

/** Where the raw source texts are published: `/sources/<file>`. */
export const SOURCES_ROUTE = 'sources';
export const SEARCH_ROUTE = 'search';
export const COMPARE_ROUTE = 'compare';
export const DOWNLOADS_ROUTE = 'downloads';
/** "About this edition": how the texts were prepared from their sources. */
export const EDITION_ROUTE = 'edition';

/**
 * The listings of the studies index, each paginated: the atlas's own order, the other orders
 * (title, year of the source), and the studies of one kind or in one language (atlas's order).
 */
export type StudyListing =
  | { order: 'atlas' | 'title' | 'year' }
  | { filter: 'kind' | 'language'; value: string };

/** The URL segments of the listings under the studies route; a study's slug cannot be one of these. */
export const LISTING_SEGMENTS = { title: 'by-title', year: 'by-year', kind: 'kind', language: 'language', page: 'page' } as const;

/** `by-title/`, `kind/<id>/`, or nothing for the atlas's order. */
function listingPath(listing: StudyListing): string {
  if ('filter' in listing) return `${LISTING_SEGMENTS[listing.filter]}/${listing.value}/`;
  return listing.order === 'atlas' ? '' : `${LISTING_SEGMENTS[listing.order]}/`;
}

/** A page of a listing of the studies index: `/studies/by-title/`, `/studies/kind/<id>/page/2/`; the first page of the atlas's order is `/studies/`. */
export function studiesListingPath(studiesRoute: string, listing: StudyListing, page = 1): SitePath {
  return sitePath(`/${studiesRoute}/${listingPath(listing)}${page > 1 ? `${LISTING_SEGMENTS.page}/${page}/` : ''}`);
}

/**
 * The patterns of the listing pages under the studies route (`/studies/…`), for the routes the
 * engine injects besides the index itself: the atlas's order's later pages, then each other
 * order's and each filter's first page and later pages (`…/page/2/`).
 */
export const LISTING_PATTERNS = {
  atlas: 'page/[page]',
  order: 'by-[order]',
  orderPage: 'by-[order]/page/[page]',
  kind: 'kind/[value]',
  kindPage: 'kind/[value]/page/[page]',
  language: 'language/[value]',
  languagePage: 'language/[value]/page/[page]',
} as const;

/** Which listing and page a site path under the studies route is (`/studies/by-title/page/2/`); undefined for any other path. */
export function listingOfPath(studiesRoute: string, path: string): { listing: StudyListing; page: number } | undefined {
  const prefix = `/${studiesRoute}/`;
  if (!path.startsWith(prefix)) return undefined;
  const parts = path.slice(prefix.length).split('/').filter(Boolean);
  let page = 1;
  if (parts.length >= 2 && parts[parts.length - 2] === LISTING_SEGMENTS.page) {
    page = Number(parts[parts.length - 1]);
    if (!Number.isInteger(page) || page < 2) return undefined;
    parts.splice(-2);
  }
  const [first, second, ...rest] = parts;
  if (rest.length > 0) return undefined;
  if (first === undefined) return { listing: { order: 'atlas' }, page };
  if (second === undefined && first === LISTING_SEGMENTS.title) return { listing: { order: 'title' }, page };
  if (second === undefined && first === LISTING_SEGMENTS.year) return { listing: { order: 'year' }, page };
  if (second !== undefined && (first === LISTING_SEGMENTS.kind || first === LISTING_SEGMENTS.language)) {
    return { listing: { filter: first, value: second }, page };
  }
  return undefined;
}

export function atlasRoutes(settings: RouteSettings) {
  const studies = settings.studies.route;
  const glossary = settings.glossary.route;
  return {
    home: (): SitePath => sitePath('/'),
    studies: (): SitePath => sitePath(`/${studies}/`),
    study: (slug: string): SitePath => sitePath(`/${studies}/${slug}/`),
    citation: (slug: string, format: CitationFormat): SitePath => sitePath(`/${studies}/${slug}/${citationFile(slug, format)}`),
    glossary: (): SitePath => sitePath(`/${glossary}/`),
    glossaryEntry: (id: string): SitePath => sitePath(`/${glossary}/${id}/`),
    compare: (): SitePath => sitePath(`/${COMPARE_ROUTE}/`),
    timeline: (): SitePath => sitePath(`/${settings.timeline.route}/`),
    search: (): SitePath => sitePath(`/${SEARCH_ROUTE}/`),
    /** The page, or a study's part of it. */
    edition: (slug?: string): SitePath => sitePath(`/${EDITION_ROUTE}/${slug ? `#${slug}` : ''}`),
    sourceText: (file: string): SitePath => sitePath(`/${SOURCES_ROUTE}/${file}`),
    download: (file: string): SitePath => sitePath(`/${DOWNLOADS_ROUTE}/${file}`),
  };
}

export type AtlasRoutes = ReturnType<typeof atlasRoutes>;
