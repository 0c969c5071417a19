/** URL of the bundled search interface (see src/plugins/search-bundle-integration.ts). */
declare const __ATLAS_SEARCH_UI__: string;
/** URL of the bundled search page script. */
declare const __ATLAS_SEARCH_PAGE__: string;
/** Pagefind's metaCacheTag: a hash of the build's inputs (see search-bundle-integration.ts). */
declare const __ATLAS_META_CACHE_TAG__: string;
