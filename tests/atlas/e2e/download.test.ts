/**
 * The downloadable copy, opened from disk in real Chromium (`file://`, no server): links lead to
 * files, glossary previews show, search finds and opens the right file at its first match,
 * nothing errs.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAtlas } from '../../../src/lib/atlas/load.ts';
import { archiveName } from '../../../src/lib/build/download-name.ts';
import { DOWNLOADS_DIR } from '../../../src/lib/build/download.ts';
import { launchChromium, root } from '../../support/harness.ts';
import { matchState } from '../../support/search-matches.ts';
import type { Browser } from 'playwright-core';

/** The copy made by the project-site build (`/atlas/`): its URLs must lose the base too. */
const dist = join(root, 'dist-base');
const work = join(root, '.tmp-tests', 'download');
const { config } = await loadAtlas(root);
const top = archiveName(config).replace(/\.zip$/, '');
let browser: Browser;
let page: Page;
const errors: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  const files = unzipSync(readFileSync(join(dist, DOWNLOADS_DIR, archiveName(config))));
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(dirname(join(work, path)), { recursive: true });
    writeFileSync(join(work, path), data);
  }
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => requests.push(request.url()));
});

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

const fileUrl = (path: string) => pathToFileURL(join(work, top, path)).href;

describe('the downloaded atlas, opened from disk', () => {
  it('opens index.html and follows links to a study and a glossary entry, with styles', async () => {
    await page.goto(fileUrl('index.html'));
    expect(await page.locator('h1').textContent()).toBe('Vietnam Trafficking Studies Atlas');
    expect(await page.locator('#read-offline').count(), 'the download link is for the web site only').toBe(0);
    // Each click waits for the new page to load before looking at it.
    await Promise.all([page.waitForURL(fileUrl('studies/index.html')), page.getByRole('link', { name: 'Studies', exact: true }).first().click()]);
    await Promise.all([
      page.waitForURL(fileUrl('studies/actip-wc-effectiveness-vietnam/index.html')),
      page.locator('table.studies-table a', { hasText: 'ACTIP-WC' }).first().click(),
    ]);
    await page.locator('.meta-panel dl').waitFor();
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.meta-panel dl')!).display)).toBe('grid');
    await page.locator('.meta-panel a.term[href$="regime-effectiveness/index.html"]').focus();
    await expect.poll(() => page.locator('[role="tooltip"]').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(fileUrl('glossary/regime-effectiveness/index.html'));
    expect(await page.locator('h1').textContent()).toBe('Regime effectiveness');
  });

  it('follows a quote from a glossary entry to its passage, and a passage number within a study', async () => {
    await page.goto(fileUrl('glossary/regime-effectiveness/index.html'));
    const quote = page.locator('.entry-body a.evidence-link').first();
    const href = (await quote.getAttribute('href'))!;
    expect(href).toMatch(/^\.\.\/\.\.\/studies\/[a-z0-9-]+\/index\.html#p-/);
    await quote.click();
    await page.waitForURL((url) => url.pathname.endsWith('/index.html') && url.hash.startsWith('#p-'));
    const id = href.split('#')[1]!.split(':~:')[0]!;
    await expect.poll(() => page.evaluate((id) => document.getElementById(id)?.contains(document.querySelector(':target')), id)).toBe(true);
    const ref = page.locator('.overview a.evidence-ref').first();
    await ref.click();
    await page.locator('mark.passage-mark').first().waitFor();
    expect(await page.locator('mark.passage-mark').first().evaluate((el) => el.closest('[id^="p-"]')?.id)).toBe((await ref.getAttribute('href'))!.slice(1));
  });

  it('searches and opens the result’s file', async () => {
    await page.keyboard.press('/');
    await page.locator('dialog.search-dialog[open]').waitFor();
    await page.keyboard.type('Doi Moi');
    await expect.poll(() => page.locator('.search-result').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const link = page.locator('.search-result-title', { hasText: 'Vietnam’s Foreign Policy' });
    expect(await link.getAttribute('href')).toBe('../../studies/vietnam-child-trafficking-uk/index.html?highlight=doi&highlight=moi');
    await link.click();
    await page.waitForURL(/studies\/vietnam-child-trafficking-uk\/index\.html\?highlight=/);
    expect(await page.locator('h1').textContent()).toBe('Vietnam’s Foreign Policy towards Vietnamese Child Trafficking in the UK, 2017–2021');
    await expect.poll(() => matchState(page), { timeout: 15_000 }).toMatchObject({ current: 0, onScreen: true, focused: true });
    const { marks } = await matchState(page);
    await expect.poll(async () => (await matchState(page)).status).toBe(`Match 1 of ${marks} for “doi moi”`);
  });

  it('runs the search page from its URL', async () => {
    await page.goto(`${fileUrl('search/index.html')}?q=keamanan%20manusia`);
    await expect.poll(() => page.locator('.search-result').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const hrefs = await page.locator('.search-result-title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.every((href) => href?.startsWith('../') && href.includes('/index.html'))).toBe(true);
    // Found only with the Indonesian bundle (the study writes "pelaksanaan"), which the copy carries too.
    await page.goto(`${fileUrl('search/index.html')}?q=melaksanakan&type=study`);
    const unicef = page.locator('.search-result-title[href^="../studies/unicef-child-trafficking-vietnam/index.html?"]');
    await expect.poll(() => unicef.count(), { timeout: 15_000 }).toBe(1);
    expect(new URL((await unicef.getAttribute('href'))!, 'file:///x/search/').searchParams.getAll('highlight')).toContain('pelaksanaan');
  });

  it('reads and searches in Bahasa Indonesia, results leading to the Indonesian files', async () => {
    const searchPage = fileUrl('id/search/index.html');
    await page.goto(`${searchPage}?q=melaksanakan&type=study`);
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    const titles = page.locator('.search-result-title');
    await expect.poll(() => titles.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.locator('.search-status').textContent()).toMatch(/studi/);
    const hrefs = await titles.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) expect(new URL(href, searchPage).pathname).toMatch(/\/id\/studies\/[a-z0-9-]+\/index\.html$/);
    await titles.first().click();
    await page.waitForURL(/\/id\/studies\/.+\/index\.html/);
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
  });

  it('copies a citation from a study page', async () => {
    await page.goto(fileUrl('studies/iom-human-trafficking-vietnam/index.html'));
    const row = page.locator('.copy-row', { has: page.getByRole('button', { name: 'Copy BibTeX' }) });
    await row.getByRole('button').click();
    await expect.poll(() => row.getByRole('status').textContent()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^@thesis\{iom-human-trafficking-vietnam,\n/);
  });

  it('made no error and no request outside the folder', () => {
    expect(errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(pathToFileURL(work).href))).toEqual([]);
  });
});
