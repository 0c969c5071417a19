/**
 * /compare/ in Chromium, for every atlas: without JavaScript, its first page shows the first
 * `studies.compareColumns` studies of the atlas's order and its page navigation leads to the
 * rest; with it, an address picks the studies (at most that many: the rest are left out, and
 * said so), and the picker refuses one more than that. The project atlas's picking by keyboard,
 * removing, and scrolling: tests/atlas/e2e/compare-timeline.test.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { compare as strings } from '../../src/i18n/en.ts';
import { pick } from '../../src/lib/model/localized-text.ts';
import { rootBuilds } from '../support/atlases.ts';
import { useSiteInChromium } from '../support/harness.ts';
import { urlOf } from '../support/page-types.ts';

const columns = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.compare-table thead th[data-studies]')].filter((th) => th.getClientRects().length > 0).map((th) => th.dataset.studies));

describe.each(rootBuilds.map((b) => [b.name, b] as const))('/compare/ of the %s in Chromium', (_name, build) => {
  const site = useSiteInChromium(build.dist, build.base);
  const { atlas, content, routes } = build;
  const perPage = atlas.config.studies.compareColumns;
  const locale = atlas.config.languages.interface[0]!;
  const order = () => {
    const studies = [...content.studies];
    if (atlas.config.studies.order === 'title') {
      const title = (s: (typeof studies)[number]) => pick(s.data.title, locale, atlas.config.languages.required).text;
      studies.sort((a, b) => title(a).localeCompare(title(b), locale));
    } else studies.sort((a, b) => a.data.source.file.localeCompare(b.data.source.file));
    return studies.map((s) => s.slug);
  };

  it('shows the first studies without JavaScript, and every other one a page further on', async () => {
    const context = await site.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(urlOf(site.server().url, routes.compare()));
    expect(await columns(page)).toEqual(order().slice(0, perPage));
    expect(await page.locator('.compare-picker').isVisible()).toBe(false);
    const seen = [...(await columns(page))];
    while (await page.locator('nav.compare-pages a[rel="next"]').count()) {
      await page.locator('nav.compare-pages a[rel="next"]').click();
      await page.waitForLoadState();
      seen.push(...(await columns(page)));
    }
    expect(seen).toEqual(order());
    await context.close();
  });

  it.runIf(content.studies.length > perPage)('takes at most the most studies from an address, and the picker adds no more', async () => {
    const page = await site.browser().newPage();
    const asked = [...order()].reverse();
    await page.goto(urlOf(site.server().url, `${routes.compare()}?${asked.map((slug) => `study=${slug}`).join('&')}`));
    await expect.poll(() => columns(page)).toEqual(asked.slice(0, perPage));
    expect(await page.locator('[role="status"]').textContent()).toContain(strings.tooMany(perPage));
    expect(new URL(page.url()).searchParams.getAll('study')).toEqual(asked.slice(0, perPage));
    await page.getByRole('button', { name: 'Choose the studies' }).click();
    await page.locator('.compare-options button').first().click();
    await expect.poll(() => page.locator('[role="status"]').textContent()).toBe(strings.full(perPage));
    expect(await columns(page)).toEqual(asked.slice(0, perPage));
    await page.close();
  });
});
