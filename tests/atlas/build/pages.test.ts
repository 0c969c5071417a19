/** The project's own five study pages and index pages: what the sources state, and what they do not. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { LISTING_SEGMENTS } from '../../../src/lib/atlas/routes.ts';
import { dist, Page } from '../../support/site.ts';
import { SITE_TITLE, studyUrls } from '../real.ts';

const studyPages = Object.entries(studyUrls).map(([file, url]) => ({ file, url, page: Page.load(url) }));

describe('the five study pages', () => {
  it('exist at their agreed URLs and nowhere else', () => {
    // Beside the study pages the folder holds the index's other listings (orders, filters, pages).
    const listings: string[] = Object.values(LISTING_SEGMENTS);
    expect(readdirSync(join(dist, 'studies')).filter((name) => name !== 'index.html' && !listings.includes(name)).sort()).toEqual(
      Object.values(studyUrls).map((url) => url.split('/')[2]).sort(),
    );
  });

  it.each(studyPages.map((s) => [s.url, s] as const))('%s: title, descriptive-title note, metadata panel', (_url, { file, page }) => {
    const h1 = page.text('h1');
    expect(page.text('title')).toBe(`${h1} · ${SITE_TITLE}`);
    expect(page.text('.study-header')).toContain('Descriptive title: the source states no title');
    const meta = page.text('.meta-panel');
    expect(meta, 'a reader page names no source file').not.toContain(file);
    expect(meta).toMatch(/Year of publication not stated in the source/);
    expect(meta).toMatch(/Institution not stated in the source/);
    expect(meta).toMatch(/DOI not stated in the source/);
    expect(meta).toMatch(/Rights not stated in the source/);
    expect(Page.load('/edition/').attr(`a[href="/sources/${file}"]`, 'href')).toBe(`/sources/${file}`);
  });

  it.each(studyPages.map((s) => [s.url, s] as const))('%s: the study text is marked with its languages', (_url, { page }) => {
    expect(page.attr('.study-body', 'lang')).toBe('id');
    for (const abstract of page.all('section.abstract')) expect(['id', 'en']).toContain(abstract.properties?.lang);
    expect(toText(page.one('#source-text')).length).toBeGreaterThan(1000);
  });

  it('shows the journal, volume, issue, pages and author only where the source states them (002)', () => {
    const meta = Page.load(studyUrls['002_66b5fd60abc40bb4.txt']).text('.meta-panel');
    expect(meta).toContain('Sang Pencerah: Jurnal Ilmiah Universitas Muhammadiyah Buton');
    expect(meta).toMatch(/Volume 8 Issue 4 Pages 924-938/);
    expect(meta).toContain('Dwi Okta');
    for (const file of ['000_e0eb575146dbde58.txt', '001_c256bad6b951fab0.txt', '003_2ce81c8634926572.txt', '004_f257738c60c9d1a6.txt'] as const) {
      const other = Page.load(studyUrls[file]).text('.meta-panel');
      expect(other).toMatch(/Authors not stated in the source/);
      expect(other).toMatch(/Published in not stated in the source/);
      expect(other).toMatch(/Pages not stated in the source/);
    }
  });

  it('gives 002 a table of the yearly case figures that keeps “about” and both ambiguities', () => {
    const page = Page.load(studyUrls['002_66b5fd60abc40bb4.txt']);
    const table = page.one('.editorial-insert table');
    const text = toText(table);
    expect(text).toMatch(/2017[\s\S]*about 350/);
    expect(text).toMatch(/2018[\s\S]*about 420/);
    expect(text).toMatch(/2019[\s\S]*102/);
    expect(text).toMatch(/2020[\s\S]*106/);
    expect(page.text('.editorial-insert')).toMatch(/implied/);
    expect(page.text('.editorial-insert')).toMatch(/sebanyak 102/);
  });

  it('records the sources’ own contradictions in editorial notes (002)', () => {
    const notes = Page.load(studyUrls['002_66b5fd60abc40bb4.txt']).text('.editorial-notes');
    expect(notes).toContain('1975');
    expect(notes).toContain('1952');
    expect(notes).toContain('QHII2');
    expect(notes).toContain('2017–2018');
  });

  it('says "not stated in the source" for the period of the two thesis chapters', () => {
    for (const file of ['003_2ce81c8634926572.txt', '004_f257738c60c9d1a6.txt'] as const) {
      expect(Page.load(studyUrls[file]).text('.meta-panel')).toMatch(/Period studied not stated in the source/);
    }
  });

  it('marks the English words the Indonesian abstracts italicise, and gives each abstract its own keywords label', () => {
    const page = Page.load(studyUrls['000_e0eb575146dbde58.txt']);
    expect(page.all('section.abstract[lang="id"] em[lang="en"]').length).toBeGreaterThan(0);
    expect(page.all('section.abstract[lang="en"] em[lang]')).toHaveLength(0);
    expect(page.all('section.abstract .keywords-label').map((label) => toText(label))).toEqual(['Kata Kunci:', 'Keywords:']);
  });
});

describe('index pages', () => {
  it('lists every study in the /studies/ table with period, kind, frameworks and actors', () => {
    const page = Page.load('/studies/');
    const rows = page.all('table.studies-table tbody tr');
    expect(rows).toHaveLength(5);
    const hrefs = page.all('table.studies-table tbody th a').map((a) => a.properties?.href);
    expect(hrefs.sort()).toEqual(Object.values(studyUrls).sort());
    const text = page.text('table.studies-table');
    expect(text).toContain('2017-2021');
    expect(text).toContain('Journal article');
    expect(text).toContain('Regime effectiveness');
    expect(text).toContain('UNICEF');
  });

  it('links every study from the home page', () => {
    const hrefs = Page.load('/').all('main a').map((a) => a.properties?.href);
    for (const url of Object.values(studyUrls)) expect(hrefs).toContain(url);
  });

  it('has a 404 page with a way back', () => {
    expect(existsSync(join(dist, '404.html'))).toBe(true);
    const page = Page.load('/404.html');
    expect(page.text('h1')).toBe('Page not found');
    expect(page.all('main a[href="/"]')).toHaveLength(1);
  });

  it('publishes each raw source text as received', () => {
    for (const file of Object.keys(studyUrls)) expect(existsSync(join(dist, 'sources', file))).toBe(true);
  });
});
