/** The paths of the studies index's pages: each listing and page has one, and each path reads back as its listing and page. */
import { describe, expect, it } from 'vitest';
import { listingOfPath, studiesListingPath, type StudyListing } from '../../src/lib/atlas/routes.ts';

const listings: StudyListing[] = [
  { order: 'atlas' },
  { order: 'title' },
  { order: 'year' },
  { filter: 'kind', value: 'journal-article' },
  { filter: 'language', value: 'id' },
];

describe('the paths of the studies index', () => {
  it('puts the atlas order first page at the route, other orders and filters under their own segment, later pages under page/<n>/', () => {
    expect(listings.map((listing) => studiesListingPath('reports', listing))).toEqual([
      '/reports/',
      '/reports/by-title/',
      '/reports/by-year/',
      '/reports/kind/journal-article/',
      '/reports/language/id/',
    ]);
    expect(studiesListingPath('reports', { order: 'atlas' }, 2)).toBe('/reports/page/2/');
    expect(studiesListingPath('reports', { order: 'title' }, 1)).toBe('/reports/by-title/');
    expect(studiesListingPath('reports', { filter: 'kind', value: 'field-report' }, 12)).toBe('/reports/kind/field-report/page/12/');
  });

  it('reads every such path back as its listing and page', () => {
    for (const listing of listings) {
      for (const page of [1, 2, 37]) expect(listingOfPath('reports', studiesListingPath('reports', listing, page))).toEqual({ listing, page });
    }
  });

  it('reads no other path as a page of the index: a study, a citation file, another route, page 1 or 0 spelled out', () => {
    for (const path of ['/reports/some-study/', '/reports/some-study/some-study.bib', '/concepts/', '/reports/page/1/', '/reports/page/0/', '/reports/page/x/', '/reports/by-colour/', '/reports/kind/a/b/']) {
      expect(listingOfPath('reports', path), path).toBeUndefined();
    }
  });
});
