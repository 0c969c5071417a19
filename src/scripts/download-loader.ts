/**
 * The search loader of the downloadable copy (a classic script: browsers refuse module scripts
 * and fetch on file://). Like search-loader.ts, it opens the search dialog from the header link,
 * "/" or Ctrl/Cmd-K, loading the classic search interface on first use; and it loads the passage
 * highlighter when a passage number is followed or an evidence link asks for it.
 */
import { CLASSIC } from '../lib/util/output-files.ts';

/** Each page of the copy says where the copy's top folder is (`<html data-atlas-root>`). */
const root = document.documentElement.dataset.atlasRoot ?? './';

let ready: Promise<void> | undefined;

function open(opener: HTMLElement | null) {
  ready ??= new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src: `${root}${CLASSIC.searchUi}`, onload: () => resolve(), onerror: reject });
    document.head.append(script);
  });
  void ready.then(() => (window as unknown as { AtlasSearch: { openSearchDialog: (o: HTMLElement | null) => void } }).AtlasSearch.openSearchDialog(opener));
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

type Passages = typeof import('./passage-highlight.ts');
let passages: Promise<Passages> | undefined;

function highlighter(): Promise<Passages> {
  passages ??= new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), {
      src: `${root}${CLASSIC.passageHighlight}`,
      onload: () => resolve((window as unknown as { AtlasPassages: Passages }).AtlasPassages),
      onerror: reject,
    });
    document.head.append(script);
  });
  return passages;
}

if (!('fragmentDirective' in document)) {
  const highlight = () => location.hash.includes(':~:text=') && highlighter().then(({ highlightPassage }) => highlightPassage());
  highlight();
  addEventListener('hashchange', highlight);
}
document.addEventListener('click', (event) => {
  const ref = (event.target as Element).closest?.<HTMLElement>('a.evidence-ref');
  if (ref) void highlighter().then(({ highlightWords }) => highlightWords(ref));
});
