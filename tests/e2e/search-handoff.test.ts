/**
 * Search hands over to the page in real Chromium, in every built atlas: what is typed straight
 * after "/" reaches the search input, however slowly the interface loads; and a result opens
 * its page at the first match of the query, with a bar that counts the matches and moves
 * between them by button and by key, passing axe.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtAtlases, type BuiltAtlas } from '../support/atlases.ts';
import { axeViolations, tabTo, useSiteInChromium } from '../support/harness.ts';
import { urlOf } from '../support/page-types.ts';
import { deepWords, matchState } from '../support/search-matches.ts';

const SEARCH_WAIT = { timeout: 15_000 };

/** Two words of the first study's title: a query that finds it (tests/build/search-index.test.ts). */
function titleQuery(build: BuiltAtlas): string {
  const study = build.content.studies[0]!;
  const title = study.data.title[build.locale] ?? Object.values(study.data.title)[0]!;
  return title.split(/\s+/).filter((word) => /^\p{L}{6,}$/u.test(word)).slice(0, 2).join(' ');
}

describe.each(builtAtlases.map((b) => [b.name, b] as const))('search hand-off in the %s', (_name, build) => {
  const site = useSiteInChromium(build.dist, build.base);
  const url = (path: string) => urlOf(site.server().url, path);

  it.each([
    ['on a cold page', false],
    ['while the search interface is still on its way (a slow connection)', true],
  ])('keeps every key typed straight after "/", Backspace included, %s', async (_when, slow) => {
    // A new context: nothing cached.
    const context = await site.browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    let arrive = () => {};
    const typed = new Promise<void>((resolve) => (arrive = resolve));
    if (slow) await page.route('**/_search/search-ui-*.js', async (route) => typed.then(() => route.continue()));
    const query = titleQuery(build);
    await page.goto(url(build.routes.glossary()));
    await page.keyboard.press('/');
    await page.keyboard.type(`${query}x`, { delay: 0 });
    await page.keyboard.press('Backspace');
    if (slow) expect(await page.locator('dialog[open]').count(), 'the keys were typed before the input existed').toBe(0);
    arrive();
    await page.locator('dialog.search-dialog[open]').waitFor();
    await expect.poll(() => page.locator('#search-dialog-input').inputValue()).toBe(query);
    await expect.poll(() => page.locator('.search-result').count(), SEARCH_WAIT).toBeGreaterThan(0);
    expect(await page.locator('#search-dialog-status').textContent()).toContain(`for “${query}”`);
    await context.close();
  });

  it('opens a result at its first match, far down the page, and moves between matches', async () => {
    const page = await site.browser().newPage({ viewport: { width: 1280, height: 600 } });
    const { word, study, firstTop } = await deepestWord(page, build, url);
    expect(firstTop, `"${word}" first occurs below the first screen of ${study}`).toBeGreaterThan(600);

    const result = await resultFor(page, url(`${build.routes.search()}?q=${encodeURIComponent(word)}`), word, study);
    await Promise.all([page.waitForURL((u) => u.pathname.endsWith(study) && u.searchParams.has('highlight')), result.click()]);
    await expect.poll(() => matchState(page), SEARCH_WAIT).toMatchObject({ current: 0, onScreen: true, focused: true });
    const { marks } = await matchState(page);
    expect(marks).toBeGreaterThanOrEqual(2);
    await expect.poll(async () => (await matchState(page)).status).toMatch(new RegExp(`^Match 1 of ${marks} `));

    await page.keyboard.press('n');
    await expect.poll(() => matchState(page)).toMatchObject({ current: 1, onScreen: true, focused: true, status: expect.stringMatching(new RegExp(`^Match 2 of ${marks} `)) });
    await page.keyboard.press('p');
    await expect.poll(() => matchState(page)).toMatchObject({ current: 0, onScreen: true, status: expect.stringMatching(/^Match 1 of /) });

    // The bar's buttons in the tab order, after the site's header; Enter on Next keeps focus on it.
    await page.locator('a.skip-link').focus();
    await tabTo(page, (el) => el.tag === 'BUTTON' && el.text.startsWith('Next'));
    await page.keyboard.press('Enter');
    await expect.poll(() => matchState(page)).toMatchObject({ current: 1, onScreen: true, status: expect.stringMatching(/^Match 2 of /) });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Next/);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => matchState(page)).toMatchObject({ current: 0, onScreen: true, status: expect.stringMatching(/^Match 1 of /) });

    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('region', { name: /^Matches of your search/ }).count()).toBe(0);
    expect((await matchState(page)).focused, 'focus goes back to the match').toBe(true);
    await page.keyboard.press('n');
    expect((await matchState(page)).current, 'the keys are gone with the bar').toBe(0);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('passes axe with the match bar open (%s)', async (scheme) => {
    const page = await site.browser().newPage({ colorScheme: scheme });
    const study = build.routes.study(build.content.studies[0]!.slug);
    await page.goto(url(study));
    const [deepest] = await deepWords(page);
    await page.goto(url(`${study}?highlight=${deepest!.word}`));
    await expect.poll(() => matchState(page), SEARCH_WAIT).toMatchObject({ current: 0, status: expect.stringMatching(/^Match 1 of /) });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

/** Over every study of the atlas: the word of its indexed text first met furthest down. */
async function deepestWord(page: Page, build: BuiltAtlas, url: (path: string) => string) {
  let deepest: { word: string; study: string; firstTop: number } | undefined;
  for (const study of build.content.studies) {
    const path = build.routes.study(study.slug);
    await page.goto(url(path));
    const words = await deepWords(page);
    if (words[0] && words[0].firstTop > (deepest?.firstTop ?? -1)) {
      deepest = { word: words[0].word, study: path, firstTop: words[0].firstTop };
    }
  }
  if (!deepest) throw new Error(`${build.name}: no study has a word that occurs twice`);
  return deepest;
}

/** The result link to `study` on the search page for `word` (shareable, so it is the page to start from). */
async function resultFor(page: Page, searchUrl: string, word: string, study: string) {
  await page.goto(searchUrl);
  await expect.poll(() => page.locator('.search-result').count(), SEARCH_WAIT).toBeGreaterThan(0);
  const link = page.locator(`.search-result-title[href*="${study}?"]`);
  expect(await link.count(), `the search for "${word}" lists ${study}`).toBe(1);
  return link;
}
