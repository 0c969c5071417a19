/**
 * Layout at the widths readers use — a phone (390), a small tablet (800), a tablet or small
 * laptop (1024) and a laptop (1280) — in both colour themes, for every atlas: nothing scrolls
 * sideways, the header's parts never overlap and sit on one row from about 900 px, table cells
 * never overlap, the term preview names its term and stays clear of its link and of the
 * contents column, and every study's text starts within the first two screens. Screenshots
 * are kept in `.tmp-tests/screenshots/layout/` to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { rootBuilds } from '../support/atlases.ts';
import { root, useSiteInChromium } from '../support/harness.ts';
import { pageTypesOf, urlOf } from '../support/page-types.ts';

const WIDTHS = [390, 800, 1024, 1280] as const;
const THEMES = ['light', 'dark'] as const;
const shots = join(root, '.tmp-tests', 'screenshots', 'layout');

interface Box {
  name: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The boxes of the elements matching `selector` that are shown, named by their text. */
function boxes(page: Page, selector: string): Promise<Box[]> {
  return page.evaluate((selector) => {
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { name: `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 30)}”`, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      });
  }, selector);
}

const overlap = (a: Box, b: Box) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;

/** Every pair of boxes that overlap, as "a × b". */
function overlaps(list: Box[]): string[] {
  const found: string[] = [];
  list.forEach((a, i) => list.slice(i + 1).forEach((b) => overlap(a, b) && found.push(`${a.name} × ${b.name}`)));
  return found;
}

describe.each(rootBuilds.map((b) => [b.name, b] as const))('the layout of the %s', (name, build) => {
  const site = useSiteInChromium(build.dist, build.base);
  // In a later language only the pages whose words are longest (Indonesian runs longer than English): home and compare.
  const translated = (name: string) => / \([a-z]{2,3}\)$/.test(name);
  const types = pageTypesOf(build).filter(
    (type) => /^(home|studies index|study |glossary entry|compare|timeline|about)/.test(type.name) && (!translated(type.name) || /^(home|compare) /.test(type.name)),
  );
  const firstStudy = types.find((type) => type.name.startsWith('study '))!;
  const openPage = async (width: number, theme: (typeof THEMES)[number]) => {
    const context = await site.browser().newContext({ viewport: { width, height: width < 600 ? 844 : 900 }, colorScheme: theme });
    return { context, page: await context.newPage() };
  };

  describe.each(WIDTHS)('at %i px', (width) => {
    it.each(THEMES)('in the %s theme: no sideways scrolling, no overlapping header parts or table cells', async (theme) => {
      mkdirSync(shots, { recursive: true });
      const { context, page } = await openPage(width, theme);
      const problems: string[] = [];
      for (const type of types) {
        await page.goto(urlOf(site.server().url, type.path));
        await page.screenshot({ path: join(shots, `${name.replace(/\W+/g, '-')}-${type.name.replace(/\W+/g, '-')}-${width}-${theme}.png`) });
        const scroll = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, width: innerWidth }));
        if (scroll.scrollWidth > scroll.width) problems.push(`${type.name}: ${scroll.scrollWidth} px wide in a ${scroll.width} px window`);
        const header = await boxes(page, '.site-name, .site-nav a, .search-launcher, .language-switch a, .theme-switch');
        problems.push(...overlaps(header).map((pair) => `${type.name}, header: ${pair}`));
        for (const table of await page.locator('main table').all()) {
          const cells = await table.evaluate((el) =>
            [...el.querySelectorAll<HTMLElement>(':scope > * > tr > th, :scope > * > tr > td')]
              .filter((cell) => cell.getClientRects().length > 0)
              .map((cell) => {
                const r = cell.getBoundingClientRect();
                return { name: `cell “${(cell.textContent ?? '').trim().slice(0, 30)}”`, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
              }),
          );
          problems.push(...overlaps(cells).map((pair) => `${type.name}, table: ${pair}`));
        }
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  });

  it.each(WIDTHS.filter((w) => w >= 1024))('puts the header on one row at %i px', async (width) => {
    const { context, page } = await openPage(width, 'light');
    await page.goto(urlOf(site.server().url, build.routes.home()));
    const parts = await boxes(page, '.site-nav, .header-tools');
    const name = (await boxes(page, '.site-name'))[0]!;
    for (const part of parts) {
      // Each part's vertical middle is within the site name's height: one row.
      expect((part.top + part.bottom) / 2, `${part.name} is not on the site name's row`).toBeGreaterThan(name.top);
      expect((part.top + part.bottom) / 2, `${part.name} is not on the site name's row`).toBeLessThan(name.bottom);
    }
    await context.close();
  });

  it.each(WIDTHS)('shows a term preview at %i px that names its term and covers neither its link nor the contents', async (width) => {
    const { context, page } = await openPage(width, 'light');
    await page.goto(urlOf(site.server().url, firstStudy.path));
    const link = page.locator('.source-text a.term').first();
    await link.scrollIntoViewIfNeeded();
    await link.hover();
    const tip = page.locator('.term-preview');
    await tip.waitFor({ state: 'visible' });
    const definitionId = await link.getAttribute('aria-describedby');
    const term = await page.locator(`[id="${definitionId}"]`).getAttribute('data-term');
    expect(await tip.locator('strong').textContent()).toBe(term);
    const [tipBox] = await boxes(page, '.term-preview');
    const [linkBox] = await boxes(page, `.source-text a.term[aria-describedby="${definitionId}"]`);
    expect(overlap(tipBox!, linkBox!), 'the preview covers its link').toBe(false);
    const toc = await boxes(page, '.toc');
    for (const box of toc) expect(overlap(tipBox!, box), 'the preview covers the contents').toBe(false);
    expect(tipBox!.left).toBeGreaterThanOrEqual(0);
    expect(tipBox!.right).toBeLessThanOrEqual(width);
    await page.screenshot({ path: join(shots, `${name.replace(/\W+/g, '-')}-preview-${width}.png`) });
    await context.close();
  });

  it('leads into the studies on the home page’s first phone screen', async () => {
    const { context, page } = await openPage(390, 'light');
    await page.goto(urlOf(site.server().url, build.routes.home()));
    const first = page.locator('.study-card h3 a').first();
    const box = (await first.boundingBox())!;
    expect(box.y + box.height, 'the first study’s title is below the first screen').toBeLessThanOrEqual(844);
    await context.close();
  });

  it.each([390, 1280])('starts every study’s text within its first two screens at %i px', async (width) => {
    const { context, page } = await openPage(width, 'light');
    const late: string[] = [];
    for (const type of types.filter((t) => t.name.startsWith('study '))) {
      await page.goto(urlOf(site.server().url, type.path));
      const { top, screen } = await page.evaluate(() => ({ top: document.getElementById('text-of-the-study')!.getBoundingClientRect().top + scrollY, screen: innerHeight }));
      if (top > 2 * screen) late.push(`${type.name}: the text starts ${Math.round(top)} px down (${(top / screen).toFixed(1)} screens)`);
    }
    expect(late).toEqual([]);
    await context.close();
  });
});
