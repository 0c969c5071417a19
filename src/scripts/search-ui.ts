/**
 * The search interface on Pagefind's JS API, loaded only when search is opened: the dialog
 * (native modal `<dialog>`: focus stays inside, Escape closes, focus returns to the opener),
 * and the result list shared with the search page. Results are built with DOM text nodes;
 * the only markup taken from Pagefind's excerpts is `<mark>`.
 */
import { nearestTerms, type SearchTerm } from '../lib/util/nearest-terms.ts';
import { searchStrings } from '../i18n/browser.ts';
import type { SearchBundle } from '../lib/search/bundles.ts';
import { searchAtlas, type AtlasResults, type LanguageBundle, type PagefindLike, type ShownResult } from '../lib/search/atlas-search.ts';
import { CLASSIC, EMBEDDED_PAGEFIND_ORIGIN, PAGEFIND_DIR } from '../lib/util/output-files.ts';
import { SEARCH_ROUTE } from '../lib/atlas/routes.ts';
import { normalizeBase, relativeFileUrl, sitePath, splitSuffix } from '../lib/util/paths.ts';
import { HIGHLIGHT_PARAM, localizedMetaKey, PAGE_TYPES, SEARCH_FIELDS, TERM_META_PREFIX } from '../lib/util/search-fields.ts';

/** Pagefind's module (`pagefind.js`), configured and started before searching. */
interface PagefindModule extends PagefindLike {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
}

export const MAX_QUERY = 256;
const STUDIES_SHOWN = 10;
const GLOSSARY_CARDS = 3;
const SUB_RESULTS_SHOWN = 3;
/** Words a result's link asks its page to mark: the forms it matched, at most this many. */
const HIGHLIGHTED_FORMS = 8;

/** What the search interface says about this atlas, in the interface language it was bundled for (`browser-scripts-integration.ts`). */
declare const __ATLAS_SEARCH_TEXT__: { languages: string; placeholder: string; suggestions: string; terms: SearchTerm[] };
/** The search bundles, one per language of the atlas's texts, the first holding Pagefind's script. */
declare const __ATLAS_SEARCH_BUNDLES__: SearchBundle[];

/** The atlas's first interface language: the language of the pages the search index holds. */
declare const __ATLAS_FIRST_LOCALE__: string;

const lang = __ATLAS_LOCALE__;
export const strings = searchStrings;
export const atlasText = __ATLAS_SEARCH_TEXT__;
const base = normalizeBase(import.meta.env.BASE_URL);
/** The index holds the first language's pages; a reader of another language follows results to hers (`/id/…`). */
const translated = lang !== __ATLAS_FIRST_LOCALE__;

/** A result's URL (under the base) in the reader's language. */
function inReadersLanguage(url: string): string {
  return translated && url.startsWith(base) ? `${base}${lang}/${url.slice(base.length)}` : url;
}

/** A result's metadata in the reader's language (`title-id`), or as the indexed page gives it. */
function metaOf(data: ShownResult['data'], name: string): string | undefined {
  return data.meta[localizedMetaKey(name, lang)] ?? data.meta[name];
}

/** A glossary entry's body is written anew in each language: its sections are not the indexed page's. */
const sectionsApply = (data: ShownResult['data']) => !translated || !(data.filters?.[SEARCH_FIELDS.type] ?? []).includes(PAGE_TYPES.glossary);

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
async function loadDownloadedPagefind(count: number): Promise<PagefindModule[]> {
  const root = downloadRoot();
  await loadClassicScript(`${root}${CLASSIC.pagefindData}`);
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
  // Each run of the script is a new module with its own WebAssembly, as each language needs.
  const modules: PagefindModule[] = [];
  for (let i = 0; i < count; i++) {
    await loadClassicScript(`${root}${CLASSIC.pagefind}`);
    modules.push((window as unknown as { AtlasPagefind: PagefindModule }).AtlasPagefind);
  }
  return modules;
}

/**
 * Pagefind's module once per bundle: each instance holds one WebAssembly (one language's word
 * rules), so a module cannot serve two languages. The same script under another fragment
 * (`pagefind.js#id`) is another module instance, from the same request (the fragment is not
 * sent); each runs its searches in its own worker (a bundle's worker file loads the first's).
 */
async function loadPagefindModules(bundles: readonly SearchBundle[]): Promise<PagefindModule[]> {
  const url = `${base}${PAGEFIND_DIR}/pagefind.js`;
  return Promise.all(bundles.map(({ language }, i) => import(/* @vite-ignore */ i === 0 ? url : `${url}#${language}`) as Promise<PagefindModule>));
}

let bundlesPromise: Promise<LanguageBundle[]> | undefined;

/** Every search bundle, configured for the base path and highlighting, and started. */
export function loadSearch(): Promise<LanguageBundle[]> {
  bundlesPromise ??= (async () => {
    const count = __ATLAS_SEARCH_BUNDLES__.length;
    const modules = __ATLAS_DOWNLOAD__ ? await loadDownloadedPagefind(count) : await loadPagefindModules(__ATLAS_SEARCH_BUNDLES__);
    const root = __ATLAS_DOWNLOAD__ ? EMBEDDED_PAGEFIND_ORIGIN.slice(0, -`${PAGEFIND_DIR}/`.length) : base;
    return Promise.all(
      __ATLAS_SEARCH_BUNDLES__.map(async ({ language, dir }, i) => {
        const pagefind = modules[i]!;
        await pagefind.options({
          basePath: `${root}${dir}`,
          baseUrl: __ATLAS_DOWNLOAD__ ? '/' : base,
          excerptLength: 24,
          highlightParam: HIGHLIGHT_PARAM,
          ...(__ATLAS_DOWNLOAD__ ? { noWorker: true } : {}),
        });
        await pagefind.init();
        return { language, pagefind };
      }),
    );
  })();
  return bundlesPromise;
}

/** Whether a search also searches the glossary's equivalents (the reader's choice, for this visit). */
let expandTerms = true;

/** Runs a search as the interface shows it (the benchmark asks for no results' data, to time the searches alone). */
export function runSearch(
  query: string,
  filters: Record<string, string> = {},
  sort?: { key: string; direction: 'asc' | 'desc' },
  shown = { study: STUDIES_SHOWN, glossary: GLOSSARY_CARDS },
): Promise<AtlasResults> {
  return loadSearch().then((bundles) => searchAtlas(bundles, { query, filters, sort, glossary: expandTerms ? atlasText.terms : undefined, shown }));
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
  /** Where the notes on the search (equivalents, partial matches, nearest terms) and the glossary cards go, above the list. */
  before: HTMLElement;
  /** A link to the search page with these words (the glossary cards' "all entries" link adds the type). */
  searchPage: (query: string, filters?: Record<string, string>) => string;
}

/** A result's address, asking its page to mark the words it matched (inflected and equivalent forms included). */
function markedHref(indexed: string, forms: readonly string[]): string {
  const url = inReadersLanguage(indexed);
  if (forms.length === 0) return siteHref(url);
  const parsed = new URL(url, 'https://atlas.invalid');
  parsed.searchParams.delete(HIGHLIGHT_PARAM);
  for (const form of forms.slice(0, HIGHLIGHTED_FORMS)) parsed.searchParams.append(HIGHLIGHT_PARAM, form);
  return siteHref(`${parsed.pathname}${parsed.search}${parsed.hash}`);
}

/** Under a search that found nothing: the nearest glossary terms, each a button that searches it. */
function didYouMean(view: ResultsView, query: string): HTMLElement[] {
  const terms = query === '' ? [] : nearestTerms(query, atlasText.terms);
  if (terms.length === 0) return [];
  const buttons = terms.map((term) => {
    const button = element('button', { type: 'button', className: 'search-suggestion' }, [term]);
    button.addEventListener('click', () => {
      view.input.value = term;
      view.input.dispatchEvent(new Event('input'));
      view.input.focus();
    });
    return button;
  });
  return [element('p', { className: 'search-did-you-mean' }, [strings.didYouMean, ...buttons.flatMap((b) => [' ', b])])];
}

function alsoSearched(results: AtlasResults): HTMLElement[] {
  if (results.also.length === 0) return [];
  const terms = results.also.map((e) => {
    const span = element('span', {}, [e.term]);
    if (e.language !== lang) span.lang = e.language;
    return span;
  });
  return [element('p', { className: 'search-also' }, [strings.alsoSearched, ' ', ...terms.flatMap((t, i) => (i === 0 ? [t] : [', ', t]))])];
}

/** A glossary entry as a compact card: its term, its term in the other languages, its one-line definition. */
function glossaryCard({ data, forms }: ShownResult): HTMLElement {
  const title = metaOf(data, 'title') ?? data.url;
  const terms: [string, string][] = [
    [__ATLAS_FIRST_LOCALE__, data.meta.title ?? ''],
    ...Object.entries(data.meta)
      .filter(([key]) => key.startsWith(TERM_META_PREFIX))
      .map(([key, value]): [string, string] => [key.slice(TERM_META_PREFIX.length), value]),
  ];
  const others = terms
    .filter(([language, value], i) => language !== lang && value !== '' && value !== title && terms.findIndex(([l]) => l === language) === i)
    .map(([language, value]) => {
      const span = element('span', { className: 'search-card-term' }, [value]);
      span.lang = language;
      return span;
    });
  const definition = metaOf(data, SEARCH_FIELDS.definition);
  return element('li', { className: 'search-card' }, [
    element('a', { href: markedHref(data.url, forms), className: 'search-result-title' }, [title]),
    ...others.flatMap((other) => [' ', other]),
    ...(definition ? [element('p', { className: 'search-card-definition' }, [definition])] : []),
  ]);
}

function resultItem({ data, forms }: ShownResult, partial: boolean): HTMLElement {
  const kind = [metaOf(data, SEARCH_FIELDS.kind), data.meta[SEARCH_FIELDS.period]].filter(Boolean).join(' · ');
  const item = element('li', { className: 'search-result' }, [
    element('a', { href: markedHref(data.url, forms), className: 'search-result-title' }, [metaOf(data, 'title') ?? data.url]),
    ...(partial ? [' ', element('span', { className: 'tag search-partial' }, [strings.partialMatch])] : []),
    ...(kind ? [element('p', { className: 'search-result-kind' }, [kind])] : []),
    element('p', { className: 'search-result-excerpt' }, excerptNodes(data.excerpt)),
  ]);
  const sections = sectionsApply(data) ? data.sub_results.filter((sub) => sub.url !== data.url).slice(0, SUB_RESULTS_SHOWN) : [];
  if (sections.length > 0) {
    item.append(
      element('p', { className: 'visually-hidden' }, [strings.sectionsIn]),
      element(
        'ul',
        { className: 'search-sub-results' },
        sections.map((sub) =>
          element('li', {}, [
            element('a', { href: markedHref(sub.url, forms) }, [sub.title]),
            element('p', { className: 'search-result-excerpt' }, excerptNodes(sub.excerpt)),
          ]),
        ),
      ),
    );
  }
  return item;
}

/**
 * Shows one search: the count of each kind of page, the equivalents also searched, a note when
 * only part of the query was found, the matching glossary entries as cards (a few) and the
 * studies as the list (never shortened by the cards). With a type filter, that type is the list.
 * Returns how many pages were found.
 */
export function renderResults(view: ResultsView, results: AtlasResults | null, query: string): number {
  const groups = results?.groups ?? [];
  const total = groups.reduce((sum, g) => sum + g.total, 0);
  const cards = groups.length > 1 ? groups.find((g) => g.type === PAGE_TYPES.glossary) : undefined;
  const main = groups.filter((g) => g !== cards);
  const partial = Boolean(results?.partialQuery);
  const notes: HTMLElement[] = [];
  if (results) notes.push(...alsoSearched(results));
  if (results?.partialQuery && total > 0) notes.push(element('p', { className: 'search-partial-note' }, [strings.partial(results.missing, results.partialQuery)]));
  if (cards && cards.shown.length > 0) {
    const heading = element('h2', { className: 'search-group-heading', id: `${view.list.id || 'search'}-cards` }, [strings.glossaryCards]);
    const list = element('ul', { className: 'search-cards' }, cards.shown.map(glossaryCard));
    list.setAttribute('aria-labelledby', heading.id);
    notes.push(heading, list);
    if (cards.total > cards.shown.length) {
      const filters = { [SEARCH_FIELDS.type]: PAGE_TYPES.glossary };
      notes.push(element('p', { className: 'search-more' }, [element('a', { href: view.searchPage(results?.partialQuery ?? query, filters) }, [strings.allGlossaryMatches(cards.total)])]));
    }
    if (main.some((g) => g.total > 0)) notes.push(element('h2', { className: 'search-group-heading' }, [strings.studyResults]));
  }
  if (total === 0) notes.push(...didYouMean(view, query));
  view.before.replaceChildren(...notes);
  view.list.replaceChildren(...main.flatMap((g) => g.shown.map((shown) => resultItem(shown, partial))));
  view.status.textContent =
    query === '' && !results
      ? strings.empty(atlasText.languages)
      : total === 0
        ? strings.none(query, atlasText.languages, atlasText.suggestions)
        : strings.resultsByType(
            groups.map((g) => ({ type: g.type, n: g.total })),
            query,
          );
  return total;
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
    const links = [...container.querySelectorAll<HTMLAnchorElement>('.search-cards a, .search-more a, .search-results a')];
    if (links.length === 0) return;
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    event.preventDefault();
    if (event.key === 'ArrowDown') (links[index + 1] ?? links[0])!.focus();
    else if (index <= 0) input.focus();
    else links[index - 1]!.focus();
  });
}

let dialog: HTMLDialogElement | undefined;

/** The search page's address for a query and filters. */
export function searchPageHref(query: string, filters: Record<string, string> = {}): string {
  const params = new URLSearchParams({ ...(query ? { q: query } : {}), ...filters });
  const page = __ATLAS_DOWNLOAD__ ? siteHref(`/${translated ? `${lang}/` : ''}${SEARCH_ROUTE}/`) : `${base}${translated ? `${lang}/` : ''}${SEARCH_ROUTE}/`;
  return `${page}${params.size > 0 ? `?${params}` : ''}`;
}

/** The reader's switch for searching the glossary's equivalents (on unless the reader turned it off), for this visit. */
export function expandSwitch(checkbox: HTMLInputElement, onChange: () => void): void {
  expandTerms = checkbox.checked;
  checkbox.addEventListener('change', () => {
    expandTerms = checkbox.checked;
    onChange();
  });
}

function buildDialog(): HTMLDialogElement {
  const input = element('input', { type: 'search', id: 'search-dialog-input', className: 'search-input', placeholder: atlasText.placeholder, autocomplete: 'off', spellcheck: false });
  input.setAttribute('aria-describedby', 'search-dialog-status');
  const expand = element('input', { type: 'checkbox', id: 'search-dialog-expand', checked: expandTerms });
  const status = element('p', { id: 'search-dialog-status', className: 'search-status' }, [strings.empty(atlasText.languages)]);
  status.setAttribute('role', 'status');
  const before = element('div', { className: 'search-before' });
  const list = element('ol', { className: 'search-results', id: 'search-dialog-results' });
  list.setAttribute('aria-label', strings.studyResults);
  const close = element('button', { type: 'button', className: 'search-close' }, [strings.close]);
  const fullPage = element('a', { className: 'search-full-page', href: searchPageHref('') }, [strings.fullPage]);
  const box = element('dialog', { className: 'search-dialog' }, [
    element('div', { className: 'search-dialog-head' }, [
      element('label', { htmlFor: 'search-dialog-input', className: 'search-label' }, [strings.inputLabel]),
      close,
    ]),
    element('form', { role: 'search', method: 'dialog' }, [
      input,
      element('p', { className: 'search-expand' }, [expand, ' ', element('label', { htmlFor: expand.id }, [strings.expandLabel])]),
    ]),
    status,
    before,
    list,
    fullPage,
  ]);
  box.setAttribute('aria-label', strings.dialogLabel);
  document.body.append(box);

  const view: ResultsView = { list, status, input, before, searchPage: searchPageHref };
  let latest = 0;
  let timer = 0;
  const run = async () => {
    const { query, shortened } = cleanQuery(input.value);
    fullPage.href = searchPageHref(query);
    const ticket = ++latest;
    try {
      const results = query === '' ? null : await runSearch(query);
      if (ticket !== latest) return;
      renderResults(view, results, query);
      if (shortened) status.textContent += ` ${strings.shortened(MAX_QUERY)}`;
    } catch {
      if (ticket === latest) status.textContent = strings.failed;
    }
  };
  input.addEventListener('input', () => {
    // A search still under way is for words the reader has already changed: its results are not shown.
    latest += 1;
    clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 150);
  });
  expandSwitch(expand, () => void run());
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
  void loadSearch().catch(() => {
    box.querySelector('.search-status')!.textContent = strings.failed;
  });
}
