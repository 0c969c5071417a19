/**
 * Lighthouse (default mobile settings: simulated slow 4G and a 4× slower CPU) on the home page
 * and a study: accessibility, best practices and SEO at 100, performance at least 95.
 * Runs in its own vitest project, alone, so that other tests do not load the CPU it measures.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../scripts/serve.ts';
import { CHROMIUM_FLAGS, chromiumPath, serveDist } from '../../support/harness.ts';
import { urlOf } from '../../support/page-types.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'study 002 (the longest)', path: '/studies/unicef-child-trafficking-vietnam/' },
  { name: 'glossary entry', path: '/glossary/human-security/' },
  { name: 'search page', path: '/search/?q=keamanan%20manusia' },
];

let chrome: chromeLauncher.LaunchedChrome;
let server: RunningServer;

beforeAll(async () => {
  server = await serveDist();
  chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROMIUM_FLAGS });
});

afterAll(async () => {
  chrome?.kill();
  await server?.close();
});

describe('Lighthouse', () => {
  it.each(PAGES.map((p) => [p.name, p] as const))('%s scores 100/100/100 and performance ≥ 95', async (_name, { path }) => {
    const result = await lighthouse(urlOf(server.url, path), {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((result.lhr.categories[id]?.score ?? 0) * 100)]));
    const failing = Object.values(result.lhr.audits)
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
      .map((audit) => `${audit.id}: ${audit.title}`);
    console.log(`Lighthouse ${path}: ${JSON.stringify(scores)}`);
    expect({ ...scores, performance: scores.performance! >= 95 ? 'ok' : scores.performance }, failing.join('\n')).toEqual({
      performance: 'ok',
      accessibility: 100,
      'best-practices': 100,
      seo: 100,
    });
  });
});
