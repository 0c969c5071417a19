/**
 * The search interface on Pagefind's JS API, loaded only when search is opened: the dialog
 * (native modal `<dialog>`: focus stays inside, Escape closes, focus returns to the opener),
 * and the result list shared with the search page. Results are built with DOM text nodes;
 * the only markup taken from Pagefind's excerpts is `<mark>`.
 */
import { nearestTerms, type SearchTerm } from '../lib/util/nearest-terms.ts';
import { searchStringsFor } from '../i18n/browser.ts';
import { CLASSIC, EMBEDDED_PAGEFIND_ORIGIN, PAGEFIND_DIR } from '../lib/util/output-files.ts';
import { normalizeBase, relativeFileUrl, sitePath, splitSuffix } from '../lib/util/paths.ts';
import { HIGHLIGHT_PARAM, SEARCH_FIELDS } from '../lib/util/search-fields.ts';

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: PagefindSubResult[];
}

export interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options?: Record<string, unknown>) => Promise<PagefindSearch | null>;
  debouncedSearch: (query: string, options?: Record<string, unknown>, ms?: number) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

export const MAX_QUERY = 256;
const RESULTS_SHOWN = 10;
const SUB_RESULTS_SHOWN = 3;

/** What the search interface says about this atlas, by interface language (`browser-scripts-integration.ts`). */
declare const __ATLAS_SEARCH_TEXT__: Record<string, { languages: string; placeholder: string; suggestions: string; terms: SearchTerm[] }>;

const lang = document.documentElement.lang;
export const strings = searchStringsFor(lang);
export const atlasText = __ATLAS_SEARCH_TEXT__[lang] ?? Object.values(__ATLAS_SEARCH_TEXT__)[0]!;
const base = normalizeBase(import.meta.env.BASE_URL);

/**
 * In the downloadable copy (`__ATLAS_DOWNLOAD__`), opened from disk: every URL is relative to
 * the page (`<html data-atlas-root>` leads back to the copy's top folder) and points at a file.
 */
declare const __ATLAS_DOWNLOAD__: boolean;
/** In the downloaded copy, each page's `<html data-atlas-root>` leads back to the copy's top folder. */
const downloadRoot = () => document.documentElement.dataset.atlasRoot ?? './';

/** A site path (`/studies/x/?highlight=a#b`) as the reader should follow it. */
export function siteHref(path: string): string {
  if (!__ATLAS_DOWNLOAD__) return path;
  const { path: route, suffix } = splitSuffix(sitePath(path));
  return `${downloadRoot()}${relativeFileUrl('index.html', route)}${suffix}`;
}

function loadClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src, onload: () => resolve(), onerror: () => reject(new Error(src)) });
    document.head.append(script);
  });
}

/** The downloaded copy has no server: Pagefind's files come from a script, and its fetches are answered from it. */
async function loadDownloadedPagefind(): Promise<Pagefind> {
  const root = downloadRoot();
  await loadClassicScript(`${root}${CLASSIC.pagefindData}`);
  await loadClassicScript(`${root}${CLASSIC.pagefind}`);
  const files = (window as unknown as { __ATLAS_PAGEFIND_FILES__: Record<string, string> }).__ATLAS_PAGEFIND_FILES__;
  const origin = EMBEDDED_PAGEFIND_ORIGIN;
  const fetchFromNetwork = window.fetch.bind(window);
  window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.startsWith(origin)) return fetchFromNetwork(input, init);
    const data = files[url.slice(origin.length).split('?')[0]!];
    if (data === undefined) return new Response(null, { status: 404 });
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    return new Response(bytes, { headers: { 'Content-Type': url.includes('wasm') ? 'application/wasm' : 'application/octet-stream' } });
  }) as typeof fetch;
  const pagefind = (window as unknown as { AtlasPagefind: Pagefind }).AtlasPagefind;
  await pagefind.options({ basePath: origin, baseUrl: '/', noWorker: true, excerptLength: 24, highlightParam: HIGHLIGHT_PARAM });
  await pagefind.init();
  return pagefind;
}

let pagefindPromise: Promise<Pagefind> | undefined;

/** Pagefind's own module, from the built site, configured for the base path and highlighting. */
export function loadPagefind(): Promise<Pagefind> {
  if (__ATLAS_DOWNLOAD__) return (pagefindPromise ??= loadDownloadedPagefind());
  pagefindPromise ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}${PAGEFIND_DIR}/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base, highlightParam: HIGHLIGHT_PARAM, excerptLength: 24, metaCacheTag: __ATLAS_META_CACHE_TAG__ });
    await pagefind.init();
    return pagefind;
  })();
  return pagefindPromise;
}

/** Excerpt HTML from Pagefind as nodes: its text, and its `<mark>` elements, nothing else. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node instanceof HTMLElement && node.tagName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, children: (Node | string)[] = []): HTMLElementTagNameMap[K] {
  const el: HTMLElementTagNameMap[K] = document.createElement(tag);
  Object.assign(el, props);
  el.append(...children);
  return el;
}

export interface ResultsView {
  list: HTMLOListElement;
  status: HTMLElement;
  /** The search box: a "did you mean" term is searched by putting it there. */
  input: HTMLInputElement;
}

/** Under a search that found nothing: the nearest glossary terms, each a button that searches it. */
function didYouMean(view: ResultsView, query: string) {
  view.status.parentElement?.querySelector('.search-did-you-mean')?.remove();
  const terms = query === '' ? [] : nearestTerms(query, atlasText.terms);
  if (terms.length === 0) return;
  const buttons = terms.map((term) => {
    const button = element('button', { type: 'button', className: 'search-suggestion' }, [term]);
    button.addEventListener('click', () => {
      view.input.value = term;
      view.input.dispatchEvent(new Event('input'));
      view.input.focus();
    });
    return button;
  });
  view.status.after(element('p', { className: 'search-did-you-mean' }, [strings.didYouMean, ...buttons.flatMap((b) => [' ', b])]));
}

/** Shows the results of one search; returns how many there were. */
export async function renderResults(view: ResultsView, search: PagefindSearch | null, query: string): Promise<number> {
  const found = search?.results ?? [];
  const data = await Promise.all(found.slice(0, RESULTS_SHOWN).map((result) => result.data()));
  view.list.replaceChildren(
    ...data.map((result) => {
      const kind = [result.meta[SEARCH_FIELDS.kind], result.meta[SEARCH_FIELDS.period]].filter(Boolean).join(' · ');
      const item = element('li', { className: 'search-result' }, [
        element('a', { href: siteHref(result.url), className: 'search-result-title' }, [result.meta.title ?? result.url]),
        ...(kind ? [element('p', { className: 'search-result-kind' }, [kind])] : []),
        element('p', { className: 'search-result-excerpt' }, excerptNodes(result.excerpt)),
      ]);
      const sections = result.sub_results.filter((sub) => sub.url !== result.url).slice(0, SUB_RESULTS_SHOWN);
      if (sections.length > 0) {
        item.append(
          element('p', { className: 'visually-hidden' }, [strings.sectionsIn]),
          element(
            'ul',
            { className: 'search-sub-results' },
            sections.map((sub) =>
              element('li', {}, [
                element('a', { href: siteHref(sub.url) }, [sub.title]),
                element('p', { className: 'search-result-excerpt' }, excerptNodes(sub.excerpt)),
              ]),
            ),
          ),
        );
      }
      return item;
    }),
  );
  view.status.textContent =
    query === '' ? strings.empty(atlasText.languages) : found.length === 0 ? strings.none(query, atlasText.languages, atlasText.suggestions) : strings.results(found.length, query);
  didYouMean(view, found.length === 0 ? query : '');
  return found.length;
}

/** The query as searched: trimmed and at most MAX_QUERY characters. */
export function cleanQuery(raw: string): { query: string; shortened: boolean } {
  const trimmed = raw.trim().replace(/\s+/g, ' ');
  return { query: trimmed.slice(0, MAX_QUERY), shortened: trimmed.length > MAX_QUERY };
}

/** Tab and Shift+Tab cycle inside the dialog instead of leaving for the browser's own controls. */
function trapFocus(box: HTMLDialogElement) {
  box.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const focusable = [...box.querySelectorAll<HTMLElement>('a[href], button, input')];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  });
}

/** Arrow keys move between the input and the result links. */
export function arrowNavigation(container: HTMLElement, input: HTMLInputElement) {
  container.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...container.querySelectorAll<HTMLAnchorElement>('.search-results a')];
    if (links.length === 0) return;
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    event.preventDefault();
    if (event.key === 'ArrowDown') (links[index + 1] ?? links[0])!.focus();
    else if (index <= 0) input.focus();
    else links[index - 1]!.focus();
  });
}

let dialog: HTMLDialogElement | undefined;

function buildDialog(): HTMLDialogElement {
  const input = element('input', { type: 'search', id: 'search-dialog-input', className: 'search-input', placeholder: atlasText.placeholder, autocomplete: 'off', spellcheck: false });
  input.setAttribute('aria-describedby', 'search-dialog-status');
  const status = element('p', { id: 'search-dialog-status', className: 'search-status' }, [strings.empty(atlasText.languages)]);
  status.setAttribute('role', 'status');
  const list = element('ol', { className: 'search-results' });
  list.setAttribute('aria-label', strings.dialogLabel);
  const close = element('button', { type: 'button', className: 'search-close' }, [strings.close]);
  const fullPage = element('a', { className: 'search-full-page', href: __ATLAS_DOWNLOAD__ ? siteHref('/search/') : `${base}search/` }, [strings.fullPage]);
  const box = element('dialog', { className: 'search-dialog' }, [
    element('div', { className: 'search-dialog-head' }, [
      element('label', { htmlFor: 'search-dialog-input', className: 'search-label' }, [strings.inputLabel]),
      close,
    ]),
    element('form', { role: 'search', method: 'dialog' }, [input]),
    status,
    list,
    fullPage,
  ]);
  box.setAttribute('aria-label', strings.dialogLabel);
  document.body.append(box);

  const view = { list, status, input };
  let latest = 0;
  const run = async () => {
    const { query, shortened } = cleanQuery(input.value);
    fullPage.href = `${__ATLAS_DOWNLOAD__ ? siteHref('/search/') : `${base}search/`}${query ? `?q=${encodeURIComponent(query)}` : ''}`;
    const ticket = ++latest;
    try {
      const pagefind = await loadPagefind();
      const search = query === '' ? null : await pagefind.debouncedSearch(query, {}, 150);
      if (ticket !== latest || (query !== '' && search === null)) return;
      await renderResults(view, search, query);
      if (shortened) status.textContent += ` ${strings.shortened(MAX_QUERY)}`;
    } catch {
      status.textContent = strings.failed;
    }
  };
  input.addEventListener('input', () => void run());
  close.addEventListener('click', () => box.close());
  box.addEventListener('click', (event) => {
    if (event.target === box) box.close();
  });
  arrowNavigation(box, input);
  trapFocus(box);
  return box;
}

/** Types `keys` (characters and Backspace) into the input as the reader typed them, and searches. */
function typeInto(input: HTMLInputElement, keys: string[]) {
  for (const key of keys) {
    const start = input.selectionStart ?? input.value.length;
    const end = input.selectionEnd ?? start;
    if (key !== 'Backspace') input.setRangeText(key, start, end, 'end');
    else input.setRangeText('', start === end ? Math.max(start - 1, 0) : start, end, 'end');
  }
  if (keys.length > 0) input.dispatchEvent(new Event('input'));
}

/**
 * Opens the search dialog with `typed` (what the reader typed while it loaded) in its input,
 * and gives focus back to `opener` when it closes.
 */
export function openSearchDialog(opener: HTMLElement | null, typed: string[] = []) {
  dialog ??= buildDialog();
  const box = dialog;
  if (box.open) return;
  box.addEventListener('close', () => opener?.focus(), { once: true });
  box.showModal();
  const input = box.querySelector<HTMLInputElement>('input')!;
  input.focus();
  input.select();
  typeInto(input, typed);
  void loadPagefind().catch(() => {
    box.querySelector('.search-status')!.textContent = strings.failed;
  });
}
