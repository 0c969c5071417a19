/**
 * axe-core on every page type, in the light and the dark colour scheme: no violation of
 * WCAG 2.0–2.2 A/AA nor of axe's best-practice rules. And no request leaves the site.
 */
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../scripts/serve.ts';
import { launchChromium, recordRequests, serveDist } from './harness.ts';
import { pageTypes, urlOf } from './page-types.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

describe.each(['light', 'dark'] as const)('axe in the %s colour scheme', (scheme) => {
  it.each(pageTypes.map((type) => [type.name, type] as const))('%s has no violations', async (_name, type) => {
    const page = await browser.newPage({ colorScheme: scheme });
    await page.goto(urlOf(server.url, type.path));
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(
      async (tags) => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
      },
      AXE_TAGS,
    );
    expect(violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.close();
  });
});

describe('network', () => {
  it('loads nothing from another site on any page type', async () => {
    const page = await browser.newPage();
    const requests = recordRequests(page);
    for (const type of pageTypes) await page.goto(urlOf(server.url, type.path), { waitUntil: 'networkidle' });
    const origin = new URL(server.url).origin;
    expect(requests.length).toBeGreaterThan(pageTypes.length);
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    await page.close();
  });
});
