/**
 * The only search code on every page (kept small, inlined): opens the search dialog from the
 * header link, "/" or Ctrl/Cmd-K, loading the search interface and index on first use (what is
 * typed meanwhile goes into its input); on a page opened from a search result, loads the match
 * bar for the query's words; and on a page opened from an evidence link (`#p-…:~:text=…`) in a
 * browser that does not highlight text fragments itself, and when a passage number is followed
 * on a study's page, loads the passage highlighter.
 */
import { HIGHLIGHT_PARAM } from '../lib/util/search-fields.ts';
import { holdKeys } from './held-keys.ts';
import { wirePassageLinks } from './passage-links.ts';

const open = async (opener: HTMLElement | null) => {
  const release = holdKeys();
  try {
    const { openSearchDialog } = (await import(/* @vite-ignore */ __ATLAS_SEARCH_UI__)) as typeof import('./search-ui.ts');
    openSearchDialog(opener, release());
  } finally {
    release();
  }
};

// With JavaScript the header link opens a dialog: say so, and answer Space as a button does.
for (const link of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
  link.setAttribute('role', 'button');
  link.setAttribute('aria-haspopup', 'dialog');
  link.addEventListener('keydown', (event) => {
    if (event.key === ' ') {
      event.preventDefault();
      void open(link);
    }
  });
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.<HTMLElement>('[data-search-open]');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  void open(link);
});

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
  const modK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
  if (!slash && !modK) return;
  if (document.querySelector('dialog.search-dialog[open]') || document.querySelector('[data-search-page]')) return;
  event.preventDefault();
  void open(document.activeElement as HTMLElement | null);
});

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  void (import(/* @vite-ignore */ __ATLAS_SEARCH_MATCHES__) as Promise<typeof import('./search-matches.ts')>).then(({ showMatches }) => showMatches());
}

const highlighter = (): Promise<typeof import('./passage-highlight.ts')> => import(/* @vite-ignore */ __ATLAS_PASSAGE_HIGHLIGHT__);
wirePassageLinks(highlighter);
