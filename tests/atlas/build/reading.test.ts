/** Reading aids on study pages: table of contents, reading time, the case-figure chart. */
import { describe, expect, it } from 'vitest';
import { Page } from '../../support/site.ts';
import { studyUrls } from '../real.ts';

describe('reading aids', () => {
  it.each(Object.values(studyUrls))('%s has a table of contents of its sections and headings, and a reading time', (url) => {
    const page = Page.load(url);
    const targets = page.all('details.toc a').map((a) => String(a.properties?.href));
    expect(targets.slice(0, 2)).toEqual(['#overview', targets[1]]);
    expect(targets).toContain('#text-of-the-study');
    for (const heading of page.all('.study-body h3, .study-body h4')) expect(targets).toContain(`#${String(heading.properties?.id)}`);
    expect(page.text('.reading-time')).toMatch(/^Reading time of the study’s text: about \d+ min\.$/);
  });

  it('draws the 002 case figures as an SVG chart with an accessible name and description, beside the table', () => {
    const page = Page.load(studyUrls['002_66b5fd60abc40bb4.txt']);
    const svg = page.one('.editorial-insert figure.chart svg[role="img"]');
    const [titleId, descId] = ([] as unknown[]).concat(svg.properties?.ariaLabelledBy).map(String).join(' ').split(/[\s,]+/);
    expect(page.text(`#${titleId}`)).toBe('Human-trafficking cases in Vietnam by year, 2017–2020, as the article gives them');
    expect(page.text(`#${descId}`)).toBe('2017: 350 (about); 2018: 420 (about); 2019: 102 (to or by 102?); 2020: 106 (year implied). Source: U.S Departement of State, 2020.');
    expect(page.all('.editorial-insert table')).toHaveLength(1);
    expect(page.text('.chart figcaption')).toContain('U.S Departement of State, 2020');
  });
});
