/**
 * The search page (`/search/?q=...&framework=...&sort=...&expand=no`): runs the search in the URL on
 * load, keeps the URL in step with the form, so that a search can be shared as a link, and
 * fills the filter lists from the index.
 */
import { arrowNavigation, cleanQuery, expandSwitch, renderResults, runSearch, searchPageHref, strings, MAX_QUERY, type ResultsView } from './search-ui.ts';
import { SEARCH_FIELDS } from '../lib/util/search-fields.ts';

const form = document.querySelector<HTMLFormElement>('form[data-search-page]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-page-results')!;
const before = document.querySelector<HTMLElement>('#search-page-before')!;
const expand = form.querySelector<HTMLInputElement>('input[name="expand"]')!;
const view: ResultsView = { list, status, input, before, searchPage: searchPageHref };
/** The filters the page offers (`<select data-search-filter>`): their names are Pagefind's filter names, their values ids. */
const filterSelects = [...form.querySelectorAll<HTMLSelectElement>('select[data-search-filter]')];

/** The filter lists are in the page; take their values from the URL. */
function restoreFilters(params: URLSearchParams) {
  for (const select of filterSelects) {
    const wanted = params.get(select.name) ?? '';
    select.value = [...select.options].some((option) => option.value === wanted) ? wanted : '';
    select.addEventListener('change', () => void run());
  }
}

function chosenFilters(): Record<string, string> {
  const chosen: Record<string, string> = {};
  for (const select of filterSelects) if (select.value) chosen[select.name] = select.value;
  return chosen;
}

let latest = 0;
async function run() {
  const { query, shortened } = cleanQuery(input.value);
  const filters = chosenFilters();
  const sort = sortSelect.value;
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const [name, value] of Object.entries(filters)) params.set(name, value);
  if (sort !== 'relevance') params.set('sort', sort);
  if (!expand.checked) params.set('expand', 'no');
  history.replaceState(null, '', `${location.pathname}${params.size > 0 ? `?${params}` : ''}`);
  const ticket = ++latest;
  try {
    const hasFilters = Object.keys(filters).length > 0;
    const order = sort === 'relevance' ? undefined : { key: SEARCH_FIELDS.period, direction: sort === 'oldest' ? ('asc' as const) : ('desc' as const) };
    const results = query === '' && !hasFilters ? null : await runSearch(query, filters, order);
    if (ticket !== latest) return;
    renderResults(view, results, query);
    if (shortened) status.textContent += ` ${strings.shortened(MAX_QUERY)}`;
  } catch {
    status.textContent = strings.failed;
  }
}

async function start() {
  const params = new URLSearchParams(location.search);
  input.value = (params.get('q') ?? '').slice(0, MAX_QUERY * 4);
  sortSelect.value = ['oldest', 'newest'].includes(params.get('sort') ?? '') ? params.get('sort')! : 'relevance';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  let timer = 0;
  input.addEventListener('input', () => {
    // A search still under way is for words the reader has already changed: its results are not shown.
    latest += 1;
    clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 150);
  });
  sortSelect.addEventListener('change', () => void run());
  expand.checked = params.get('expand') !== 'no';
  expandSwitch(expand, () => void run());
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && document.activeElement !== input && !/^(INPUT|SELECT|TEXTAREA)$/.test((event.target as HTMLElement).tagName)) {
      event.preventDefault();
      input.focus();
    }
  });
  arrowNavigation(document.querySelector<HTMLElement>('.search-page')!, input);
  restoreFilters(params);
  await run();
}

void start();
