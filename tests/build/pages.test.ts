/** The built pages as a reader meets them: titles, landmarks, metadata, languages, headings. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../../src/lib/link-check.ts';
import { dist, Page, studyUrls } from './site.ts';

const studyPages = Object.entries(studyUrls).map(([file, url]) => ({ file, url, page: Page.load(url) }));
const allPages = htmlFiles(dist).map((file) => ({ file, page: new Page(readFileSync(file, 'utf8')) }));

describe('every page', () => {
  it.each(allPages.map((p) => [p.file.slice(dist.length), p.page] as const))('%s has the page frame', (_file, page) => {
    expect(page.attr('html', 'lang')).toBe('en');
    expect(page.text('title')).toMatch(/Vietnam Trafficking Studies Atlas$/);
    expect(String(page.attr('meta[name="description"]', 'content')).length).toBeGreaterThan(40);
    expect(page.attr('a.skip-link', 'href')).toBe('#main');
    expect(page.all('main#main')).toHaveLength(1);
    expect(page.all('header nav[aria-label]')).toHaveLength(1);
    expect(page.all('footer')).toHaveLength(1);
    expect(page.all('h1')).toHaveLength(1);
  });

  it.each(allPages.map((p) => [p.file.slice(dist.length), p.page] as const))(
    '%s has only small inline scripts: theme, search loader, offline status, and term preview where it links to the glossary',
    (file, page) => {
      const inline = page.all('script:not([src]):not([type="application/ld+json"])');
      const kinds = inline.map((script) => {
        const code = toText(script);
        expect(gzipSync(code, { level: 9 }).length, code.slice(0, 40)).toBeLessThanOrEqual(1024);
        return code.includes('atlas-theme') ? 'theme' : code.includes('data-search-open') ? 'search' : code.includes('serviceWorker') ? 'offline' : code.includes('term-preview') ? 'preview' : 'unknown';
      });
      const termLinks = page.all('a.term');
      expect(kinds.sort()).toEqual(['offline', ...(termLinks.length > 0 ? ['preview'] : []), 'search', 'theme']);
      expect(page.all('script[src]').map((s) => String(s.properties?.src).replace(/-[A-Z0-9]+\.js$/, '.js'))).toEqual(
        file === '/search/index.html' ? ['/_search/search-page.js'] : [],
      );
      for (const link of termLinks) {
        const describedBy = String(link.properties?.ariaDescribedBy);
        expect(page.all(`[id="${describedBy}"]`), `${describedBy} must be on the page`).toHaveLength(1);
      }
    },
  );

  it.each(allPages.map((p) => [p.file.slice(dist.length), p.page] as const))('%s has headings in order', (_file, page) => {
    const levels = page.all('h1, h2, h3, h4, h5, h6').map((h) => Number(h.tagName[1]));
    levels.forEach((level, index) => {
      const previous = index === 0 ? 0 : levels[index - 1]!;
      expect(level - previous, `heading ${index + 1} jumps from h${previous} to h${level}`).toBeLessThanOrEqual(1);
    });
  });

  it('has unique heading ids on every page', () => {
    for (const { file, page } of allPages) {
      const ids = page.all('[id]').map((el) => String(el.properties?.id));
      expect(new Set(ids).size, file).toBe(ids.length);
    }
  });
});

describe('the five study pages', () => {
  it('exist at their agreed URLs and nowhere else', () => {
    expect(readdirSync(join(dist, 'studies')).filter((name) => name !== 'index.html').sort()).toEqual(
      Object.values(studyUrls).map((url) => url.split('/')[2]).sort(),
    );
  });

  it.each(studyPages.map((s) => [s.url, s] as const))('%s: title, descriptive-title note, metadata panel', (_url, { file, page }) => {
    const h1 = page.text('h1');
    expect(page.text('title')).toBe(`${h1} · Vietnam Trafficking Studies Atlas`);
    expect(page.text('.study-header')).toContain('Descriptive title: the source states no title');
    const meta = page.text('.meta-panel');
    expect(meta).toContain(file);
    expect(meta).toMatch(/Year of publication not stated in the source/);
    expect(meta).toMatch(/Institution not stated in the source/);
    expect(meta).toMatch(/DOI not stated in the source/);
    expect(meta).toMatch(/Rights not stated in the source/);
    expect(page.attr('.meta-panel a[href$=".txt"]', 'href')).toBe(`/sources/${file}`);
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
