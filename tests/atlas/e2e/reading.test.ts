/** Reading comfort in Chromium: the theme switch (kept, no flash), dark and print screenshots. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, useSiteInChromium } from '../../support/harness.ts';
import { urlOf } from '../../support/page-types.ts';

const site = useSiteInChromium();
const shots = join(root, '.tmp-tests', 'screenshots');

describe('the theme switch', () => {
  it('cycles system → light → dark, keeps the choice, and applies it before the first paint', async () => {
    const context = await site.browser().newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(urlOf(site.server().url, '/'));
    const button = page.locator('[data-theme-switch]');
    expect(await button.textContent()).toBe('Theme: system');
    await button.click();
    expect(await button.textContent()).toBe('Theme: light');
    await button.click();
    expect(await button.textContent()).toBe('Theme: dark');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(20, 23, 27)');
    // The next page is dark from its first paint: the theme is set while <head> is parsed.
    await page.goto(urlOf(site.server().url, '/glossary/'), { waitUntil: 'commit' });
    await page.waitForSelector('body');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await background()).toBe('rgb(20, 23, 27)');
    await button.click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    await context.close();
  });
});

describe('screenshots', () => {
  it('renders a study in the dark theme and for print, without navigation when printed', async () => {
    mkdirSync(shots, { recursive: true });
    const page = await site.browser().newPage({ colorScheme: 'dark', viewport: { width: 1280, height: 900 } });
    await page.goto(urlOf(site.server().url, '/studies/unicef-child-trafficking-vietnam/'));
    await page.screenshot({ path: join(shots, 'study-dark.png') });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 23, 27)');
    // The reader chose the dark theme on screen; print is still dark on white.
    await page.evaluate(() => localStorage.setItem('atlas-theme', 'dark'));
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(shots, 'study-print.png'), fullPage: false });
    const printed = await page.evaluate(() => ({ text: getComputedStyle(document.body).color, page: getComputedStyle(document.body).backgroundColor }));
    expect(printed).toEqual({ text: 'rgb(27, 31, 36)', page: 'rgb(255, 255, 255)' });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header nav')!).display)).toBe('none');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.study-text')!).breakBefore)).toBe('page');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('main a[href^="/glossary/"]:not(.term)') ?? document.querySelector('.meta-panel a[href^="/edition/"]')!, '::after').content)).toMatch(/\(/);
    // The folded full overview is printed open.
    expect(await page.locator('.overview-more h3').first().isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.close();
  });
});
