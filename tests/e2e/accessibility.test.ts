/**
 * axe-core on every page type of every atlas, in the light and the dark colour scheme: no
 * violation of WCAG 2.0–2.2 A/AA nor of axe's best-practice rules. No request leaves the site,
 * and no page type scrolls sideways on a narrow phone screen.
 */
import { describe, expect, it } from 'vitest';
import { rootBuilds } from '../support/atlases.ts';
import { axeViolations, recordRequests, useSiteInChromium } from '../support/harness.ts';
import { pageTypesOf, urlOf } from '../support/page-types.ts';

describe.each(rootBuilds.map((b) => [b.name, b] as const))('the %s in Chromium', (_name, build) => {
  const site = useSiteInChromium(build.dist, build.base);
  const pageTypes = pageTypesOf(build);

  describe.each(['light', 'dark'] as const)('axe in the %s colour scheme', (scheme) => {
    it.each(pageTypes.map((type) => [type.name, type] as const))('%s has no violations', async (_type, type) => {
      const page = await site.browser().newPage({ colorScheme: scheme });
      await page.goto(urlOf(site.server().url, type.path));
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  });

  it('loads nothing from another site on any page type', async () => {
    const page = await site.browser().newPage();
    const requests = recordRequests(page);
    for (const type of pageTypes) await page.goto(urlOf(site.server().url, type.path), { waitUntil: 'networkidle' });
    const origin = new URL(site.server().url).origin;
    expect(requests.length).toBeGreaterThan(pageTypes.length);
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    await page.close();
  });

  describe('a narrow phone screen (360 × 740)', () => {
    it.each(pageTypes.map((type) => [type.name, type] as const))('%s: no horizontal scrolling, readable text', async (_type, type) => {
      const page = await site.browser().newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
      const response = await page.goto(urlOf(site.server().url, type.path));
      expect(response?.status()).toBe(type.status);
      const layout = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        width: window.innerWidth,
        smallestBodyText: Math.min(
          ...[...document.querySelectorAll('main p, main li, main dd, main td')].map((el) => parseFloat(getComputedStyle(el).fontSize)),
        ),
      }));
      expect(layout.scrollWidth, 'page is wider than the screen').toBeLessThanOrEqual(layout.width);
      expect(layout.smallestBodyText).toBeGreaterThanOrEqual(14);
      await page.close();
    });
  });
});
