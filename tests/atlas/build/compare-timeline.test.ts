/** The comparison and the timeline: every cell and event leads to an existing passage, in the sources' words; the comparison's weight stays bounded. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { dist, Page } from '../../support/site.ts';
import { studyUrls } from '../real.ts';

describe('/compare/', () => {
  const page = Page.load('/compare/');

  it('sets the five studies side by side on the eight rows, on one page (five a page, the default)', () => {
    expect(page.all('table.compare-table thead th a').map((a) => a.properties?.href)).toEqual(Object.values(studyUrls));
    expect(page.all('table.compare-table tbody th').map((th) => toText(th))).toEqual([
      'Question', 'Period studied', 'Frameworks', 'Main actors', 'Method', 'Findings', 'Challenges', 'Recommendations',
    ]);
    expect(page.all('table.compare-table tbody tr').every((tr) => tr.children.filter((c) => c.type === 'element' && c.tagName === 'td').length === 5)).toBe(true);
    expect(page.all('nav.compare-pages')).toHaveLength(0);
    expect(existsSync(join(dist, 'compare', 'page'))).toBe(false);
  });

  it('links each stated cell to its passage on the study page, and marks the rest not stated', () => {
    const links = page.all('.compare-link a').map((a) => String(a.properties?.href));
    expect(links.length).toBeGreaterThan(30);
    for (const link of links) expect(link).toMatch(/^\/studies\/[a-z0-9-]+\/#(overview-[a-z]+|about-the-source)$/);
    expect(page.text('table.compare-table')).toContain('not stated in the source');
  });
});

/**
 * The weight of a page of /compare/, whatever the number of studies. A page is its chrome (the
 * frame, the lead, the picker, the page navigation, the scripts) and, for each study it sets
 * side by side, that study's column (its cells) and the definitions of the terms the column
 * links to; it holds at most `compareColumns` (K) studies, each once. So its bytes are at most
 * chrome + the K heaviest columns with their definitions, and do not depend on how many studies
 * the atlas has: that bound must stay within 150 KB. (Chrome + K × the heaviest column is looser
 * and does not hold here: the heaviest column, UNICEF's, with 74 quotes in the study's words,
 * weighs about 47 KB, and five of it would make 250 KB; a page never shows a study twice.)
 */
describe('the weight of /compare/', () => {
  const LIMIT = 150 * 1024;
  const K = 5;
  const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
  /** The cells of a study's column in a page's HTML (cells hold no cells). */
  const cellsOf = (html: string, slug: string) => [...html.matchAll(new RegExp(`<(td|th)\\b[^>]*data-studies="${slug}"[^>]*>[\\s\\S]*?</\\1>`, 'g'))].map((m) => m[0]);
  const cellBytes = (html: string, slug: string) => cellsOf(html, slug).reduce((sum, cell) => sum + bytes(cell), 0);
  const definitions = (html: string) => new Map([...html.matchAll(/<p id="(term-def-[^"]+)"[\s\S]*?<\/p>/g)].map((m) => [m[1]!, bytes(m[0])]));
  const definitionBytes = (html: string) => [...definitions(html).values()].reduce((sum, n) => sum + n, 0);

  it.each(['', '/id'])('keeps the page within 150 KB for any K studies: chrome + the K heaviest columns (%s)', (prefix) => {
    const source = readFileSync(join(dist, prefix, 'compare', 'index.html'), 'utf8');
    const slugs = Object.values(studyUrls).map((url) => url.split('/')[2]!);
    const carried = definitions(source);
    // A column weighs its cells and the definitions of the terms they link to.
    const columns = slugs.map((slug) => {
      const cells = cellsOf(source, slug);
      const terms = new Set(cells.flatMap((cell) => [...cell.matchAll(/aria-describedby="([^"]+)"/g)].map((m) => m[1]!)));
      return { slug, bytes: cellBytes(source, slug) + [...terms].reduce((sum, id) => sum + (carried.get(id) ?? 0), 0) };
    });
    const chrome = bytes(source) - slugs.reduce((sum, slug) => sum + cellBytes(source, slug), 0) - definitionBytes(source);
    const heaviest = [...columns].sort((a, b) => b.bytes - a.bytes);
    const bound = chrome + heaviest.slice(0, K).reduce((sum, c) => sum + c.bytes, 0);
    expect(chrome).toBeLessThan(30 * 1024);
    expect(bytes(source)).toBeLessThanOrEqual(bound);
    expect(bound, `chrome ${chrome} + ${heaviest.map((c) => `${c.slug} ${c.bytes}`).join(', ')}`).toBeLessThanOrEqual(LIMIT);
  });
});

describe('/timeline/', () => {
  const page = Page.load('/timeline/');

  it('lists events year by year, in order', () => {
    const years = page.all('main h2').map((h) => Number(toText(h)));
    expect(years.length).toBeGreaterThan(10);
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it('shows each study’s own words, in Indonesian, linked to the study', () => {
    const quotes = page.all('.timeline-mentions blockquote[lang="id"]');
    expect(quotes.length).toBeGreaterThan(30);
    for (const link of page.all('.timeline-mentions > li > a')) expect(Object.values(studyUrls)).toContain(link.properties?.href);
    const quoteLinks = page.all('.timeline-mentions blockquote a');
    expect(quoteLinks.length).toBe(quotes.length);
    for (const link of quoteLinks) {
      // Each quote links to the passage of the study that holds it.
      const [path, fragment] = String(link.properties?.href).split('#');
      expect(Object.values(studyUrls)).toContain(path);
      expect(fragment).toMatch(/^p-[0-9a-z]+(-\d+)?(:~:text=.+)?$/);
    }
  });

  it('lets the reader narrow the events to each of the four studies it quotes, named by their short titles, with their counts', () => {
    const labels = page.all('form[data-study-filter] label').map((label) => toText(label).replace(/\s+/g, ' ').trim());
    expect(labels).toHaveLength(4);
    expect(labels.some((label) => label.startsWith('Vietnam’s anti-trafficking strategy'))).toBe(false);
    expect(labels).toContain('Vietnamese child trafficking in the UK (8 events)');
    expect(labels).toContain('IOM’s obstacles against trafficking in Vietnam (1 event)');
  });

  it('indexes its years in decades, from the 1950s to the 2020s', () => {
    expect(page.all('.year-index-decade').map((d) => toText(d))).toEqual(['1950s', '1970s', '1980s', '1990s', '2000s', '2010s', '2020s']);
    expect(page.text('nav.year-index')).toMatch(/^Jump to a year/);
  });

  it('shows both dates where a study contradicts itself (UNICEF in Vietnam since 1952 and since 1975)', () => {
    expect(page.text('#unicef-south-vietnam-basic-agreement')).toContain('29 August 1952');
    expect(page.text('#unicef-active-since-1975')).toContain('sejak tahun 1975');
    expect(page.text('#unicef-active-since-1975 .timeline-note')).toMatch(/disagrees/);
  });
});
