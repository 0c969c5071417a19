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
