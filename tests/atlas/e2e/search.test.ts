/**
 * Search in real Chromium: the dialog by keyboard, a result followed to its first match far
 * down a study (and a section's result to the first match in that section), the shareable search
 * page, odd queries, the base path build, and axe on the open dialog.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, focusIsVisible, recordRequests, root, serveDist, tabTo, useSiteInChromium } from '../../support/harness.ts';
import { urlOf } from '../../support/page-types.ts';
import { deepWords, matchState } from '../../support/search-matches.ts';

const site = useSiteInChromium();

/** A page that fails the test on any console error or uncaught exception. */
async function watchedPage(options = {}): Promise<{ page: Page; errors: string[] }> {
  const page = await site.browser().newPage({ viewport: { width: 1280, height: 800 }, ...options });
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  return { page, errors };
}

const resultCount = (page: Page) => page.locator('.search-result').count();
/** A search waits for Pagefind's first load, which on a busy 2-core machine takes longer than expect.poll's default second. */
const SEARCH_WAIT = { timeout: 10_000 };

describe('the search dialog', () => {
  it('opens with "/", searches, moves through results with the arrow keys and follows one to a highlighted page', async () => {
    const { page, errors } = await watchedPage();
    const requests = recordRequests(page);
    await page.goto(urlOf(site.server().url, '/studies/vietnam-anti-trafficking-strategy/'));
    expect(requests.some((url) => url.includes('/pagefind/')), 'the index loads before search is used').toBe(false);
    await page.keyboard.press('/');
    const dialog = page.locator('dialog.search-dialog[open]');
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
    await page.keyboard.type('Doi Moi');
    await expect.poll(() => resultCount(page), SEARCH_WAIT).toBeGreaterThan(0);
    expect(await page.locator('#search-dialog-status').textContent()).toMatch(/^\d+ stud(?:y|ies)(?: and \d+ glossary entr(?:y|ies))? for “Doi Moi”$/);
    const focusedHref = () => page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
    await page.keyboard.press('ArrowDown');
    expect(await focusIsVisible(page)).toBe(true);
    for (let i = 0; i < 10 && !(await focusedHref()).startsWith('/studies/vietnam-child-trafficking-uk/'); i += 1) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await focusedHref()).toMatch(/^\/studies\/vietnam-child-trafficking-uk\/\?highlight=doi&highlight=moi$/i);
    await Promise.all([page.waitForURL(/\/studies\/vietnam-child-trafficking-uk\/\?highlight=/), page.keyboard.press('Enter')]);
    await expect.poll(() => page.locator('mark.search-match').count(), SEARCH_WAIT).toBeGreaterThan(0);
    expect((await page.locator('mark.search-match').first().textContent())?.toLowerCase()).toBe('doi moi');
    expect(requests.filter((url) => new URL(url).origin !== new URL(site.server().url).origin)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a result at the first match, a dozen screens down a study, and a section’s result at the first match in that section', async () => {
    const { page, errors } = await watchedPage();
    const study = '/studies/vietnam-child-trafficking-uk/';
    await page.goto(urlOf(site.server().url, study));
    const slavery = (await deepWords(page)).find((w) => w.word === 'slavery');
    expect(slavery?.firstTop, 'the word is first met far down the study').toBeGreaterThan(12 * 800);

    await page.keyboard.press('/');
    await page.keyboard.type('slavery', { delay: 0 });
    await expect.poll(() => resultCount(page), SEARCH_WAIT).toBeGreaterThan(0);
    const result = page.locator(`.search-result-title[href="${study}?highlight=slavery"]`);
    await Promise.all([page.waitForURL(/\?highlight=slavery$/), result.click()]);
    await expect.poll(() => matchState(page), SEARCH_WAIT).toMatchObject({ marks: slavery!.count, current: 0, onScreen: true, focused: true });
    await expect.poll(async () => (await matchState(page)).status).toBe(`Match 1 of ${slavery!.count} for “slavery”`);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => matchState(page)).toMatchObject({ current: 1, onScreen: true, status: `Match 2 of ${slavery!.count} for “slavery”` });

    await page.goto(urlOf(site.server().url, '/search/?q=slavery'));
    const section = page.locator(`.search-sub-results a[href^="${study}?highlight=slavery#"]`).last();
    await section.waitFor(SEARCH_WAIT);
    const anchor = (await section.getAttribute('href'))!.split('#')[1]!;
    await Promise.all([page.waitForURL(new RegExp(`#${anchor}$`)), section.click()]);
    await expect.poll(() => matchState(page), SEARCH_WAIT).toMatchObject({ onScreen: true, focused: true });
    const firstInSection = await page.evaluate((id) => {
      const heading = document.getElementById(id)!;
      return [...document.querySelectorAll('mark.search-match')].findIndex((mark) => heading.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING);
    }, anchor);
    expect(firstInSection).toBeGreaterThan(0);
    expect((await matchState(page)).current).toBe(firstInSection);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens from the header link and Ctrl+K, keeps focus inside, closes on Escape and returns focus', async () => {
    const { page, errors } = await watchedPage();
    await page.goto(urlOf(site.server().url, '/glossary/'));
    await tabTo(page, (el) => el.tag === 'A' && el.href === '/search/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('button');
    await page.keyboard.press(' ');
    await page.locator('dialog.search-dialog[open]').waitFor();
    for (let i = 0; i < 6; i += 1) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog[open]')))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog.search-dialog[open]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/search/');
    await page.keyboard.press('Control+k');
    await page.locator('dialog.search-dialog[open]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('handles odd queries: empty, 10,000 characters, regex and HTML characters, no results', async () => {
    const { page, errors } = await watchedPage();
    await page.goto(urlOf(site.server().url, '/'));
    await page.keyboard.press('/');
    await page.locator('dialog.search-dialog[open]').waitFor();
    const input = page.locator('#search-dialog-input');
    const status = page.locator('#search-dialog-status');
    await input.fill('<img src=qqzzxx onerror="window.hacked=1">');
    await expect.poll(() => status.textContent(), SEARCH_WAIT).toMatch(/results? for “<img src=qqzzxx onerror="window.hacked=1">”/);
    await input.fill('.*+?^${}()|[]\\');
    await expect.poll(() => status.textContent(), SEARCH_WAIT).toMatch(/results? for|No results/);
    await input.fill('qqqzzzxxyy');
    await expect.poll(() => status.textContent(), SEARCH_WAIT).toMatch(/No results for “qqqzzzxxyy”\. Try fewer or other words/);
    await input.fill('trafficking '.repeat(900));
    await expect.poll(() => status.textContent(), SEARCH_WAIT).toMatch(/Only the first 256 characters of the query are searched\./);
    await input.fill('');
    await expect.poll(() => status.textContent(), SEARCH_WAIT).toBe('Type a word or phrase, in English or Indonesian.');
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    expect(await page.locator('dialog img').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('passes axe when open with results (%s)', async (scheme) => {
    const { page } = await watchedPage({ colorScheme: scheme });
    await page.goto(urlOf(site.server().url, '/'));
    await page.keyboard.press('/');
    await page.locator('dialog.search-dialog[open]').waitFor();
    await page.keyboard.type('human security');
    await expect.poll(() => resultCount(page), SEARCH_WAIT).toBeGreaterThan(0);
    expect(await axeViolations(page, 'dialog')).toEqual([]);
    await page.close();
  });
});

describe('the search page', () => {
  it('runs the search in the URL on load, with its filters, and keeps the URL in step', async () => {
    const { page, errors } = await watchedPage();
    await page.goto(urlOf(site.server().url, '/search/?q=UN-ACT&type=study'));
    await expect.poll(() => resultCount(page), SEARCH_WAIT).toBeGreaterThan(0);
    expect(await page.locator('#search-page-input').inputValue()).toBe('UN-ACT');
    expect(await page.locator('select[name="type"]').inputValue()).toBe('study');
    const links = await page.locator('.search-result-title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.every((href) => href?.startsWith('/studies/'))).toBe(true);
    expect(links.some((href) => href?.startsWith('/studies/vietnam-child-trafficking-uk/'))).toBe(true);

    await page.locator('select[name="framework"]').selectOption({ label: 'Human security' });
    await expect.poll(() => new URL(page.url()).searchParams.get('framework')).toBe('human-security');
    await page.locator('#search-page-input').fill('poverty');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('poverty');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says what to do when nothing matches', async () => {
    const { page, errors } = await watchedPage();
    await page.goto(urlOf(site.server().url, '/search/?q=zzqqxxvv'));
    await expect.poll(() => page.locator('#search-status').textContent(), SEARCH_WAIT).toMatch(/^No results for “zzqqxxvv”\. Try fewer or other words/);
    expect(await page.locator('.search-did-you-mean').count(), 'no glossary term is near “zzqqxxvv”').toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('offers the nearest glossary terms when a misspelt query finds nothing, and searches the one chosen', async () => {
    const { page, errors } = await watchedPage();
    await page.goto(urlOf(site.server().url, '/search/?q=secruity'));
    await expect.poll(() => page.locator('#search-status').textContent(), SEARCH_WAIT).toMatch(/^No results for “secruity”/);
    const suggestion = page.locator('.search-did-you-mean button', { hasText: 'Human security' });
    await suggestion.waitFor();
    await suggestion.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => resultCount(page), SEARCH_WAIT).toBeGreaterThan(0);
    expect(await page.locator('input[name="q"]').inputValue()).toBe('Human security');
    expect(await page.locator('.search-did-you-mean').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Human security');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('results that understand Indonesian and put the studies first', () => {
  const titles = (page: Page, selector: string) => page.locator(selector).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));

  it('shows matching glossary entries as a few cards above the studies, which keep their whole list', async () => {
    const { page, errors } = await watchedPage();
    await page.goto(urlOf(site.server().url, '/search/?q=UNFPA'));
    await expect.poll(() => resultCount(page), SEARCH_WAIT).toBeGreaterThan(0);
    const cards = await titles(page, '.search-cards .search-result-title');
    expect(cards[0]).toMatch(/^\/glossary\/unfpa\//);
    expect(cards.length).toBeLessThanOrEqual(3);
    expect(await page.locator('.search-more a').textContent()).toMatch(/^All \d+ glossary entries that match$/);
    const studies = await titles(page, '.search-results .search-result-title');
    expect(studies.every((href) => href.startsWith('/studies/'))).toBe(true);
    expect(studies[0]).toMatch(/^\/studies\/unicef-child-trafficking-vietnam\//);
    // The cards come first in the page, and each names the term in the other language with its own lang.
    expect(await page.locator('.search-cards').evaluate((el) => el.compareDocumentPosition(document.querySelector('.search-results')!) & Node.DOCUMENT_POSITION_FOLLOWING)).toBeTruthy();
    await page.goto(urlOf(site.server().url, '/search/?q=regime%20effectiveness'));
    await page.locator('.search-card-term[lang="id"]', { hasText: 'Efektivitas rezim' }).first().waitFor(SEARCH_WAIT);
    expect(await page.locator('.search-card-definition').first().textContent()).toMatch(/Underdal/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds a study by an inflected Indonesian form it never writes, and its link marks the forms it does write', async () => {
    const { page, errors } = await watchedPage();
    await page.goto(urlOf(site.server().url, '/search/?q=melaksanakan&type=study'));
    const unicef = page.locator('.search-result-title[href^="/studies/unicef-child-trafficking-vietnam/"]');
    await unicef.waitFor(SEARCH_WAIT);
    const marked = new URL((await unicef.getAttribute('href'))!, site.server().url).searchParams.getAll('highlight');
    expect(marked).toContain('pelaksanaan');
    expect(marked).not.toContain('melaksanakan');
    await Promise.all([page.waitForURL(/highlight=pelaksanaan/), unicef.click()]);
    await expect.poll(() => page.locator('mark.search-match').count(), SEARCH_WAIT).toBeGreaterThan(0);
    const words = await page.locator('mark.search-match').evaluateAll((ms) => [...new Set(ms.map((m) => m.textContent!.toLowerCase()))]);
    expect(words).toContain('pelaksanaan');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says which glossary equivalents it also searched, and searches only the typed words when switched off', async () => {
    const { page, errors } = await watchedPage();
    await page.goto(urlOf(site.server().url, '/search/?q=human%20security&type=study'));
    const also = page.locator('.search-also');
    await also.waitFor(SEARCH_WAIT);
    expect(await also.textContent()).toBe('Also searched, from the glossary: Keamanan manusia');
    expect(await also.locator('span[lang="id"]').textContent()).toBe('Keamanan manusia');
    await expect.poll(() => resultCount(page), SEARCH_WAIT).toBeGreaterThan(0);
    const expanded = await resultCount(page);
    await page.getByLabel('Also search each glossary term in the other language').uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.get('expand')).toBe('no');
    await expect.poll(() => also.count()).toBe(0);
    await expect.poll(() => resultCount(page)).toBeLessThanOrEqual(expanded);
    await page.reload();
    await expect.poll(() => resultCount(page), SEARCH_WAIT).toBeGreaterThan(0);
    expect(await page.getByLabel('Also search each glossary term in the other language').isChecked()).toBe(false);
    expect(await also.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('offers no hit for a word the atlas never uses, and marks partial matches as such', async () => {
    const { page, errors } = await watchedPage();
    await page.goto(urlOf(site.server().url, '/search/?q=cryptocurrency'));
    await expect.poll(() => page.locator('#search-status').textContent(), SEARCH_WAIT).toMatch(/^No results for “cryptocurrency”/);
    expect(await resultCount(page)).toBe(0);
    await page.goto(urlOf(site.server().url, '/search/?q=perubahan%20iklim'));
    await expect.poll(() => resultCount(page), SEARCH_WAIT).toBeGreaterThan(0);
    expect(await page.locator('.search-partial-note').textContent()).toBe('No page has “iklim”. Partial matches, for “perubahan” only:');
    expect(await page.locator('.search-result .search-partial').count()).toBe(await resultCount(page));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('search under the GitHub Pages base path', () => {
  it('loads the index and links results under /atlas/', async () => {
    const based = await serveDist(join(root, 'dist-base'), '/atlas/');
    const { page, errors } = await watchedPage();
    await page.goto(urlOf(based.url, '/search/?q=Underdal'));
    await expect.poll(() => resultCount(page), SEARCH_WAIT).toBeGreaterThan(0);
    const links = await page.locator('.search-result-title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((href) => href?.startsWith('/atlas/'))).toBe(true);
    await Promise.all([page.waitForURL(/\/atlas\/(studies|glossary)\//), page.locator('.search-result-title').first().click()]);
    expect(errors).toEqual([]);
    await page.close();
    await based.close();
  });
});
