/**
 * The comparison with JavaScript (CompareView.astro): sets side by side the studies the reader
 * picks, at most `data-compare-max`, in place of the page's own. The pick is in the URL
 * (`?study=a&study=b`, so that it survives a reload and can be shared; beyond the most, the
 * first are taken). Each study's column comes from the comparison's own page that holds it (the
 * atlas's order cut into pages of `data-compare-max`: the study's place in the list of every
 * study says which), with the definitions of the terms it links to, so that no column is
 * published twice. A button in
 * each column's header takes that study out; the picker adds one, from the list of every
 * study, loaded when the picker is first opened, narrowed as the reader types. Every change is
 * announced. Without JavaScript, and in the downloadable copy (which leaves this script out:
 * `fetch` does not read files from disk), the comparison's pages show every study, a page at a time.
 */
import { compareStrings as strings } from '../i18n/browser.ts';

interface Column {
  slug: string;
  head: HTMLTableCellElement;
  cells: HTMLTableCellElement[];
}

function start(root: HTMLElement) {
  const max = Number(root.dataset.compareMax) || 1;
  const table = root.querySelector<HTMLTableElement>('table.compare-table');
  const status = root.querySelector<HTMLElement>('[data-compare-status]');
  if (!table?.tHead || !status) return;
  const headRow = table.tHead.rows[0]!;
  const bodyRows = [...table.tBodies[0]!.rows];
  const picker = root.querySelector<HTMLElement>('[data-compare-picker]');
  const openButton = picker?.querySelector<HTMLButtonElement>('.compare-picker-open');
  const panel = picker?.querySelector<HTMLElement>('.compare-picker-panel');
  const find = picker?.querySelector<HTMLInputElement>('input');
  const options = picker?.querySelector<HTMLElement>('.compare-options');
  let all: [string, string][] | undefined;

  const say = (...parts: string[]) => {
    status.textContent = parts.join(' ');
  };
  const heads = () => [...headRow.querySelectorAll<HTMLTableCellElement>('th[data-studies]')];
  const shown = () => heads().map((th) => th.dataset.studies!);
  // The study's short title, from its remove button's label ("Remove: <short title>").
  const titleOf = (th: HTMLElement) => th.querySelector('[data-compare-remove]')?.getAttribute('aria-label')?.split(': ').slice(1).join(': ') || th.dataset.studies!;
  const titles = () => heads().map(titleOf);

  const keepInUrl = () => {
    const url = new URL(location.href);
    url.searchParams.delete('study');
    for (const slug of shown()) url.searchParams.append('study', slug);
    try {
      history.replaceState(history.state, '', url);
    } catch {
      // An address the browser will not change: the comparison still shows the pick.
    }
  };

  /** Once the columns are the reader's, the page's note of which studies it shows no longer holds. */
  const picked = () => {
    for (const note of root.querySelectorAll<HTMLElement>('[data-compare-static]')) note.hidden = true;
  };

  const wire = (th: HTMLTableCellElement) => {
    const button = th.querySelector<HTMLButtonElement>('[data-compare-remove]');
    // A button shown is wired already (a column of the page moved into a pick).
    if (!button || !button.hidden) return;
    button.hidden = false;
    button.addEventListener('click', () => remove(th.dataset.studies!));
  };

  const remove = (slug: string) => {
    const th = heads().find((h) => h.dataset.studies === slug);
    if (!th) return;
    const index = heads().indexOf(th);
    const title = titleOf(th);
    th.remove();
    for (const row of bodyRows) row.querySelector(`td[data-studies="${CSS.escape(slug)}"]`)?.remove();
    picked();
    keepInUrl();
    // Focus goes to the column that took its place, or the one before, or the picker.
    const next = heads()[Math.min(index, heads().length - 1)];
    (next?.querySelector<HTMLElement>('[data-compare-remove]') ?? openButton)?.focus();
    say(strings.removed(title), strings.showing(titles()));
    if (all) renderOptions();
  };

  /** The list of every study, in the atlas's order: `[slug, short title]`. */
  const studies = async (): Promise<[string, string][]> => {
    if (!all) {
      const response = await fetch(root.dataset.compareIndex!);
      if (!response.ok) throw new Error(`${response.status}`);
      all = (await response.json()) as [string, string][];
    }
    return all;
  };

  /** The comparison's pages fetched so far, by number: a page holds several studies. */
  const pages = new Map<number, Promise<Document>>();
  const pageOf = (n: number) => {
    let page = pages.get(n);
    if (!page) {
      const url = n === 1 ? root.dataset.compareFirst! : root.dataset.comparePage!.replace('{n}', String(n));
      page = fetch(url).then(async (response) => {
        if (!response.ok) throw new Error(`${response.status}`);
        return new DOMParser().parseFromString(await response.text(), 'text/html');
      });
      pages.set(n, page);
      page.catch(() => pages.delete(n));
    }
    return page;
  };

  const columnOf = async (slug: string): Promise<Column | undefined> => {
    const at = (await studies()).findIndex(([id]) => id === slug);
    if (at < 0) return undefined;
    const page = await pageOf(Math.floor(at / max) + 1);
    const cell = (row: Element | null | undefined) => row?.querySelector<HTMLTableCellElement>(`[data-studies="${CSS.escape(slug)}"]`);
    const found = page.querySelector('table.compare-table');
    const head = cell(found?.querySelector('thead tr'));
    const cells = [...(found?.querySelectorAll('tbody tr') ?? [])].map((tr) => cell(tr));
    if (!head || cells.length !== bodyRows.length || cells.some((c) => !c)) throw new Error(`column ${slug} does not fit the table`);
    // The definitions its term links are described by, where the page does not have them yet.
    let store = document.querySelector('.term-definitions');
    if (!store) {
      store = document.createElement('div');
      store.className = 'term-definitions';
      (store as HTMLElement).hidden = true;
      document.body.append(store);
    }
    const wanted = new Set([head, ...cells].flatMap((c) => [...c!.querySelectorAll('[aria-describedby]')].flatMap((a) => a.getAttribute('aria-describedby')!.split(/\s+/))));
    for (const id of wanted) {
      const definition = page.getElementById(id);
      if (definition && !document.getElementById(id)) store.append(document.importNode(definition, true));
    }
    return { slug, head: document.importNode(head, true), cells: cells.map((c) => document.importNode(c!, true)) };
  };

  const append = (column: Column) => {
    headRow.append(column.head);
    column.cells.forEach((cell, i) => bodyRows[i]!.append(cell));
    wire(column.head);
  };

  /** Sets the columns of `slugs`, in that order (none a study: the page's stay); says which are no study, or that they could not load. */
  const show = async (slugs: string[]) => {
    try {
      // A column the page already has is moved, not fetched again.
      const own = (slug: string): Column | undefined => {
        const head = heads().find((th) => th.dataset.studies === slug);
        return head && { slug, head, cells: bodyRows.map((row) => row.querySelector<HTMLTableCellElement>(`td[data-studies="${CSS.escape(slug)}"]`)!) };
      };
      const columns = await Promise.all(slugs.map((slug) => own(slug) ?? columnOf(slug)));
      if (columns.every((column) => !column)) return strings.unknown(slugs);
      for (const th of heads()) th.remove();
      for (const row of bodyRows) for (const td of row.querySelectorAll('td[data-studies]')) td.remove();
      for (const column of columns) if (column) append(column);
      picked();
      const unknown = slugs.filter((_, i) => !columns[i]);
      return unknown.length > 0 ? strings.unknown(unknown) : '';
    } catch {
      return strings.failed;
    }
  };

  const pending = new Set<string>();
  const add = async (slug: string, title: string) => {
    if (shown().includes(slug) || pending.has(slug)) return;
    if (shown().length + pending.size >= max) {
      say(strings.full(max));
      return;
    }
    pending.add(slug);
    try {
      const column = await columnOf(slug).finally(() => pending.delete(slug));
      if (!column) {
        say(strings.unknown([slug]));
        return;
      }
      append(column);
    } catch {
      say(strings.failed);
      return;
    }
    picked();
    keepInUrl();
    say(strings.added(title), strings.showing(titles()));
    renderOptions();
  };

  // The picker: every study but those shown, narrowed by the words typed (in any order, any case, without accents).
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const renderOptions = (announce = false) => {
    if (!options || !find || !all) return;
    const words = fold(find.value).split(/\s+/).filter(Boolean);
    const taken = new Set(shown());
    const matching = all.filter(([slug, title]) => !taken.has(slug) && words.every((w) => fold(`${title} ${slug}`).includes(w)));
    options.replaceChildren(
      ...matching.map(([slug, title]) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = title;
        button.setAttribute('aria-label', strings.add(title));
        button.dataset.slug = slug;
        button.addEventListener('click', async () => {
          const buttons = [...options.querySelectorAll('button')];
          const at = buttons.indexOf(button);
          await add(slug, title);
          // Focus stays in the list: on the option that took this one's place, or the search box.
          const rest = [...options.querySelectorAll('button')];
          (rest[Math.min(at, rest.length - 1)] ?? find).focus();
        });
        item.append(button);
        return item;
      }),
    );
    if (announce) say(strings.matches(matching.length));
  };

  const open = async (opened: boolean) => {
    if (!openButton || !panel || !find) return;
    openButton.setAttribute('aria-expanded', String(opened));
    panel.hidden = !opened;
    if (!opened) return;
    find.focus();
    try {
      await studies();
    } catch {
      say(strings.failed);
      return;
    }
    renderOptions();
  };

  if (picker && openButton && panel && find && options) {
    picker.hidden = false;
    openButton.addEventListener('click', () => open(openButton.getAttribute('aria-expanded') !== 'true'));
    let timer = 0;
    find.addEventListener('input', () => {
      clearTimeout(timer);
      timer = window.setTimeout(() => renderOptions(true), 150);
    });
    panel.addEventListener('keydown', (event) => {
      const buttons = [...options.querySelectorAll('button')];
      const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
      if (event.key === 'Escape') {
        open(false);
        openButton.focus();
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        const next = event.key === 'ArrowDown' ? (at < 0 ? 0 : at + 1) : at - 1;
        const target = next < 0 ? find : buttons[Math.min(next, buttons.length - 1)];
        if (target) {
          event.preventDefault();
          target.focus();
        }
      }
    });
  }

  for (const th of heads()) wire(th);
  const asked = [...new Set(new URLSearchParams(location.search).getAll('study'))];
  if (asked.length > 0 && asked.join(' ') !== shown().join(' ')) {
    const chosen = asked.slice(0, max);
    const before = shown().join(' ');
    show(chosen).then((problem) => {
      if (shown().join(' ') !== before) keepInUrl();
      say(...[asked.length > max ? strings.tooMany(max) : '', problem, strings.showing(titles())].filter(Boolean));
    });
  }
}

const root = document.querySelector<HTMLElement>('[data-compare]');
if (root) start(root);
