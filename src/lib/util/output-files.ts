/**
 * The folders and files of a built site that the engine writes besides the pages, named once
 * for the integrations, the download copy, the offline plan and the browser scripts. Separate
 * literal constants, so that a bundled inline script carries only the ones it uses.
 */

/** The search interface's bundles, and the classic scripts of the downloadable copy. */
export const SEARCH_DIR = '_search';
/** Pagefind's index and its own module. */
export const PAGEFIND_DIR = 'pagefind';
/** The downloadable copy. */
export const DOWNLOADS_DIR = 'downloads';
/** The service worker. */
export const SERVICE_WORKER = 'sw.js';
/** The service worker's list of files, at the top, named by the build's offline version. */
export const offlineManifestFile = (version: string) => `offline-${version}.json`;
export const isOfflineManifestFile = (path: string) => /^offline-[0-9a-f]+\.json$/.test(path);

/** The classic scripts of the downloadable copy, relative to its top folder (in `SEARCH_DIR`). */
export const CLASSIC = {
  searchUi: '_search/search-ui.classic.js',
  searchPage: '_search/search-page.classic.js',
  passageHighlight: '_search/passage-highlight.classic.js',
  searchMatches: '_search/search-matches.classic.js',
  pagefind: '_search/pagefind.classic.js',
  pagefindData: '_search/pagefind-data.js',
} as const;

/** An origin that never resolves: the downloaded copy answers Pagefind's fetches to it from an embedded script. */
export const EMBEDDED_PAGEFIND_ORIGIN = 'https://atlas.invalid/pagefind/';
