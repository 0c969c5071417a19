/** URL of the bundled search interface (see src/plugins/search-bundle-integration.ts). */
declare const __ATLAS_SEARCH_UI__: string;
/** URL of the bundled search page script. */
declare const __ATLAS_SEARCH_PAGE__: string;
/** URL of the bundled match bar (on a page opened from a search result). */
declare const __ATLAS_SEARCH_MATCHES__: string;
/** URL of the bundled passage highlighter (for browsers without text fragments). */
declare const __ATLAS_PASSAGE_HIGHLIGHT__: string;
/** The interface language a browser script was bundled for (one bundle per language). */
declare const __ATLAS_LOCALE__: string;

/** The loaded atlas (see src/plugins/vite-plugin-atlas.ts). */
declare module 'virtual:atlas' {
  export const atlas: import('./lib/atlas/load.ts').Atlas;
  /** What a study's text is compiled with (src/lib/build/study-body.ts). */
  export const studyTextInputs: import('./lib/build/study-body.ts').StudyTextInputs;
  /** Study slug → the key of its evidence index's file (src/lib/build/evidence-store.ts). */
  export const evidenceKeys: Readonly<Record<string, string>>;
  /** Each draft's file and what it leaves to review, by slug; empty but on the dev server. */
  export const drafts: Readonly<Record<string, import('./lib/checks/draft-review.ts').DraftReview>>;
}

/** The browser scripts (see src/plugins/browser-scripts-integration.ts). */
declare module 'virtual:atlas/scripts' {
  export const scripts: import('./plugins/browser-scripts-integration.ts').BrowserScripts;
}
