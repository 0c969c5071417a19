/** What reference managers and scholarly search engines read on each study page. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { dist, distBase, Page } from '../../support/site.ts';
import { studyUrls } from '../real.ts';

const meta = (page: Page, name: string) => page.all(`meta[name="${name}"]`).map((m) => String(m.properties?.content));
const theses = ['000_e0eb575146dbde58.txt', '003_2ce81c8634926572.txt', '004_f257738c60c9d1a6.txt'] as const;

describe('citation metadata on study pages', () => {
  it.each(Object.entries(studyUrls))('%s: Highwire tags, item type, JSON-LD, citation files', (file, url) => {
    const page = Page.load(url);
    const thesis = (theses as readonly string[]).includes(file);
    expect(meta(page, 'citation_title')[0]).toBe(`[${page.text('h1')}]`);
    expect(meta(page, 'citation_fulltext_html_url'), 'the site’s URL is unknown').toEqual([]);
    expect(meta(page, 'citation_language')).toEqual(['id']);
    expect(meta(page, 'bibo.type')).toEqual([thesis ? 'Thesis' : 'AcademicArticle']);
    expect(meta(page, 'citation_dissertation_name')).toHaveLength(thesis ? 1 : 0);
    expect(meta(page, 'citation_dissertation_institution'), 'no institution is stated').toEqual([]);
    expect(meta(page, 'citation_publication_date'), 'no year is stated').toEqual([]);
    const jsonLd = JSON.parse(toText(page.one('script[type="application/ld+json"]'))) as Record<string, unknown>;
    expect(jsonLd['@type']).toBe(thesis ? 'Thesis' : 'ScholarlyArticle');
    expect(jsonLd.url).toBeUndefined();
    const slug = url.split('/')[2]!;
    for (const name of [`${slug}.bib`, `${slug}.ris`, `${slug}.json`]) {
      expect(existsSync(join(dist, url, name))).toBe(true);
      expect(page.all(`a[href="${url}${name}"][download]`)).toHaveLength(1);
    }
  });

  it.each(Object.values(studyUrls))('%s, published: gives its full URL', (url) => {
    const page = Page.load(url, distBase);
    expect(meta(page, 'citation_fulltext_html_url')).toEqual([`https://example.org/atlas${url}`]);
    const jsonLd = JSON.parse(toText(page.one('script[type="application/ld+json"]'))) as Record<string, unknown>;
    expect(jsonLd.url).toBe(`https://example.org/atlas${url}`);
  });

  it('gives the journal, volume, issue, pages and author only for 002, where the source states them', () => {
    const page = Page.load(studyUrls['002_66b5fd60abc40bb4.txt']);
    expect(meta(page, 'citation_journal_title')).toEqual(['Sang Pencerah: Jurnal Ilmiah Universitas Muhammadiyah Buton']);
    expect(meta(page, 'citation_volume')).toEqual(['8']);
    expect(meta(page, 'citation_issue')).toEqual(['4']);
    expect([meta(page, 'citation_firstpage')[0], meta(page, 'citation_lastpage')[0]]).toEqual(['924', '938']);
    expect(meta(page, 'citation_author')).toEqual(['Dwi Okta']);
    const other = Page.load(studyUrls['001_c256bad6b951fab0.txt']);
    expect(meta(other, 'citation_journal_title')).toEqual([]);
    expect(meta(other, 'citation_author')).toEqual([]);
  });
});
