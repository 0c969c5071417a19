/**
 * What a reader does in the project atlas, in real Chromium: keyboard-only navigation from the
 * home page to a study and back, and the 404 page. (Every page type of every atlas on a narrow
 * phone screen: tests/e2e/accessibility.test.ts.)
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusIsVisible, tabTo, useSiteInChromium } from '../../support/harness.ts';
import { urlOf } from '../../support/page-types.ts';

const site = useSiteInChromium();

describe('keyboard only', () => {
  let page: Page;
  beforeAll(async () => {
    page = await site.browser().newPage({ viewport: { width: 1280, height: 800 } });
  });
  afterAll(() => page.close());

  it('skip link comes first, is visible when focused and moves focus to the main content', async () => {
    await page.goto(site.server().url);
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 10).toBe(true);
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('goes home → studies → a study → back with Tab and Enter, focus always visible', async () => {
    await page.goto(site.server().url);
    await tabTo(page, (el) => el.tag === 'A' && el.text === 'Studies');
    expect(await focusIsVisible(page)).toBe(true);
    await Promise.all([page.waitForURL(urlOf(site.server().url, '/studies/')), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe('Studies');

    const study = await tabTo(page, (el) => el.tag === 'A' && el.href === '/studies/unicef-child-trafficking-vietnam/');
    expect(study.text).toBe('UNICEF’s Efforts in Dealing with Child Trafficking in Vietnam');
    expect(await focusIsVisible(page)).toBe(true);
    await Promise.all([page.waitForURL(urlOf(site.server().url, '/studies/unicef-child-trafficking-vietnam/')), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe(study.text);

    // Text first: past the summary and the folded overview, the note on how the text was prepared is a few Tabs away.
    await tabTo(page, (el) => el.tag === 'A' && el.text === 'How this text was prepared', 60);
    expect(await focusIsVisible(page)).toBe(true);

    // Headless Chromium has no browser UI to take Alt+Left; goBack() is the same history step.
    await page.goBack();
    await page.waitForURL(urlOf(site.server().url, '/studies/'));
    expect(await page.locator('h1').textContent()).toBe('Studies');
  });

  it('reaches the scrollable studies table with the keyboard, so it can be scrolled without a mouse', async () => {
    await page.goto(urlOf(site.server().url, '/studies/'));
    await tabTo(page, (el) => el.tag === 'DIV');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('region');
    expect(await focusIsVisible(page)).toBe(true);
  });
});

describe('glossary term previews', () => {
  it('show the short definition on keyboard focus, hide on Escape, and the link leads to the entry', async () => {
    const page = await site.browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(urlOf(site.server().url, '/studies/actip-wc-effectiveness-vietnam/'));
    const term = await tabTo(page, (el) => el.tag === 'A' && el.href === '/glossary/regime-effectiveness/');
    const tooltip = page.locator('[role="tooltip"]');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    const definition = await page.locator('#term-def-regime-effectiveness').textContent();
    // The preview names its term, then gives the definition.
    expect(await tooltip.locator('strong').textContent()).toBe('Regime effectiveness');
    expect(await tooltip.textContent()).toBe(`Regime effectiveness ${definition}`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))).toBe('term-def-regime-effectiveness');
    expect(await focusIsVisible(page)).toBe(true);

    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/glossary/regime-effectiveness/');

    await Promise.all([page.waitForURL(urlOf(site.server().url, '/glossary/regime-effectiveness/')), page.keyboard.press('Enter')]);
    // The first link is the study text's own word for the term; the entry is named in English.
    expect(term.text).toBe('Efektivitas Rezim');
    expect(await page.locator('h1').textContent()).toBe('Regime effectiveness');
    await page.close();
  });

  it('show on hover and stay while the pointer moves onto the preview', async () => {
    const page = await site.browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(urlOf(site.server().url, '/studies/unicef-child-trafficking-vietnam/'));
    const link = page.locator('#source-text a.term').first();
    await link.scrollIntoViewIfNeeded();
    await link.hover();
    const tooltip = page.locator('[role="tooltip"]');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    await tooltip.hover();
    await page.waitForTimeout(500);
    expect(await tooltip.isVisible()).toBe(true);
    await page.mouse.move(5, 5);
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    await page.close();
  });

  it('leave a plain link without JavaScript', async () => {
    const context = await site.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(urlOf(site.server().url, '/studies/actip-wc-effectiveness-vietnam/'));
    await Promise.all([page.waitForURL(/\/glossary\/regime-effectiveness\/$/), page.locator('.meta-panel a.term[href="/glossary/regime-effectiveness/"]').click()]);
    expect(await page.locator('h1').textContent()).toBe('Regime effectiveness');
    await context.close();
  });
});

describe('the 404 page', () => {
  it('answers an unknown address with status 404, says so and links home', async () => {
    const page = await site.browser().newPage();
    const response = await page.goto(urlOf(site.server().url, '/studies/no-such-study/'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    await Promise.all([page.waitForURL(site.server().url), page.getByRole('link', { name: 'Go to the home page' }).click()]);
    expect(await page.title()).toBe('Vietnam Trafficking Studies Atlas');
    await page.close();
  });
});

describe('the 404 page under a project base path', () => {
  it('answers any depth with status 404, its styles and working links', async () => {
    const { join } = await import('node:path');
    const { root, serveDist } = await import('../../support/harness.ts');
    const based = await serveDist(join(root, 'dist-base'), '/atlas/');
    const page = await site.browser().newPage();
    const styles: number[] = [];
    page.on('response', (response) => response.url().endsWith('.css') && styles.push(response.status()));
    const response = await page.goto(urlOf(based.url, '/a/b/c/d/'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    expect(styles).toEqual([200]);
    await Promise.all([page.waitForURL(urlOf(based.url, '/studies/')), page.getByRole('link', { name: 'See all studies' }).click()]);
    await page.close();
    await based.close();
  });
});
