/**
 * The project atlas's Pagefind index, queried from Node: queries taken from the sources, in
 * English and Indonesian, each asserting the pages a reader expects; its filters, metadata and
 * sorting. (What every atlas's index must do is in tests/build/search-index.test.ts.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPagefind, urlsFor, type NodePagefind } from '../../support/pagefind-node.ts';
import { dist } from '../../support/site.ts';

let pagefind: NodePagefind;

beforeAll(async () => {
  ({ pagefind } = await loadPagefind(dist));
});

const S000 = '/studies/vietnam-anti-trafficking-strategy/';
const S001 = '/studies/vietnam-child-trafficking-uk/';
const S002 = '/studies/unicef-child-trafficking-vietnam/';
const S003 = '/studies/actip-wc-effectiveness-vietnam/';
const S004 = '/studies/iom-human-trafficking-vietnam/';

/** Query → pages that must be among the results (from what the sources say). */
const EXPECTED: [string, string[]][] = [
  ['Doi Moi', [S001]],
  ['keamanan manusia', [S001, S002, '/glossary/human-security/']],
  ['Human Development Report', [S001, S002, '/glossary/human-development-report-1994/']],
  ['child marriage', [S002, '/glossary/child-marriage/']],
  ['pernikahan dini', [S002]],
  ['poverty', [S004]],
  ['kemiskinan', [S002, S004]],
  // 000's English abstract and 001's overview say "law enforcement"; 004 says "aparat hukum" (legal apparatus).
  ['law enforcement', [S000, S001]],
  ['aparat hukum', [S004]],
  ['Arild Underdal', [S003, '/glossary/regime-effectiveness/']],
  ['ACTIP-WC', [S003, S002]],
  ['UN-ACT', [S001]],
  ['66/2011/QH12', [S002]],
  ['Steering Committee 138', [S001]],
  ['Pacific Links Foundation', [S001]],
  ['Morgenthau', [S001, '/glossary/national-interest/']],
  ['Jacobson', [S002]],
  ['Tier 2', [S001, S002]],
  ['lembaga swadaya masyarakat', [S000]],
  ['739', [S001, S004]],
];

describe('search index queried from Node', () => {
  it.each(EXPECTED)('"%s" finds the expected pages', async (query, expected) => {
    const urls = await urlsFor(pagefind, query);
    for (const url of expected) expect(urls, `${query} → ${url}`).toContain(url);
  });

  it('indexes only studies and glossary entries (no index pages, search page or 404)', async () => {
    const urls = await urlsFor(pagefind, null, { filters: {} });
    expect(urls.length).toBe(44);
    expect(urls.every((url) => url.startsWith('/studies/') || url.startsWith('/glossary/'))).toBe(true);
    expect(urls).not.toContain('/studies/');
    expect(urls).not.toContain('/glossary/');
  });

  it('indexes what a reader sees in the article, not the chrome around it', async () => {
    const search = await pagefind.search(null, { filters: { type: 'study' } });
    const pages = await Promise.all(search!.results.map((result) => result.data()));
    const study = pages.find((page) => page.url === S000)!;
    for (const chrome of ['Skip to main content', 'Code licensed under', 'plain text as received', 'Descriptive title', 'Written for this atlas', 'About the source', 'Year of publication']) {
      expect(study.content, chrome).not.toContain(chrome);
    }
    expect(study.content).toContain('What efforts did the Government of Vietnam make to address human trafficking');
    expect(study.content).toContain('Vietnam sebagai salah satu negara di kawasan ASEAN');
    expect(study.content).toContain('Anti-trafficking strategy');
  });

  it('offers filters for page type, kind, framework, actor and period', async () => {
    const filters = await pagefind.filters();
    expect(filters.type).toEqual({ study: 5, glossary: 39 });
    expect(filters.framework?.['human-security']).toBe(2);
    expect(filters.actor?.unicef).toBe(1);
    expect(filters.kind?.['journal-article']).toBe(2);
    // 002 states three periods, one of them 2017-2021.
    expect(filters.period).toEqual({ '2017-2021': 3, '2017-2020': 1, '2017-2018': 1 });
  });

  it('narrows by filter: human security as a framework → studies 001 and 002', async () => {
    const urls = await urlsFor(pagefind, null, { filters: { framework: 'human-security' } });
    expect(urls.sort()).toEqual([S002, S001].sort());
  });

  it('gives title, kind and period as metadata, and sub-results by heading', async () => {
    const search = await pagefind.search('Kongres Partai Nasional');
    const all = await Promise.all(search!.results.map((result) => result.data()));
    const data = all.find((page) => page.url === S001)!;
    expect(data.meta.title).toBe('Vietnam’s Foreign Policy towards Vietnamese Child Trafficking in the UK, 2017–2021');
    expect(data.meta.kind).toBe('Journal article');
    expect(data.meta.period).toBe('2017-2021');
    expect(data.sub_results.some((sub) => sub.url.includes('#prioritas-kebijakan-pemerintah-vietnam-periode-2017-2021'))).toBe(true);
  });

  it('sorts studies by the start of the period studied', async () => {
    const urls = await urlsFor(pagefind, null, { filters: { type: 'study' }, sort: { period: 'asc' } });
    expect(urls).toHaveLength(3);
    expect(urls.slice(0, 3).every((url) => [S000, S001, S002].includes(url))).toBe(true);
  });

  it('answers odd queries without error', async () => {
    for (const query of ['', 'a'.repeat(10_000), '.*+?^${}()|[]\\', '<script>alert(1)</script>', 'zzzqqqxxx']) {
      await expect(pagefind.search(query)).resolves.not.toThrow;
    }
    expect(await urlsFor(pagefind, 'zzzqqqxxx')).toEqual([]);
  });
});
