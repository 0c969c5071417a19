/**
 * The timeline of every atlas lets the reader choose studies (one box a study, tied to exactly
 * that study's events), and its year index links to every year it shows. What the choice does
 * in a browser: tests/atlas/e2e/compare-timeline.test.ts. /compare/ shows a few studies a page
 * and lets the reader pick them instead: tests/build/compare.test.ts.
 */
import { existsSync } from 'node:fs';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { rootBuilds } from '../support/atlases.ts';
import { Page } from '../support/site.ts';

const value = (input: Element) => String(input.properties?.value);
const studiesOf = (el: Element) => String(el.properties?.dataStudies ?? '').split(' ').filter(Boolean);

describe.each(rootBuilds.map((b) => [b.name, b] as const))('the timeline of the %s', (_name, build) => {
  const { routes, atlas } = build;
  const timeline = existsSync(atlas.layout.timelineFile);

  it.runIf(timeline)('indexes the timeline’s years by decade, each linking to its year’s heading', () => {
    const page = Page.load(routes.timeline(), build.dist);
    const headings = page.all('section.timeline-year > h2');
    expect(page.all('.year-index a').map((a) => a.properties?.href)).toEqual(headings.map((h) => `#${h.properties?.id}`));
    expect(page.all('.year-index a').map((a) => toText(a))).toEqual(headings.map((h) => toText(h)));
    for (const decade of page.all('.year-index > ol > li')) {
      const label = toText(select('.year-index-decade', decade)!);
      for (const year of selectAll('a', decade)) expect(label.startsWith(toText(year).slice(0, 3)), `${toText(year)} under ${label}`).toBe(true);
    }
  });

  it.runIf(timeline)('offers one box for each study the timeline quotes, with its count, tied to exactly the events that quote it', () => {
    const page = Page.load(routes.timeline(), build.dist);
    const events = page.all('article.timeline-event');
    const quoting = (event: Element) => selectAll('.timeline-mentions > li > a', event).map((a) => String(a.properties?.href));
    const labels = page.all('form[data-study-filter] label');
    const slugs = labels.map((label) => value(select('input[name="study"]', label)!));
    expect(new Set(slugs.map((slug) => routes.study(slug)))).toEqual(new Set(events.flatMap(quoting)));
    labels.forEach((label, i) => {
      const slug = slugs[i]!;
      const tied = events.filter((event) => studiesOf(event).includes(slug)).map((e) => e.properties?.id);
      expect(tied).toEqual(events.filter((event) => quoting(event).includes(routes.study(slug))).map((e) => e.properties?.id));
      expect(toText(label)).toMatch(new RegExp(`\\(${tied.length} events?\\)$`));
    });
    // A year, and its place in the index, belongs to the studies of its events, so the filter hides the years it empties.
    for (const section of page.all('section.timeline-year')) {
      const union = new Set(selectAll('article.timeline-event', section).flatMap(studiesOf));
      expect(new Set(studiesOf(section))).toEqual(union);
      const id = String(select('h2', section)!.properties?.id);
      const entry = page.all('.year-index li li').find((li) => select('a', li)?.properties?.href === `#${id}`)!;
      expect(new Set(studiesOf(entry))).toEqual(union);
    }
  });
});
