/** The comparison and the timeline: every cell and event leads to an existing passage, in the sources' words. */
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { Page } from '../../support/site.ts';
import { studyUrls } from '../real.ts';

describe('/compare/', () => {
  const page = Page.load('/compare/');

  it('sets the five studies side by side on the eight rows', () => {
    expect(page.all('table.compare-table thead th a').map((a) => a.properties?.href).sort()).toEqual(Object.values(studyUrls).sort());
    expect(page.all('table.compare-table tbody th').map((th) => toText(th))).toEqual([
      'Question', 'Period studied', 'Frameworks', 'Main actors', 'Method', 'Findings', 'Challenges', 'Recommendations',
    ]);
    expect(page.all('table.compare-table tbody tr').every((tr) => tr.children.filter((c) => c.type === 'element' && c.tagName === 'td').length === 5)).toBe(true);
  });

  it('links each stated cell to its passage on the study page, and marks the rest not stated', () => {
    const links = page.all('.compare-link a').map((a) => String(a.properties?.href));
    expect(links.length).toBeGreaterThan(30);
    for (const link of links) expect(link).toMatch(/^\/studies\/[a-z0-9-]+\/#(overview-[a-z]+|about-the-source)$/);
    expect(page.text('table.compare-table')).toContain('not stated in the source');
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
