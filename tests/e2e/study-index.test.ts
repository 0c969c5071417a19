/**
 * The studies index in Chromium: its later pages, orders and filters pass axe in both colour
 * schemes and fit a phone screen, and a reader without JavaScript pages, orders and filters it
 * by following links, seeing where they are by the focus ring and the marked page.
 */
import { describe, expect, it } from 'vitest';
import type { StudyListing } from '../../src/lib/atlas/routes.ts';
import { rootBuilds } from '../support/atlases.ts';
import { axeViolations, focusIsVisible, tabTo, useSiteInChromium } from '../support/harness.ts';
import { urlOf } from '../support/page-types.ts';
import { expectedListings, listingPath } from '../support/study-index.ts';

describe.each(rootBuilds.map((b) => [b.name, b] as const))('the studies index of the %s in Chromium', (_name, build) => {
  const site = useSiteInChromium(build.dist, build.base);
  const size = build.atlas.config.studies.pageSize;
  const listings = expectedListings(build, build.locale);
  // The index's first page is a page type of every gate already (tests/support/page-types.ts): these are the others.
  const paths = [
    ...listings.filter(({ studies }) => studies.length > size).slice(0, 1).map(({ listing }) => listingPath(build, build.locale, listing, 2)),
    ...['title', 'year'].flatMap((order) => listings.filter(({ listing }) => 'order' in listing && listing.order === order).map(({ listing }) => listingPath(build, build.locale, listing))),
    ...(['kind', 'language'] as const).flatMap((filter) => listings.filter(({ listing }) => 'filter' in listing && listing.filter === filter).slice(0, 1).map(({ listing }) => listingPath(build, build.locale, listing))),
    ...build.atlas.config.languages.interface.slice(1).map((lang) => listingPath(build, lang, listings.at(-1)!.listing)),
  ];

  it.each(paths)('%s has no axe violations in either colour scheme and fits a 360 px screen', async (path) => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await site.browser().newPage({ colorScheme: scheme });
      await page.goto(urlOf(site.server().url, path));
      expect(await axeViolations(page), scheme).toEqual([]);
      await page.close();
    }
    const phone = await site.browser().newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    await phone.goto(urlOf(site.server().url, path));
    const widths = await phone.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.width);
    await phone.close();
  });

  it('pages, orders and filters without JavaScript, by links', async () => {
    const context = await site.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const at = (listing: StudyListing, n = 1) => urlOf(site.server().url, listingPath(build, build.locale, listing, n));
    await page.goto(at({ order: 'atlas' }));
    const atlas = listings.find(({ listing }) => 'order' in listing && listing.order === 'atlas')!;
    if (atlas.studies.length > size) {
      await Promise.all([page.waitForURL(at({ order: 'atlas' }, 2)), page.locator('nav.pagination a[rel="next"]').click()]);
      await expect(page.locator('nav.pagination a[aria-current="page"]').textContent()).resolves.toBe('2');
      await Promise.all([page.waitForURL(at({ order: 'atlas' })), page.locator('nav.pagination a[rel="prev"]').click()]);
    }
    const other = listings.find(({ listing }) => 'order' in listing && listing.order !== 'atlas');
    if (other) {
      await Promise.all([page.waitForURL(at(other.listing)), page.locator(`nav.listing-controls a[href="${listingPath(build, build.locale, other.listing)}"]`).click()]);
      await expect(page.locator('table.studies-table tbody th a').first().getAttribute('href')).resolves.toBe(build.routes.study(other.studies[0]!.slug));
    }
    const kind = listings.find(({ listing }) => 'filter' in listing && listing.filter === 'kind')!;
    await Promise.all([page.waitForURL(at(kind.listing)), page.locator(`nav.listing-controls a[href="${listingPath(build, build.locale, kind.listing)}"]`).click()]);
    await expect(page.locator('table.studies-table tbody tr').count()).resolves.toBe(Math.min(size, kind.studies.length));
    await context.close();
  });

  it('shows where the keyboard is on the order, filter and page links', async () => {
    const page = await site.browser().newPage();
    await page.goto(urlOf(site.server().url, build.routes.studies()));
    await tabTo(page, (el) => el.tag === 'A' && el.href === listingPath(build, build.locale, listings.find(({ listing }) => 'filter' in listing)!.listing));
    expect(await focusIsVisible(page)).toBe(true);
    if (listings[0]!.studies.length > size) {
      await tabTo(page, (el) => el.tag === 'A' && el.href === listingPath(build, build.locale, { order: 'atlas' }, 2), 200);
      expect(await focusIsVisible(page)).toBe(true);
    }
    await page.close();
  });
});
