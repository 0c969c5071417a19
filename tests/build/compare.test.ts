/**
 * /compare/ of every atlas: `studies.compareColumns` studies a page, the first page the first of
 * the atlas's order, the pages together every study once, linked by a page navigation (so
 * that every study can be compared without JavaScript); each study's column published once, in
 * the page the compare script takes it from, in every interface language; the list the picker
 * loads; and the downloadable copy, which reads the pages and leaves the script and its list out. What the script does in a browser: tests/atlas/e2e/compare-timeline.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { archiveName } from '../../src/lib/build/download-name.ts';
import { pick } from '../../src/lib/model/localized-text.ts';
import { outputFileOf } from '../../src/lib/util/paths.ts';
import { rootBuilds, type BuiltAtlas } from '../support/atlases.ts';
import { Page } from '../support/site.ts';

const studiesOf = (el: Element) => String(el.properties?.dataStudies ?? '').split(' ').filter(Boolean);

/** The atlas's order of the studies, in the reader's language (by title, or as received). */
function atlasOrder(build: BuiltAtlas, locale: string): string[] {
  const { config } = build.atlas;
  const studies = [...build.content.studies];
  if (config.studies.order === 'title') {
    const title = (s: (typeof studies)[number]) => pick(s.data.title, locale, config.languages.required).text;
    studies.sort((a, b) => title(a).localeCompare(title(b), locale));
  } else studies.sort((a, b) => a.data.source.file.localeCompare(b.data.source.file));
  return studies.map((s) => s.slug);
}

/** Every page of the comparison in one language, by following its page navigation from the first. */
function comparePages(build: BuiltAtlas, prefix: string): { path: string; page: Page }[] {
  const pages: { path: string; page: Page }[] = [];
  let path: string | undefined = `${prefix}${build.routes.compare()}`;
  while (path) {
    const page = Page.load(path, build.dist);
    pages.push({ path, page });
    path = page.all('nav.compare-pages a[rel="next"]').map((a) => String(a.properties?.href))[0];
    expect(pages.length).toBeLessThanOrEqual(build.content.studies.length);
  }
  return pages;
}

/** A column of a page's table: its header and its cells, as HTML. */
function columnOf(table: Element, slug: string): string[] {
  const head = selectAll('thead th[data-studies]', table).filter((th) => studiesOf(th).includes(slug));
  const cells = selectAll('tbody tr', table).map((tr) => selectAll('td', tr).filter((td) => studiesOf(td).includes(slug)));
  expect(head, slug).toHaveLength(1);
  for (const row of cells) expect(row, `${slug}: one cell a row`).toHaveLength(1);
  return [head[0]!, ...cells.map((row) => row[0]!)].map((el) => toHtml(el));
}

describe.each(rootBuilds.map((b) => [b.name, b] as const))('/compare/ of the %s', (_name, build) => {
  const { atlas, content, routes } = build;
  const perPage = atlas.config.studies.compareColumns;
  const prefixes = atlas.config.languages.interface.map((locale, i) => ({ locale, prefix: i === 0 ? '' : `/${locale}` }));

  it.each(prefixes)('shows on its first page the first studies of the atlas’s order, and on its pages together every study once ($locale)', ({ locale, prefix }) => {
    const order = atlasOrder(build, locale);
    const pages = comparePages(build, prefix);
    expect(pages).toHaveLength(Math.ceil(order.length / perPage));
    const shown = pages.map(({ page }) => page.all('table.compare-table thead th[data-studies]').map((th) => studiesOf(th)[0]!));
    expect(shown[0]).toEqual(order.slice(0, perPage));
    expect(shown.flat()).toEqual(order);
    for (const [i, { path, page }] of pages.entries()) {
      expect(shown[i]!.length, path).toBeLessThanOrEqual(perPage);
      expect(path, 'the later pages are /compare/page/<n>/').toBe(i === 0 ? `${prefix}/compare/` : `${prefix}/compare/page/${i + 1}/`);
      // Each page links to the study page of each of its columns, and every row has one cell a column.
      for (const slug of shown[i]!) {
        expect(page.all(`.compare-table thead th[data-studies="${slug}"] a`).map((a) => a.properties?.href)).toEqual([`${prefix}${routes.study(slug)}`]);
        columnOf(page.one('table.compare-table'), slug);
      }
      // The page navigation: every page, this one marked, a distinct title each.
      if (pages.length > 1) {
        const links = page.all('nav.compare-pages a[aria-label]');
        expect(links.map((a) => a.properties?.href)).toContain(`${prefix}/compare/`);
        expect(page.all('nav.compare-pages a[aria-current="page"]').map((a) => a.properties?.href)).toEqual([path]);
        expect(page.text('title')).toMatch(new RegExp(`${i + 1}\\D+${pages.length}`));
      } else expect(page.all('nav.compare-pages')).toHaveLength(0);
      // The picker and the remove buttons wait, hidden, for the compare script; the page's status is there for it.
      expect(page.all('[data-compare-remove]').every((button) => button.properties?.hidden !== undefined)).toBe(true);
      if (order.length > 1) {
        expect(page.one('[data-compare-picker]').properties?.hidden).toBeDefined();
        expect(page.all('script[data-atlas-script="compare"][data-web-only][type="module"]')).toHaveLength(1);
      }
      expect(page.all('[role="status"][data-compare-status]')).toHaveLength(1);
    }
  });

  it.each(prefixes)('carries the definitions of the glossary terms of its own columns only ($locale)', ({ prefix }) => {
    for (const { path, page } of comparePages(build, prefix)) {
      const linked = new Set(page.all('table.compare-table a.term').map((a) => String(a.properties?.ariaDescribedBy)));
      const carried = new Set(page.all('.term-definitions [id]').map((p) => String(p.properties?.id)));
      expect(carried, path).toEqual(linked);
    }
  });

  it.each(prefixes)('publishes each study’s column once, in the page its place in the atlas’s order says, and a list of every study for the picker ($locale)', ({ locale, prefix }) => {
    const where = new Map<string, number[]>();
    comparePages(build, prefix).forEach(({ page }, index) => {
      for (const th of page.all('table.compare-table thead th[data-studies]')) where.set(studiesOf(th)[0]!, [...(where.get(studiesOf(th)[0]!) ?? []), index + 1]);
    });
    const list = JSON.parse(readFileSync(join(build.dist, prefix, 'compare', 'studies.json'), 'utf8')) as [string, string][];
    expect(list.map(([slug]) => slug)).toEqual(atlasOrder(build, locale));
    // The compare script finds a study's column in page ⌊place ÷ per page⌋ + 1.
    list.forEach(([slug], place) => expect(where.get(slug), slug).toEqual([Math.floor(place / perPage) + 1]));
    for (const [slug, title] of list) {
      const study = content.studies.find((s) => s.slug === slug)!;
      expect(title).toBe(pick(study.data.shortTitle, locale, atlas.config.languages.required).text);
    }
    expect(existsSync(join(build.dist, prefix, 'compare', 'columns')), 'no column is published a second time').toBe(false);
  });

  it('names in each page the pages it takes columns from and the list, at addresses that exist', () => {
    for (const { prefix } of prefixes) {
      const root = Page.load(`${prefix}${routes.compare()}`, build.dist).one('[data-compare]');
      expect(root.properties?.dataCompareMax).toBe(String(perPage));
      expect(String(root.properties?.dataCompareFirst)).toBe(`${prefix}/compare/`);
      const later = String(root.properties?.dataComparePage);
      expect(later).toBe(`${prefix}/compare/page/{n}/`);
      expect(existsSync(join(build.dist, later.replace('{n}', '2'), 'index.html'))).toBe(content.studies.length > perPage);
      expect(existsSync(join(build.dist, String(root.properties?.dataCompareIndex)))).toBe(true);
    }
  });

  it('leaves the compare script and its files out of the downloadable copy, which has every page of the comparison', () => {
    const files = unzipSync(readFileSync(join(build.dist, 'downloads', archiveName(atlas.config))));
    const top = archiveName(atlas.config).replace(/\.zip$/, '');
    const names = Object.keys(files).map((name) => name.slice(top.length + 1));
    expect(names.filter((name) => /compare\/studies\.json/.test(name))).toEqual([]);
    for (const { prefix } of prefixes) {
      for (const { path } of comparePages(build, prefix)) {
        const name = outputFileOf(path);
        expect(names, name).toContain(name);
        const html = new TextDecoder().decode(files[`${top}/${name}`]);
        expect(html).not.toContain('data-atlas-script="compare"');
        expect(html).toContain('data-compare-picker');
      }
    }
  });
});
