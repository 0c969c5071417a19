/**
 * Pages that grow with the corpus stay small and usable: the home page shows a bounded number
 * of studies and links to the index; the index (`/studies/`) is paginated, with orders and
 * filters that are static pages reached by links (no JavaScript), in every interface language.
 * The mini atlas sets a page size of 2 and 2 cards on the home page, so its 3 studies exercise
 * both.
 */
import { statSync } from 'node:fs';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { parseAtlasConfig } from '../../src/lib/atlas/load.ts';
import type { StudyListing } from '../../src/lib/atlas/routes.ts';
import { t } from '../../src/i18n/ui.ts';
import { languageName } from '../../src/lib/model/languages.ts';
import { pick } from '../../src/lib/model/localized-text.ts';
import { MINI_ATLAS_DIR, rootBuilds, type BuiltAtlas } from '../support/atlases.ts';
import { fileFor, Page } from '../support/site.ts';
import { atlasOrder, bytesOf, elementBytes, expectedListings, inLanguage, listingPages, listingPath, rowLinks } from '../support/study-index.ts';

/** The defaults an atlas gets when its site.config.ts leaves the settings out. */
const mini = (await import(`${MINI_ATLAS_DIR}/site.config.ts`)).default as Record<string, any>;
const defaults = parseAtlasConfig({ ...mini, home: undefined, studies: { ...mini.studies, pageSize: undefined } }, 'site.config.ts').config!;
const DEFAULT_PAGE_SIZE = defaults.studies.pageSize;
const DEFAULT_HOME_STUDIES = defaults.home.studies;

const KB = 1024;
const HOME_LIMIT = 60 * KB;
const LISTING_LIMIT = 250 * KB;

const describeListing = (listing: StudyListing) => ('filter' in listing ? `${listing.filter} ${listing.value}` : `order ${listing.order}`);

describe('the defaults', () => {
  it('show 6 studies on the home page and 50 rows a page of the index', () => {
    expect(DEFAULT_HOME_STUDIES).toBe(6);
    expect(DEFAULT_PAGE_SIZE).toBe(50);
  });
});

describe.each(rootBuilds.map((b) => [b.name, b] as const))('the studies index of the %s', (_name, build) => {
  const { config } = build.atlas;
  const size = config.studies.pageSize;
  const languages = config.languages.interface;
  const study = (lang: string, slug: string) => inLanguage(build, lang, build.routes.study(slug));
  const cases = languages.flatMap((lang) => expectedListings(build, lang).map((expected) => ({ lang, ...expected })));

  it('has the listings it should: the atlas order, the other orders, each kind and each language of the texts', () => {
    expect(cases.length).toBeGreaterThanOrEqual(languages.length * 3);
    for (const lang of languages) {
      const controls = Page.load(inLanguage(build, lang, build.routes.studies()), build.dist)
        .all('nav.listing-controls a')
        .map((a) => String(a.properties?.href));
      const listed = expectedListings(build, lang).map(({ listing }) => listingPath(build, lang, listing));
      // Every listing is linked from the index, and the index links to no other listing.
      expect(controls.filter((href) => href !== inLanguage(build, lang, build.routes.studies())).sort()).toEqual(listed.filter((p) => p !== inLanguage(build, lang, build.routes.studies())).sort());
    }
  });

  it('lists every study of each listing exactly once across its pages, in the listing’s order, at most a page size a page', () => {
    for (const { lang, listing, studies } of cases) {
      const pages = listingPages(build, lang, listing);
      const where = `${lang}: ${describeListing(listing)}`;
      expect(pages, where).toHaveLength(Math.max(1, Math.ceil(studies.length / size)));
      pages.forEach(({ path, page }, index) => {
        expect(path, where).toBe(listingPath(build, lang, listing, index + 1));
        expect(rowLinks(page).length, path).toBeLessThanOrEqual(size);
        expect(rowLinks(page).length, path).toBeGreaterThan(0);
      });
      expect(pages.flatMap(({ page }) => rowLinks(page)), where).toEqual(studies.map((s) => study(lang, s.slug)));
    }
  });

  it('lists on a filter page exactly the studies of that kind or language, and its link gives their number', () => {
    for (const { lang, listing, studies } of cases.filter((c) => 'filter' in c.listing)) {
      if (!('filter' in listing)) continue;
      const matching = build.content.studies.filter((s) => (listing.filter === 'kind' ? s.data.kind === listing.value : s.data.languages.includes(listing.value)));
      const listed = listingPages(build, lang, listing).flatMap(({ page }) => rowLinks(page));
      expect(listed.sort(), describeListing(listing)).toEqual(matching.map((s) => study(lang, s.slug)).sort());
      expect(studies).toHaveLength(matching.length);
      const index = Page.load(inLanguage(build, lang, build.routes.studies()), build.dist);
      const link = index.one(`nav.listing-controls a[href="${listingPath(build, lang, listing)}"]`);
      expect(index.text(`nav.listing-controls a[href="${listingPath(build, lang, listing)}"]`)).toMatch(new RegExp(`\\(${matching.length}\\)$`));
      expect(link.properties?.ariaCurrent).toBeUndefined();
    }
  });

  it('marks the current page in the pagination, links the others, previous and next, and leaves out the pagination of a one-page listing', () => {
    for (const { lang, listing } of cases) {
      const pages = listingPages(build, lang, listing);
      pages.forEach(({ path, page }, index) => {
        const navs = page.all('nav.pagination');
        if (pages.length === 1) {
          expect(navs, path).toHaveLength(0);
          return;
        }
        expect(navs, path).toHaveLength(1);
        expect(navs[0]!.properties?.ariaLabel, path).toBe(t(lang)['studies.pages']);
        const current = page.all('nav.pagination a[aria-current="page"]');
        expect(current, path).toHaveLength(1);
        expect(current[0]!.properties?.href, path).toBe(path);
        expect(page.text('nav.pagination a[aria-current="page"]'), path).toBe(String(index + 1));
        const numbered = page.all('nav.pagination a[aria-label]').map((a) => String(a.properties?.href));
        expect(numbered, path).toContain(listingPath(build, lang, listing, 1));
        expect(numbered, path).toContain(listingPath(build, lang, listing, pages.length));
        expect(page.all('nav.pagination a[rel="prev"]').map((a) => a.properties?.href), path).toEqual(index > 0 ? [pages[index - 1]!.path] : []);
        expect(page.all('nav.pagination a[rel="next"]').map((a) => a.properties?.href), path).toEqual(index < pages.length - 1 ? [pages[index + 1]!.path] : []);
      });
    }
  });

  it('names the listing and the page in the title and the heading, in the page’s language', () => {
    for (const { lang, listing } of cases) {
      const ui = t(lang);
      const name =
        'filter' in listing
          ? listing.filter === 'kind'
            ? ui['studies.title.kind'](pick(config.kinds.find((k) => k.id === listing.value)!.label, lang, config.languages.required).text)
            : ui['studies.title.language'](languageName(listing.value, lang))
          : { atlas: ui['studies.title'], title: ui['studies.title.byTitle'], year: ui['studies.title.byYear'] }[listing.order];
      const pages = listingPages(build, lang, listing);
      pages.forEach(({ path, page }, index) => {
        const heading = pages.length > 1 ? ui['studies.title.page'](name, index + 1, pages.length) : name;
        expect(page.text('h1'), path).toBe(heading);
        expect(page.text('title').startsWith(`${heading} · `), path).toBe(true);
        // The order or filter shown is marked among the controls: as the page on its first page.
        const marked = page.all('nav.listing-controls a[aria-current]');
        expect(marked.map((a) => [a.properties?.href, a.properties?.ariaCurrent]), path).toEqual([[listingPath(build, lang, listing), index === 0 ? 'page' : 'true']]);
      });
    }
  });

  it('shows at most home.studies studies on the home page, the first in the atlas’s order, and links to the index when there are more', () => {
    for (const lang of languages) {
      const home = Page.load(inLanguage(build, lang, build.routes.home()), build.dist);
      const all = atlasOrder(build, lang);
      const shown = all.slice(0, config.home.studies);
      expect(home.all('.study-card h3 a').map((a) => a.properties?.href)).toEqual(shown.map((s) => study(lang, s.slug)));
      const allLink = home.all('section[aria-labelledby="the-studies"] a').filter((a) => a.properties?.href === inLanguage(build, lang, build.routes.studies()));
      expect(allLink.length).toBe(all.length > shown.length ? 1 : 0);
      if (all.length > shown.length) expect(home.text('.all-studies a')).toBe(`${t(lang)['home.studies.all'](all.length)} →`);
    }
  });

  it('keeps the home page under 60 KB and every listing page under 250 KB, whatever the number of studies', () => {
    // Home: everything but the cards is the same at any number of studies (the chrome), and it
    // shows at most home.studies cards. So chrome + the largest card × the number of cards
    // (the configured one or the default, whichever is larger) bounds it at any size.
    for (const lang of languages) {
      const file = fileFor(inLanguage(build, lang, build.routes.home()), build.dist);
      const home = Page.load(inLanguage(build, lang, build.routes.home()), build.dist);
      const bytes = statSync(file).size;
      expect(bytes).toBeLessThanOrEqual(HOME_LIMIT);
      const cards = home.all('.study-card').map((card) => elementBytes(home, card));
      const chrome = bytes - cards.reduce((a, b) => a + b, 0);
      const bound = chrome + Math.max(...cards) * Math.max(config.home.studies, DEFAULT_HOME_STUDIES);
      expect(bound, `home (${lang}): ${chrome} B of chrome, up to ${Math.max(...cards)} B a card`).toBeLessThanOrEqual(HOME_LIMIT);
    }
    // A listing page: its table's rows and the definitions of the glossary terms they link
    // (one per term, however many rows link it) grow with the page size; the rest does not (the
    // header; the controls, which list the atlas's orders, kinds and languages; the pagination,
    // at most 7 numbers). So the largest chrome + the page size (the configured one or the
    // default, whichever is larger) × the largest row + as many of the largest definition as a
    // page can link (rows × the most terms a row links, and never more than the glossary has
    // entries) bounds every listing page at any number of studies.
    let chrome = 0;
    let perRow = 0;
    let perDefinition = 0;
    let termsPerRow = 0;
    for (const { lang, listing } of cases) {
      for (const { path, page } of listingPages(build, lang, listing)) {
        const bytes = statSync(fileFor(path, build.dist)).size;
        expect(bytes, path).toBeLessThanOrEqual(LISTING_LIMIT);
        const rows = page.all('table.studies-table tbody tr');
        const definitions = page.all('.term-definitions > [id]');
        chrome = Math.max(chrome, bytes - bytesOf(page, 'table.studies-table tbody tr') - bytesOf(page, '.term-definitions'));
        perRow = Math.max(perRow, ...rows.map((row) => elementBytes(page, row)));
        perDefinition = Math.max(perDefinition, bytesOf(page, '.term-definitions') / Math.max(1, definitions.length));
        termsPerRow = Math.max(termsPerRow, ...rows.map((row) => new Set(selectAll('a.term', row).map((a) => String(a.properties?.href))).size));
      }
    }
    const rows = Math.max(size, DEFAULT_PAGE_SIZE);
    const bound = chrome + rows * perRow + Math.min(build.content.glossary.length, rows * termsPerRow) * perDefinition;
    const reasoning = `${chrome} B of chrome, up to ${perRow} B a row, ${termsPerRow} terms a row, ${Math.round(perDefinition)} B a definition`;
    expect(bound, reasoning).toBeLessThanOrEqual(LISTING_LIMIT);
  });
});

describe.each(rootBuilds.map((b) => [b.name, b] as const))('the routes of the studies index of the %s', (_name, build: BuiltAtlas) => {
  it('gives each page of each listing its own folder', () => {
    for (const { listing, studies } of expectedListings(build, build.locale)) {
      const pages = Math.max(1, Math.ceil(studies.length / build.atlas.config.studies.pageSize));
      for (let n = 1; n <= pages; n += 1) expect(() => statSync(fileFor(listingPath(build, build.locale, listing, n), build.dist))).not.toThrow();
      expect(() => statSync(fileFor(listingPath(build, build.locale, listing, pages + 1), build.dist))).toThrow();
    }
  });
});
