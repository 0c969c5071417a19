/** The glossary of every atlas as built: entries, the index, cross-links and the studies each entry lists. */
import { readFileSync } from 'node:fs';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/ui.ts';
import { htmlFiles } from '../../src/lib/checks/link-check.ts';
import { glossaryKinds } from '../../src/lib/model/vocabulary.ts';
import { sitePathOf } from '../../src/lib/util/paths.ts';
import { rootBuilds } from '../support/atlases.ts';
import { Page } from '../support/site.ts';

describe.each(rootBuilds.map((b) => [b.name, b] as const))('the glossary of the %s', (_name, build) => {
  const { routes, content } = build;
  const ui = t(build.locale);
  const ids = content.glossary.map((entry) => entry.id).sort();
  const pages = htmlFiles(build.dist).map((file) => ({
    url: sitePathOf(file.slice(build.dist.length + 1)),
    page: new Page(readFileSync(file, 'utf8')),
  }));

  it('gives each entry its term, definition, what the studies say, and the studies that use it', () => {
    expect(ids.length).toBeGreaterThan(2);
    for (const id of ids) {
      const page = Page.load(routes.glossaryEntry(id), build.dist);
      expect(page.text('h1').length, id).toBeGreaterThan(1);
      expect(page.text('title'), id).toBe(`${page.text('h1')} · ${build.title}`);
      expect(page.text('.lead').length, id).toBeGreaterThan(20);
      expect(page.all('.entry-body h2').map((h) => toText(h).trim()), id).toContain(ui['glossary.studiesSay']);
      const usedIn = page.text('section[aria-labelledby="used-in"]');
      expect(usedIn, id).toMatch(new RegExp(`${ui['glossary.usedIn.applies']}|${ui['glossary.usedIn.mentions']}`));
      expect(page.all(`section[aria-labelledby="used-in"] a[href^="/${build.atlas.config.studies.route}/"]`).length, id).toBeGreaterThan(0);
    }
  });

  it('never links an entry to itself', () => {
    for (const id of ids) expect(Page.load(routes.glossaryEntry(id), build.dist).all(`.entry-body a[href="${routes.glossaryEntry(id)}"]`), id).toHaveLength(0);
  });

  it('reaches every entry from the index and links it from at least one other page', () => {
    const index = Page.load(routes.glossary(), build.dist).all('main a').map((a) => a.properties?.href);
    for (const id of ids) {
      const url = routes.glossaryEntry(id);
      expect(index, id).toContain(url);
      const linkedFrom = pages.filter(({ url: from, page }) => from !== routes.glossary() && from !== url && page.all(`main a[href="${url}"]`).length > 0);
      expect(linkedFrom.length, `${id} is linked from no page but the index`).toBeGreaterThan(0);
    }
  });

  it('groups the index by kind, A–Z, each entry with its short definition', () => {
    const page = Page.load(routes.glossary(), build.dist);
    const kinds = glossaryKinds.filter((kind) => content.glossary.some((entry) => entry.data.kind === kind));
    expect(page.all('main h2').map((h) => toText(h).trim())).toEqual(kinds.map((kind) => ui[`glossary.kind.${kind}`]));
    for (const kind of kinds) {
      const terms = page.all(`section[aria-labelledby="${kind}"] dt a`).map((a) => toText(a).trim());
      expect(terms.length).toBeGreaterThan(0);
      expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, build.locale)));
      expect(page.all(`section[aria-labelledby="${kind}"] dd`)).toHaveLength(terms.length);
    }
  });

  it('links the glossary lists of each study (frameworks, themes, …) to their entries', () => {
    for (const study of content.studies) {
      const page = Page.load(routes.study(study.slug), build.dist);
      for (const list of build.atlas.config.studies.glossaryLists) {
        for (const id of study.data.lists[list.field] ?? []) {
          expect(page.all(`.meta-panel a.term[href="${routes.glossaryEntry(id)}"]`), `${study.slug} ${list.field} ${id}`).toHaveLength(1);
        }
      }
    }
  });
});
