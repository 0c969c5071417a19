/**
 * The studies index of a built atlas as a reader meets it: each listing (an order, or a filter)
 * is a series of static pages joined by their "next" links. What each listing should hold is
 * worked out here from the content, independently of the engine's own code.
 */
import type { Element } from 'hast';
import { studiesListingPath, type StudyListing } from '../../src/lib/atlas/routes.ts';
import type { CheckedStudy } from '../../src/lib/checks/content-check.ts';
import { pick } from '../../src/lib/model/localized-text.ts';
import type { BuiltAtlas } from './atlases.ts';
import { Page } from './site.ts';

export interface ListingPage {
  path: string;
  page: Page;
}

/** A page path in an interface language: `/studies/` → `/id/studies/` for a later language. */
export function inLanguage(build: BuiltAtlas, lang: string, path: string): string {
  return lang === build.atlas.config.languages.interface[0] ? path : `/${lang}${path}`;
}

/** The path of a listing's page in `lang`. */
export function listingPath(build: BuiltAtlas, lang: string, listing: StudyListing, page = 1): string {
  return inLanguage(build, lang, studiesListingPath(build.atlas.config.studies.route, listing, page));
}

/** Every page of a listing, from its first, following `rel="next"` (at most `limit` pages). */
export function listingPages(build: BuiltAtlas, lang: string, listing: StudyListing, limit = 1000): ListingPage[] {
  const pages: ListingPage[] = [];
  let path: string | undefined = listingPath(build, lang, listing);
  while (path !== undefined) {
    if (pages.length >= limit) throw new Error(`${listingPath(build, lang, listing)}: more than ${limit} pages`);
    const page = Page.load(path, build.dist);
    pages.push({ path, page });
    const next = page.all('nav.pagination a[rel="next"]')[0]?.properties?.href;
    path = next === undefined ? undefined : String(next);
  }
  return pages;
}

/** The study links of a page's table, in order. */
export const rowLinks = (page: Page) => page.all('table.studies-table tbody th[scope="row"] a').map((a) => String(a.properties?.href));

const titleIn = (study: CheckedStudy, lang: string) => pick(study.data.title, lang).text;

/** The published studies in the atlas's order (`studies.order`) for a reader of `lang`. */
export function atlasOrder(build: BuiltAtlas, lang: string): CheckedStudy[] {
  const studies = [...build.content.studies];
  return build.atlas.config.studies.order === 'title'
    ? studies.sort((a, b) => titleIn(a, lang).localeCompare(titleIn(b, lang), lang))
    : studies.sort((a, b) => a.data.source.file.localeCompare(b.data.source.file));
}

/** The listings the index should have, each with its studies in order. */
export function expectedListings(build: BuiltAtlas, lang: string): { listing: StudyListing; studies: CheckedStudy[] }[] {
  const atlas = atlasOrder(build, lang);
  const { config } = build.atlas;
  const orders: { listing: StudyListing; studies: CheckedStudy[] }[] = [{ listing: { order: 'atlas' }, studies: atlas }];
  if (config.studies.order !== 'title') {
    orders.push({ listing: { order: 'title' }, studies: [...atlas].sort((a, b) => titleIn(a, lang).localeCompare(titleIn(b, lang), lang)) });
  }
  if (atlas.some((s) => s.data.source.year !== undefined)) {
    // Newest first, the studies whose source states no year last, ties in the atlas's order.
    const stated = atlas.filter((s) => s.data.source.year !== undefined);
    const years = [...new Set(stated.map((s) => s.data.source.year!))].sort((a, b) => b - a);
    orders.push({
      listing: { order: 'year' },
      studies: [...years.flatMap((year) => stated.filter((s) => s.data.source.year === year)), ...atlas.filter((s) => s.data.source.year === undefined)],
    });
  }
  const kinds = config.kinds
    .map((kind) => ({ listing: { filter: 'kind', value: kind.id } as StudyListing, studies: atlas.filter((s) => s.data.kind === kind.id) }))
    .filter((l) => l.studies.length > 0);
  const languages = [...new Set(atlas.flatMap((s) => s.data.languages))].map((code) => ({
    listing: { filter: 'language', value: code } as StudyListing,
    studies: atlas.filter((s) => s.data.languages.includes(code)),
  }));
  return [...orders, ...kinds, ...languages];
}

/** Bytes of an element's HTML as the page has it. */
export function elementBytes(page: Page, element: Element): number {
  const { start, end } = element.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined) throw new Error(`<${element.tagName}> has no position in the source`);
  return Buffer.byteLength(page.source.slice(start.offset, end.offset));
}

/** Bytes of the HTML of every element `selector` matches. */
export function bytesOf(page: Page, selector: string): number {
  return page.all(selector).reduce((sum, element) => sum + elementBytes(page, element), 0);
}
