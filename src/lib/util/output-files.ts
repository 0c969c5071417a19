/**
 * The folders and files of a built site that the engine writes besides the pages, named once
 * for the integrations, the download copy, the offline plan and the browser scripts.
 */
export const OUTPUT = {
  /** The search interface's bundles, and the classic scripts of the downloadable copy. */
  search: '_search',
  /** Pagefind's index and its own module. */
  pagefind: 'pagefind',
  /** The downloadable copy. */
  downloads: 'downloads',
  /** The service worker. */
  serviceWorker: 'sw.js',
} as const;

/** The classic scripts of the downloadable copy, relative to its top folder. */
export const CLASSIC = {
  searchUi: `${OUTPUT.search}/search-ui.classic.js`,
  searchPage: `${OUTPUT.search}/search-page.classic.js`,
  pagefind: `${OUTPUT.search}/pagefind.classic.js`,
  pagefindData: `${OUTPUT.search}/pagefind-data.js`,
} as const;

/** An origin that never resolves: the downloaded copy answers Pagefind's fetches to it from an embedded script. */
export const EMBEDDED_PAGEFIND_ORIGIN = `https://atlas.invalid/${OUTPUT.pagefind}/`;
