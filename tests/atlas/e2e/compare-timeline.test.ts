/**
 * The long pages in Chromium, on a phone and a wide screen: picking the studies /compare/ sets
 * side by side (from a shared address, removing, adding by keyboard from the picker; without
 * JavaScript, its first studies), choosing the timeline's studies (with and without
 * JavaScript, by keyboard), the choice kept in the URL, the comparison's header row and row
 * labels in view while its table scrolls, and the timeline's year index.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, focusIsVisible, root, tabTo, useSiteInChromium } from '../../support/harness.ts';
import { urlOf } from '../../support/page-types.ts';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';

const site = useSiteInChromium();
const shots = join(root, '.tmp-tests', 'screenshots');
const WIDTHS = [390, 1280] as const;
const UK = 'vietnam-child-trafficking-uk';
const IOM = 'iom-human-trafficking-vietnam';

const open = async (browser: Browser, width: number, path: string, javaScriptEnabled = true) => {
  const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 }, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(urlOf(site.server().url, path));
  return page;
};

/** The studies of the comparison's columns that show, by their header cells. */
const columns = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.compare-table thead th')].filter((th) => th.getClientRects().length > 0).map((th) => th.dataset.studies),
  );

/** How many cells each row of the comparison shows. */
const cellsPerRow = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('.compare-table tbody tr')].map((tr) => [...tr.querySelectorAll('td')].filter((td) => td.getClientRects().length > 0).length));

const pageIsNoWiderThanScreen = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= innerWidth);

/** The timeline's events that show, and the studies each names under "Mentioned in". */
const shownEvents = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.timeline-event')]
      .filter((event) => event.getClientRects().length > 0)
      .map((event) => [...event.querySelectorAll('.timeline-mentions > li > a')].map((a) => a.getAttribute('href'))),
  );

const studyQuery = (page: Page) => new URL(page.url()).searchParams.getAll('study');

describe.each(WIDTHS)('/compare/ at %i px', (width) => {
  it('shows exactly the studies of a shared link, in its order; removing one updates the columns, the URL and the announcement', async () => {
    const page = await open(site.browser(), width, `/compare/?study=${IOM}&study=${UK}`);
    await expect.poll(() => columns(page)).toEqual([IOM, UK]);
    expect(new Set(await cellsPerRow(page))).toEqual(new Set([2]));
    expect(studyQuery(page)).toEqual([IOM, UK]);
    expect(await page.locator('[role="status"]').textContent()).toMatch(/^Comparing 2 studies: IOM.*; Vietnamese child trafficking in the UK\.$/);
    // The page's own note of which studies it shows is gone: these are the reader's.
    expect(await page.locator('.compare-shown').isVisible()).toBe(false);
    expect(await pageIsNoWiderThanScreen(page)).toBe(true);

    await page.getByRole('button', { name: /^Remove: Vietnamese child trafficking in the UK$/ }).click();
    await expect.poll(() => columns(page)).toEqual([IOM]);
    expect(new Set(await cellsPerRow(page))).toEqual(new Set([1]));
    expect(studyQuery(page)).toEqual([IOM]);
    expect(await page.locator('[role="status"]').textContent()).toMatch(/^Removed Vietnamese child trafficking in the UK\. Comparing 1 study: IOM/);

    await page.reload();
    await expect.poll(() => columns(page)).toEqual([IOM]);
    await page.context().close();
  });

  it('takes at most five studies from an address, says which it leaves out, and names a slug that is no study', async () => {
    const all = ['vietnam-anti-trafficking-strategy', UK, 'unicef-child-trafficking-vietnam', 'actip-wc-effectiveness-vietnam', IOM];
    const page = await open(site.browser(), width, `/compare/?study=no-such-study&study=${[...all].reverse().join('&study=')}`);
    await expect.poll(() => columns(page)).toEqual([...all].reverse().slice(0, 4));
    const said = await page.locator('[role="status"]').textContent();
    expect(said).toContain('At most 5 studies side by side');
    expect(said).toContain('Not a study of this atlas: no-such-study.');
    expect(studyQuery(page)).toEqual([...all].reverse().slice(0, 4));
    await page.context().close();
  });

  it('keeps the header row and the row labels in view while the table scrolls, without widening the page', async () => {
    const page = await open(site.browser(), width, '/compare/');
    const screenHeight = await page.evaluate(() => window.innerHeight);
    // The reader scrolls the page to the table, then the table itself with the wheel.
    const table = page.locator('.compare-scroll');
    await table.evaluate((box) => box.scrollIntoView({ block: 'start' }));
    await page.mouse.move(width / 2, screenHeight / 2);
    for (let i = 0; i < 30 && (await table.evaluate((box) => box.scrollTop)) < 1500; i += 1) {
      await page.mouse.wheel(width < 600 ? 150 : 0, 500);
      await page.waitForTimeout(50);
    }
    expect(await table.evaluate((box) => box.scrollTop)).toBeGreaterThanOrEqual(1500);
    if (width < 600) expect(await table.evaluate((box) => box.scrollLeft)).toBeGreaterThan(100);
    const view = await page.evaluate(() => {
      const box = document.querySelector('.compare-scroll')!.getBoundingClientRect();
      const top = Math.max(box.top, 0);
      const at = (x: number, y: number) => document.elementFromPoint(x, y);
      // Just right of the row labels, at the top of the box: a study's title.
      const labels = document.querySelector('.compare-table tbody th')!.getBoundingClientRect();
      const header = at(labels.right + 20, top + 12)?.closest('thead th');
      // The first row showing below the header: its label, at the left, unhidden, even when the row began above.
      const headerBottom = document.querySelector('.compare-table thead th')!.getBoundingClientRect().bottom;
      const row = [...document.querySelectorAll('.compare-table tbody tr')].find((tr) => tr.getBoundingClientRect().bottom > headerBottom + 4)!;
      const label = row.querySelector('.compare-row-label')!.getBoundingClientRect();
      const labelShown = label.left >= box.left - 1 && label.top >= top - 1 && label.bottom <= innerHeight && row.contains(at(label.left + 4, label.top + 4));
      return { header: header?.textContent?.trim() ?? null, headerTop: header?.getBoundingClientRect().top ?? -1, labelShown };
    });
    expect(view.header, 'a study title is visible at the top of the table').toBeTruthy();
    expect(view.headerTop, 'the whole header row is on the screen').toBeGreaterThan(-1);
    expect(view.labelShown, 'the label of the row being read is visible at the left').toBe(true);
    expect(await pageIsNoWiderThanScreen(page)).toBe(true);
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, `compare-scrolled-${width}.png`) });
    await page.context().close();
  });
});

describe('/compare/ by keyboard alone', () => {
  it('opens the picker, narrows it by typing, adds a study with Enter, and announces it', async () => {
    const page = await open(site.browser(), 1280, `/compare/?study=${UK}`);
    await expect.poll(() => columns(page)).toEqual([UK]);
    await tabTo(page, (el) => el.tag === 'BUTTON' && el.text === 'Choose the studies');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    // The list of every study loads now, and focus is in the search box.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('compare-find');
    await expect.poll(() => page.locator('.compare-options button').count()).toBe(4);
    // The open picker, and the columns with their buttons, pass axe.
    expect(await axeViolations(page, '.compare')).toEqual([]);
    await page.keyboard.type('iom');
    await expect.poll(() => page.locator('.compare-options button').count()).toBe(1);
    expect(await page.locator('[role="status"]').textContent()).toBe('1 study matches.');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Add IOM/);
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => columns(page)).toEqual([UK, IOM]);
    expect(studyQuery(page)).toEqual([UK, IOM]);
    expect(await page.locator('[role="status"]').textContent()).toMatch(/^Added IOM.*\. Comparing 2 studies: /);
    // The study added is no longer offered; focus stays in the picker; Escape closes it.
    expect(await page.locator('.compare-options button').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('compare-find');
    await page.keyboard.press('Escape');
    expect(await page.locator('.compare-picker-panel').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Choose the studies');
    // The column added describes its glossary links as the page's own do.
    const described = await page.evaluate(() => [...document.querySelectorAll('.compare-table a.term')].every((a) => document.getElementById(a.getAttribute('aria-describedby')!)));
    expect(described).toBe(true);
    await page.context().close();
  });
});

describe('/compare/ without JavaScript', () => {
  it('shows the first five studies of the atlas’s order, without the picker or the remove buttons', async () => {
    const page = await open(site.browser(), 1280, `/compare/?study=${IOM}`, false);
    expect(await columns(page)).toEqual(['vietnam-anti-trafficking-strategy', UK, 'unicef-child-trafficking-vietnam', 'actip-wc-effectiveness-vietnam', IOM]);
    expect(new Set(await cellsPerRow(page))).toEqual(new Set([5]));
    expect(await page.locator('.compare-picker').isVisible()).toBe(false);
    expect(await page.locator('.compare-remove').evaluateAll((buttons) => buttons.filter((b) => b.getClientRects().length > 0).length)).toBe(0);
    expect(await page.locator('.compare-shown').textContent()).toBe('Studies 1 to 5 of 5, in the atlas’s order.');
    await page.context().close();
  });
});

describe.each(WIDTHS)('/timeline/ at %i px', (width) => {
  it('jumps to a year from the index, which stays at hand on a wide screen', async () => {
    const page = await open(site.browser(), width, '/timeline/');
    if (width >= 1024) {
      await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2));
      const index = await page.locator('.year-index').boundingBox();
      expect(index && index.y >= 0 && index.y < 100, 'the year index is sticky').toBe(true);
    }
    await page.locator('.year-index a', { hasText: /^2019$/ }).click();
    await page.waitForURL(/#year-2019$/);
    const heading = await page.locator('#year-2019').boundingBox();
    const screenHeight = await page.evaluate(() => window.innerHeight);
    expect(heading && heading.y > 0 && heading.y < screenHeight / 4, 'the year’s heading is at the top of the screen').toBe(true);
    expect(await page.locator('#year-2019').textContent()).toBe('2019');
    expect(await pageIsNoWiderThanScreen(page)).toBe(true);
    await page.context().close();
  });

  it('shows only the events of the study chosen, and only their years in the index', async () => {
    const page = await open(site.browser(), width, '/timeline/');
    const all = await shownEvents(page);
    const expected = all.filter((mentions) => mentions.includes(`/studies/${UK}/`));
    expect(expected.length).toBeGreaterThan(1);
    expect(expected.length).toBeLessThan(all.length);
    await page.locator(`input[name="study"][value="${UK}"]`).check();
    expect(await shownEvents(page)).toEqual(expected);
    expect(await page.locator('[role="status"]').textContent()).toBe(`Showing ${expected.length} of ${all.length} events.`);
    expect(studyQuery(page)).toEqual([UK]);
    const years = await page.evaluate(() => ({
      sections: [...document.querySelectorAll('.timeline-year')].filter((s) => s.getClientRects().length > 0).map((s) => `#${s.querySelector('h2')!.id}`),
      index: [...document.querySelectorAll('.year-index a')].filter((a) => a.getClientRects().length > 0).map((a) => a.getAttribute('href')),
    }));
    expect(years.index).toEqual(years.sections);
    expect(years.sections.length).toBeLessThan(await page.locator('.timeline-year').count());
    await page.reload();
    expect(await shownEvents(page)).toEqual(expected);
    await page.screenshot({ path: join(shots, `timeline-filtered-${width}.png`) });
    await page.context().close();
  });
});

describe('/timeline/ by keyboard alone', () => {
  it('ticks a study with Space, announces the events shown, and shows all again with the reset button', async () => {
    const page = await open(site.browser(), 1280, '/timeline/');
    const total = (await shownEvents(page)).length;
    await tabTo(page, (el) => el.tag === 'INPUT', 80);
    expect(await focusIsVisible(page)).toBe(true);
    const value = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    await page.keyboard.press('Space');
    const shown = (await shownEvents(page)).length;
    expect(shown).toBeLessThan(total);
    expect(await page.locator('[role="status"]').textContent()).toBe(`Showing ${shown} of ${total} events.`);
    expect(studyQuery(page)).toEqual([value]);
    await tabTo(page, (el) => el.tag === 'BUTTON' && el.text === 'Show all events');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await shownEvents(page)).length).toBe(total);
    expect(studyQuery(page)).toEqual([]);
    expect(await page.locator('[role="status"]').textContent()).toBe(`Showing all ${total} events.`);
    await page.context().close();
  });
});

describe('/timeline/ without JavaScript', () => {
  it('still shows only the events of the study ticked', async () => {
    const page = await open(site.browser(), 390, '/timeline/', false);
    const all = await shownEvents(page);
    await page.locator(`input[name="study"][value="${UK}"]`).check();
    expect(await shownEvents(page)).toEqual(all.filter((mentions) => mentions.includes(`/studies/${UK}/`)));
    await page.context().close();
  });
});
