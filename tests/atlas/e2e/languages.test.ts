/**
 * The atlas in Bahasa Indonesia, in real Chromium: the language switch with the keyboard (it
 * keeps the search and the passage being read), the English home page's suggestion to a
 * browser that prefers Indonesian (dismissed for good), and search in Indonesian leading to
 * Indonesian pages, under `/` and under the `/atlas/` base path.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusIsVisible, tabTo, useSiteInChromium } from '../../support/harness.ts';
import { urlOf } from '../../support/page-types.ts';
import { basePath, distBase } from '../../support/site.ts';

const site = useSiteInChromium();

describe('the language switch', () => {
  let page: Page;
  beforeAll(async () => {
    page = await site.browser().newPage({ viewport: { width: 1280, height: 800 } });
  });
  afterAll(() => page.close());

  it('is reached with Tab, named in its own language, and opens the same page in the other language', async () => {
    await page.goto(urlOf(site.server().url, '/studies/'));
    const link = await tabTo(page, (el) => el.tag === 'A' && el.text === 'Bahasa Indonesia');
    expect(link.href).toBe('/id/studies/');
    expect(await focusIsVisible(page)).toBe(true);
    await Promise.all([page.waitForURL(urlOf(site.server().url, '/id/studies/')), page.keyboard.press('Enter')]);
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    expect(await page.locator('h1').textContent()).toBe('Daftar studi');
    expect(await page.locator('nav.language-switch a').getAttribute('lang')).toBe('en');
  });

  it('keeps the passage being read (#fragment) and the search (?q=)', async () => {
    await page.goto(urlOf(site.server().url, '/studies/iom-human-trafficking-vietnam/'));
    const passage = await page.locator('.study-text [id^="p-"]').nth(2).getAttribute('id');
    await page.goto(urlOf(site.server().url, `/studies/iom-human-trafficking-vietnam/#${passage}`));
    await Promise.all([page.waitForURL(new RegExp(`/id/studies/iom-human-trafficking-vietnam/#${passage}$`)), page.locator('nav.language-switch a').click()]);
    expect(await page.evaluate(() => location.hash)).toBe(`#${passage}`);
    expect(await page.locator(`#${passage}`).count()).toBe(1);

    await page.goto(urlOf(site.server().url, '/id/search/?q=keamanan%20manusia'));
    await expect.poll(() => page.locator('.search-result').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await Promise.all([page.waitForURL(/\/search\/\?q=keamanan(%20|\+)manusia$/), page.locator('nav.language-switch a').click()]);
    expect(new URL(page.url()).pathname).toBe('/search/');
    // The search page's script fills the box from ?q= once it runs, which may be after the URL changes.
    await expect.poll(() => page.locator('#search-page-input, input[type="search"]').first().inputValue()).toBe('keamanan manusia');
  });
});

describe('the suggestion on the English home page', () => {
  it('offers Bahasa Indonesia, in Indonesian, to a browser that prefers it, and stays away once dismissed', async () => {
    const context = await site.browser().newContext({ locale: 'id-ID' });
    const page = await context.newPage();
    await page.goto(site.server().url);
    const suggestion = page.locator('[data-language-suggestion="id"]');
    await expect.poll(() => suggestion.isVisible()).toBe(true);
    expect(await suggestion.getAttribute('lang')).toBe('id');
    expect(await suggestion.locator('a').getAttribute('href')).toBe('/id/');
    await suggestion.getByRole('button', { name: 'Tutup' }).click();
    expect(await suggestion.isVisible()).toBe(false);
    await page.reload();
    await page.waitForLoadState('load');
    expect(await suggestion.isVisible()).toBe(false);
    expect(page.url()).toBe(site.server().url);
    await context.close();
  });

  it('is not shown to a browser that prefers English, and never redirects', async () => {
    const context = await site.browser().newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(site.server().url);
    await page.waitForLoadState('load');
    expect(await page.locator('[data-language-suggestion]').isVisible()).toBe(false);
    expect(page.url()).toBe(site.server().url);
    await context.close();
  });
});

describe('search in Bahasa Indonesia', () => {
  it('answers in Indonesian and links every result to the Indonesian page, titles in Indonesian', async () => {
    const page = await site.browser().newPage();
    await page.goto(urlOf(site.server().url, '/id/glossary/'));
    await page.keyboard.press('/');
    await page.locator('dialog.search-dialog[open]').waitFor();
    await page.keyboard.type('efektivitas rezim');
    await expect.poll(() => page.locator('dialog[open] .search-result').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.locator('dialog[open] .search-status').textContent()).toMatch(/studi/);
    const hrefs = await page.locator('dialog[open] .search-result-title').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/id\//);
    expect(await page.locator('dialog[open] .search-cards .search-result-title').first().textContent()).toBe('Efektivitas rezim');
    await page.close();
  });
});

describe('under the /atlas/ base path', () => {
  const based = useSiteInChromium(distBase, basePath);

  it('switches language and searches in Indonesian with the base kept', async () => {
    const page = await based.browser().newPage();
    await page.goto(urlOf(based.server().url, '/glossary/human-security/'));
    await Promise.all([page.waitForURL(/\/atlas\/id\/glossary\/human-security\/$/), page.locator('nav.language-switch a').click()]);
    expect(await page.locator('h1').textContent()).toBe('Keamanan manusia');
    await page.goto(urlOf(based.server().url, '/id/search/?q=melaksanakan'));
    await expect.poll(() => page.locator('.search-result').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const hrefs = await page.locator('.search-result-title').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) expect(href).toMatch(/^\/atlas\/id\//);
    await page.close();
  });
});
