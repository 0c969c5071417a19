/**
 * The search loader of the downloadable copy (a classic script: browsers refuse module scripts
 * and fetch on file://). Like search-loader.ts, it opens the search dialog from the header link,
 * "/" or Ctrl/Cmd-K, loading the classic search interface on first use (what is typed meanwhile
 * goes into its input); loads the match bar on a page opened from a search result; and loads
 * the passage highlighter when a passage number is followed or an evidence link asks for it.
 */
import { CLASSIC } from '../lib/util/output-files.ts';
import { HIGHLIGHT_PARAM } from '../lib/util/search-fields.ts';
import { holdKeys } from './held-keys.ts';
import { wirePassageLinks } from './passage-links.ts';

/** The copy's classic scripts of this page's language: `search-ui.classic.js`, `search-ui.classic.id.js` (`classicFile`). */
declare const __ATLAS_CLASSIC_SUFFIX__: string;

/** Each page of the copy says where the copy's top folder is (`<html data-atlas-root>`). */
const root = document.documentElement.dataset.atlasRoot ?? './';

/** Runs one of the copy's classic scripts; resolves with the global it sets. */
function classic<T>(path: string, globalName: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), {
      src: `${root}${path.replace(/\.classic\.js$/, `.classic${__ATLAS_CLASSIC_SUFFIX__}.js`)}`,
      onload: () => resolve((window as unknown as Record<string, T>)[globalName]!),
      onerror: reject,
    });
    document.head.append(script);
  });
}

type Search = typeof import('./search-ui.ts');
let search: Promise<Search> | undefined;

function open(opener: HTMLElement | null) {
  const release = holdKeys();
  search ??= classic<Search>(CLASSIC.searchUi, 'AtlasSearch');
  search.then(({ openSearchDialog }) => openSearchDialog(opener, release()), release);
}

for (const link of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
  link.setAttribute('role', 'button');
  link.setAttribute('aria-haspopup', 'dialog');
  link.addEventListener('click', (event) => {
    event.preventDefault();
    open(link);
  });
  link.addEventListener('keydown', (event) => {
    if (event.key === ' ') {
      event.preventDefault();
      open(link);
    }
  });
}

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
  const modK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
  if ((!slash && !modK) || document.querySelector('dialog.search-dialog[open]') || document.querySelector('[data-search-page]')) return;
  event.preventDefault();
  open(document.activeElement as HTMLElement | null);
});

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  void classic<typeof import('./search-matches.ts')>(CLASSIC.searchMatches, 'AtlasMatches').then(({ showMatches }) => showMatches());
}

type Passages = typeof import('./passage-highlight.ts');
let passages: Promise<Passages> | undefined;

function highlighter(): Promise<Passages> {
  passages ??= classic<Passages>(CLASSIC.passageHighlight, 'AtlasPassages');
  return passages;
}

wirePassageLinks(highlighter);
