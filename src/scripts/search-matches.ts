/**
 * On a page opened from a search result (`?highlight=word&highlight=word`, Pagefind's
 * `highlightParam`): marks the searched words, goes to the first match (the first after the
 * section a sub-result's `#anchor` names, else the first in the page's text), and shows a bar
 * "Match 1 of 12" with Previous, Next and Close. Keys, while the bar is open and the reader is
 * not typing: n next match, p previous; Escape in the bar closes it. Loaded only on such pages.
 */
import { matchStrings } from '../i18n/browser.ts';
import { HIGHLIGHT_PARAM } from '../lib/util/search-fields.ts';
import { markTerms } from './match-marks.ts';

function button(text: string, key?: string): HTMLButtonElement {
  const el = Object.assign(document.createElement('button'), { type: 'button', textContent: text });
  if (key) {
    el.setAttribute('aria-keyshortcuts', key);
    const hint = Object.assign(document.createElement('kbd'), { className: 'search-kbd', textContent: key });
    hint.setAttribute('aria-hidden', 'true');
    el.append(' ', hint);
  }
  return el;
}

/** Where to land: the first match after the element the address's `#anchor` names, else the first. */
function firstIndex(marks: HTMLElement[]): number {
  let id = location.hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {}
  const anchor = id && document.getElementById(id);
  if (!anchor) return 0;
  const index = marks.findIndex((mark) => anchor.contains(mark) || anchor.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING);
  return Math.max(index, 0);
}

export function showMatches(params = new URLSearchParams(location.search)): void {
  const strings = matchStrings;
  const terms = params.getAll(HIGHLIGHT_PARAM);
  const query = terms.join(' ').trim();
  if (!query) return;
  const bodies = document.querySelectorAll('[data-pagefind-body]');
  const marks = markTerms(terms, bodies.length > 0 ? bodies : [document.body]);

  const status = Object.assign(document.createElement('p'), { className: 'match-status' });
  status.setAttribute('role', 'status');
  const previous = button(strings.previous, 'p');
  const next = button(strings.next, 'n');
  const close = button(strings.close);
  const bar = Object.assign(document.createElement('div'), { className: 'match-bar' });
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', strings.label);
  bar.append(status, ...(marks.length > 0 ? [previous, next] : []), close);
  // Before the main content: in the tab order after the site's header, though shown at the foot of the window.
  (document.querySelector('main') ?? document.body.firstElementChild)?.before(bar);

  let current = -1;
  const go = (index: number, focusMark: boolean) => {
    marks[current]?.classList.remove('search-match-current');
    current = (index + marks.length) % marks.length;
    const mark = marks[current]!;
    mark.classList.add('search-match-current');
    for (let closed = mark.closest('details:not([open])'); closed; closed = closed.parentElement!.closest('details:not([open])')) {
      (closed as HTMLDetailsElement).open = true;
    }
    mark.scrollIntoView({ block: 'center' });
    if (focusMark) {
      mark.tabIndex = -1;
      mark.focus({ preventScroll: true });
    }
    // A moment later, so that the status inserted with the bar is announced from the first match on.
    const text = strings.position(current + 1, marks.length, query);
    setTimeout(() => (status.textContent = text), 100);
  };

  const onKey = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Escape' && bar.contains(target)) return closeBar();
    const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    if (typing || marks.length === 0 || document.querySelector('dialog[open]')) return;
    if (event.key === 'n' || event.key === 'p') {
      event.preventDefault();
      go(current + (event.key === 'n' ? 1 : -1), true);
    }
  };
  const closeBar = () => {
    document.removeEventListener('keydown', onKey);
    bar.remove();
    (marks[current] ?? document.querySelector<HTMLElement>('main'))?.focus({ preventScroll: true });
  };
  previous.addEventListener('click', () => go(current - 1, false));
  next.addEventListener('click', () => go(current + 1, false));
  close.addEventListener('click', closeBar);
  document.addEventListener('keydown', onKey);

  if (marks.length > 0) go(firstIndex(marks), true);
  else setTimeout(() => (status.textContent = strings.none(query)), 100);
}
