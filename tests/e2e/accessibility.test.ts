/**
 * axe-core on every page type, in the light and the dark colour scheme: no violation of
 * WCAG 2.0–2.2 A/AA nor of axe's best-practice rules. And no request leaves the site.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, recordRequests, useSiteInChromium } from './harness.ts';
import { pageTypes, urlOf } from './page-types.ts';

const site = useSiteInChromium();

describe.each(['light', 'dark'] as const)('axe in the %s colour scheme', (scheme) => {
  it.each(pageTypes.map((type) => [type.name, type] as const))('%s has no violations', async (_name, type) => {
    const page = await site.browser().newPage({ colorScheme: scheme });
    await page.goto(urlOf(site.server().url, type.path));
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('network', () => {
  it('loads nothing from another site on any page type', async () => {
    const page = await site.browser().newPage();
    const requests = recordRequests(page);
    for (const type of pageTypes) await page.goto(urlOf(site.server().url, type.path), { waitUntil: 'networkidle' });
    const origin = new URL(site.server().url).origin;
    expect(requests.length).toBeGreaterThan(pageTypes.length);
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    await page.close();
  });
});
