/**
 * Offline reading in real Chromium. The site is served like GitHub Pages, visited once, and
 * then the server is stopped (Chromium's offline emulation does not cover service-worker
 * fetches, so only a stopped server proves anything): every file of the worker's manifest must
 * be stored, every study and glossary page must open and search must answer, also after the
 * browser has stopped the worker (which then reads its manifest back from its cache). Then a changed build is served on the same address, and the update
 * must wait for the reader, never mixing old pages with new files.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../scripts/serve.ts';
import { offlinePlan, writeServiceWorker, type OfflinePlan } from '../../../src/lib/build/offline.ts';
import { walkFiles } from '../../../src/lib/util/walk-files.ts';
import { launchChromium, root } from '../../support/harness.ts';
import type { Browser } from 'playwright-core';

/** Served the way GitHub Pages serves a project site: under /atlas/. */
const dist = join(root, 'dist-base');
const BASE = '/atlas/';
const work = join(root, '.tmp-tests', 'offline');
const v1 = join(work, 'v1');
const v2 = join(work, 'v2');
// The study pages, and the index's other listings (orders, filters) at the first page of each.
const studyPaths = walkFiles(join(dist, 'studies'))
  .filter((file) => file.endsWith(`${sep}index.html`))
  .map((file) => `/studies/${relative(join(dist, 'studies'), dirname(file)).split(sep).join('/')}/`.replace('//', '/'));
const glossaryPaths = readdirSync(join(dist, 'glossary'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `/glossary/${d.name}/`);

let browser: Browser;
let context: BrowserContext;
let page: Page;
let server: RunningServer | undefined;
let port = 0;

async function serve(dir: string) {
  server = await startServer({ dir, base: BASE, port });
  port = Number(new URL(server.url).port);
}

async function stop() {
  await server?.close();
  server = undefined;
}

const footerStatus = () => page.locator('[data-offline-status]').textContent();

/** The manifest that a folder's `sw.js` names. */
function manifestOf(dir: string): OfflinePlan {
  const name = /offline-[0-9a-f]+\.json/.exec(readFileSync(join(dir, 'sw.js'), 'utf8'))![0];
  return JSON.parse(readFileSync(join(dir, name), 'utf8')) as OfflinePlan;
}

/** The paths of everything in the origin's caches, as the page sees them. */
const storedPaths = (reader: Page) =>
  reader.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await window.caches.keys()) for (const request of await (await window.caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    return paths;
  });
const at = (path: string) => `http://127.0.0.1:${port}${BASE}${path.replace(/^\//, '')}`;

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  cpSync(dist, v1, { recursive: true });
  await serve(v1);
  browser = await launchChromium();
  context = await browser.newContext();
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await stop();
  rmSync(work, { recursive: true, force: true });
});

describe('offline reading', () => {
  it('says so once the first visit has stored the atlas', async () => {
    await page.goto(`${server!.url}`);
    await expect.poll(footerStatus, { timeout: 30_000 }).toMatch(/^Available offline/);
    const manifest = manifestOf(v1);
    expect(manifest.precacheAll).toBe(true);
    expect(manifest.all.length).toBeGreaterThan(studyPaths.length + glossaryPaths.length);
    expect(await storedPaths(page)).toEqual(expect.arrayContaining(manifest.all));
  });

  it('opens every study and glossary page with the server stopped', { timeout: 120_000 }, async () => {
    await stop();
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    for (const path of [...studyPaths, ...glossaryPaths, '/', '/studies/', '/glossary/', '/search/']) {
      const response = await page.goto(at(path));
      expect(response?.status(), path).toBe(200);
      expect((await page.locator('h1').textContent())?.length, path).toBeGreaterThan(2);
    }
    const highlighted = await page.goto(at('/studies/actip-wc-effectiveness-vietnam/?highlight=underdal'));
    expect(highlighted?.status()).toBe(200);
    await expect.poll(() => page.locator('mark.search-match').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(footerStatus, { timeout: 10_000 }).toMatch(/^Available offline/);
  });

  it('searches with the server stopped', async () => {
    await page.goto(at('/glossary/'));
    await page.keyboard.press('/');
    await page.locator('dialog.search-dialog[open]').waitFor();
    await page.keyboard.type('Underdal');
    await expect.poll(() => page.locator('.search-result').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.goto(at('/search/?q=keamanan%20manusia'));
    await expect.poll(() => page.locator('.search-result').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    // Found only with the Indonesian bundle: the UNICEF study writes "pelaksanaan", never "melaksanakan".
    await page.goto(at('/search/?q=melaksanakan&type=study'));
    await expect.poll(() => page.locator('.search-result-title[href*="/studies/unicef-child-trafficking-vietnam/"]').count(), { timeout: 15_000 }).toBe(1);
  });

  it('answers an unknown address offline with the 404 page', async () => {
    const response = await page.goto(at('/no/such/page/'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
  });
});

describe('a new deploy', () => {
  it('waits for the reader, keeps the old version whole meanwhile, then switches cleanly', { timeout: 120_000 }, async () => {
    cpSync(v1, v2, { recursive: true });
    const home = join(v2, 'index.html');
    writeFileSync(home, readFileSync(home, 'utf8').replace('<h1>Vietnam Trafficking Studies Atlas</h1>', '<h1>Vietnam Trafficking Studies Atlas, second edition</h1>'));
    writeServiceWorker(v2, BASE, offlinePlan(v2, BASE, 25 * 1024 * 1024));
    await serve(v2);

    await page.goto(server!.url);
    // The new worker stores every file (both search bundles, about 2.5 MB) before it says so: on a busy 2-core runner that took over 30 s once.
    await expect.poll(footerStatus, { timeout: 60_000 }).toMatch(/^A new version of the atlas is ready/);
    expect(await page.locator('h1').textContent()).toBe('Vietnam Trafficking Studies Atlas');

    await page.getByRole('button', { name: 'Reload to update' }).click();
    // The page reloads once the new worker has taken over; under load that has taken over 30 s.
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 60_000 }).toBe('Vietnam Trafficking Studies Atlas, second edition');
    const cacheNames: string[] = await page.evaluate(() => window.caches.keys());
    expect(cacheNames, 'the old version’s cache is gone').toHaveLength(1);
  });
});

describe('a site too large to store on the first visit', () => {
  it('stores only the shell, offers to save the atlas, and then reads offline', async () => {
    const small = join(work, 'explicit');
    cpSync(v1, small, { recursive: true });
    writeServiceWorker(small, BASE, offlinePlan(small, BASE, 100_000));
    const explicitServer = await startServer({ dir: small, base: BASE, port: 0 });
    const context2 = await browser.newContext();
    const reader = await context2.newPage();
    await reader.goto(explicitServer.url);
    const status = reader.locator('[data-offline-status]');
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/^Save the atlas for offline reading \(\d+\.\d MB\)/);
    const manifest = manifestOf(small);
    expect(manifest.precacheAll).toBe(false);
    expect(await storedPaths(reader)).toEqual(expect.arrayContaining(manifest.shell));
    expect(await storedPaths(reader)).not.toContain(`${BASE}studies/iom-human-trafficking-vietnam/`);
    await reader.getByRole('button', { name: 'Save the atlas for offline reading' }).click();
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/^Available offline/);
    expect(await storedPaths(reader)).toEqual(expect.arrayContaining(manifest.all));
    const origin = new URL(explicitServer.url).origin;
    await explicitServer.close();
    const response = await reader.goto(`${origin}${BASE}studies/iom-human-trafficking-vietnam/`);
    expect(response?.status()).toBe(200);
    expect(await reader.locator('h1').textContent()).toBe('Why IOM Has Not Been Optimal in Addressing Human Trafficking in Vietnam');
    await context2.close();
  });
});
