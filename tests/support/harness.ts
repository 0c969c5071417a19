/**
 * Shared set-up of the browser tests: Debian's Chromium driven by playwright-core (never a
 * downloaded browser), and the built site served the way GitHub Pages serves it.
 * A missing Chromium fails the tests with the fix; it never skips them.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll } from 'vitest';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type LaunchOptions, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../scripts/serve.ts';

export const root = resolve(import.meta.dirname, '../..');
export const dist = join(root, 'dist');

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (path): path is string => Boolean(path),
  );
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `Chromium not found (looked at ${candidates.join(', ')}). Install Debian's package: apt-get install -y chromium, or set CHROMIUM_PATH. Browser tests never skip.`,
    );
  }
  return found;
}

export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), ...options, args: [...CHROMIUM_FLAGS, ...(options.args ?? [])] });
}

export function serveDist(dir = dist, base = '/'): Promise<RunningServer> {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no index.html: npm test builds the site first`);
  return startServer({ dir, base, port: 0 });
}

/** Every request a page makes, so that a test can assert none leaves the site. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** Presses Tab until `matches` holds for the focused element; fails after `limit` presses. */
export async function tabTo(page: Page, matches: (el: { tag: string; text: string; href: string | null }) => boolean, limit = 60) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { tag: el?.tagName ?? '', text: (el?.textContent ?? '').trim(), href: el?.getAttribute('href') ?? null };
    });
    if (matches(focused)) return focused;
  }
  throw new Error(`Tab did not reach the element after ${limit} presses`);
}

/** The focused element has a visible focus indicator (outline or box-shadow). */
export function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
  });
}

/**
 * Serves a built site (default `dist/`) and starts Chromium for the tests of one file or suite
 * (registers beforeAll/afterAll); the getters are valid inside tests.
 */
export function useSiteInChromium(dir = dist, base = '/'): { browser: () => Browser; server: () => RunningServer } {
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await serveDist(dir, base);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    browser: () => browser ?? (() => { throw new Error('Chromium is not running: use it inside a test'); })(),
    server: () => server ?? (() => { throw new Error('The site is not served: use it inside a test'); })(),
  };
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** Runs axe-core on the page (or on the element matching `selector`); returns one line per violation. */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(
    async ({ tags, selector }) => {
      interface Violation { id: string; impact: string; help: string; nodes: { target: string[] }[] }
      const axe = (window as unknown as { axe: { run: (context: unknown, options: object) => Promise<{ violations: Violation[] }> } }).axe;
      const context = selector ? document.querySelector(selector) : document;
      const result = await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    { tags: AXE_TAGS, selector },
  );
}
