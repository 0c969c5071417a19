/**
 * Evidence links in Chromium, for every atlas: followed with the keyboard from a glossary entry,
 * and clicked in a study's own overview, they land on the passage that holds the quote, in view.
 * For browsers without text fragments, the passage highlighter marks the quoted words.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { rootBuilds } from '../support/atlases.ts';
import { tabTo, useSiteInChromium } from '../support/harness.ts';
import { urlOf } from '../support/page-types.ts';

/**
 * Where the address took the reader. Chromium keeps `#p-…` and drops the text directive; it
 * scrolls to the first match of the quoted words and makes the element holding it the `:target`
 * (or, without a directive, the passage itself). A directive that matches nothing scrolls
 * nowhere, and one that matches words shown earlier lands there: `found` says whether the
 * target is in the passage.
 */
async function landing(page: Page) {
  // Chromium looks for the words once the page is idle: give it a moment.
  await page
    .waitForFunction(() => {
      const passage = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      const target = document.querySelector(':target');
      return Boolean(passage && target && passage.contains(target));
    }, undefined, { timeout: 3000 })
    .catch(() => undefined);
  return page.evaluate(() => {
    const passage = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    const target = document.querySelector(':target');
    const box = passage?.getBoundingClientRect();
    return {
      hash: location.hash,
      found: Boolean(passage && target && passage.contains(target)),
      inView: box ? box.bottom > 0 && box.top < innerHeight : false,
      text: (passage?.textContent ?? '').replace(/\s+/g, ' '),
    };
  });
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const unquote = (text: string) => squash(text).replace(/^“|”$/g, '');
const passageOf = (href: string) => href.slice(href.indexOf('#')).split(':~:')[0];

describe.each(rootBuilds.map((b) => [b.name, b] as const))('evidence links in the %s', (_name, build) => {
  const site = useSiteInChromium(build.dist, build.base);
  const entry = build.content.glossary.find((e) => build.content.evidence.quotes.some((q) => q.usedIn === 'glossary' && q.file === e.file))!;
  const study = build.content.studies[0]!;

  it('followed with the keyboard from a glossary entry, land on the quoted passage of the study', async () => {
    const page = await site.browser().newPage();
    const start = urlOf(site.server().url, build.routes.glossaryEntry(entry.id));
    await page.goto(start);
    const link = page.locator('.entry-body a.evidence-link').first();
    const href = (await link.getAttribute('href'))!;
    const quote = unquote((await link.textContent())!);
    await tabTo(page, (el) => el.href === href, 200);
    await Promise.all([page.waitForURL((url) => url.href !== start), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(href.split('#')[0]);
    const landed = await landing(page);
    expect(landed.hash).toBe(passageOf(href));
    expect(landed.found).toBe(true);
    expect(landed.inView).toBe(true);
    // A [sic] mark the page adds may stand inside the quote; the words around it are all there.
    for (const word of quote.split(' ')) expect(landed.text).toContain(word);
    await page.close();
  });

  it('shown by number in a study’s overview, preview the quoted words on focus and mark them when followed', async () => {
    const page = await site.browser().newPage();
    await page.goto(urlOf(site.server().url, build.routes.study(study.slug)));
    // The full overview is folded under the summary: the reader opens it.
    const more = page.locator('.overview-more > summary');
    if ((await more.count()) > 0) await more.click();
    const ref = page.locator('.overview a.evidence-ref:not([data-words*=";"])').last();
    const id = (await ref.getAttribute('href'))!.slice(1);
    const quotes = build.content.evidence.quotes.filter((q) => q.study === study.slug && q.passage === id).map((q) => squash(q.quote));
    await ref.focus();
    const tip = page.locator('.term-preview[role="tooltip"]');
    await tip.waitFor();
    const preview = unquote((await tip.textContent())!);
    expect(quotes.some((quote) => preview.replace(/\[sic\]/g, '').includes(quote))).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction((hash) => location.hash === hash, `#${id}`);
    const landed = await landing(page);
    expect(landed.found && landed.inView).toBe(true);
    const mark = page.locator('mark.passage-mark');
    await mark.waitFor();
    expect(squash((await mark.textContent())!)).toBe(preview);
    expect(await mark.evaluate((el) => el.closest('[id^="p-"]')?.id)).toBe(id);
    const box = (await mark.boundingBox())!;
    expect(box.y + box.height > 0 && box.y < page.viewportSize()!.height).toBe(true);
    // A number that stands for two quotes of one passage shows both and marks both.
    const double = page.locator('.overview a.evidence-ref[data-words*=";"]').first();
    if ((await double.count()) > 0) {
      const spans = (await double.getAttribute('data-words'))!.split(';').length;
      await double.hover();
      await page.waitForFunction((n) => (document.querySelector('.term-preview')?.textContent ?? '').split(' … ').length === n, spans);
      await double.click();
      await page.waitForFunction((n) => document.querySelectorAll('mark.passage-mark').length === n, spans);
    }
    await page.close();
  });

  it('find their words in their own passage, one quote for each passage quoted (Chromium agrees with the build test)', { timeout: 120_000 }, async () => {
    // tests/build/evidence.test.ts checks every quote's first match in Node; this checks a quote of
    // every passage in the browser itself. A navigation Chromium starts applies the text fragment,
    // within the page too, but not always to the passage it is already at: one quote a passage.
    const lost: string[] = [];
    const check = async ([slug, quotes]: [string, Record<string, { id: string; fragment: string }>]) => {
      const page = await site.browser().newPage();
      const url = urlOf(site.server().url, build.routes.study(slug));
      await page.goto(url);
      const onePerPassage = new Map(Object.values(quotes).filter((q) => q.fragment).map((q) => [q.id, q.fragment]));
      for (const [id, fragment] of onePerPassage) {
        await page.goto(`${url}#${id}${fragment}`);
        const landed = await landing(page);
        if (!landed.found || !landed.inView) lost.push(`${slug}: #${id}${fragment} (${landed.found ? 'found, out of view' : 'not found'})`);
      }
      await page.close();
    };
    const studies = Object.entries(build.content.evidence.index);
    // Two pages at a time: the machine has two cores.
    for (let i = 0; i < studies.length; i += 2) await Promise.all(studies.slice(i, i + 2).map(check));
    expect(lost).toEqual([]);
  });

  it('for a browser without text fragments, mark the quoted words with the passage highlighter', async () => {
    const page = await site.browser().newPage();
    const url = urlOf(site.server().url, build.routes.study(study.slug));
    await page.goto(url);
    // The loader's address of the highlighter (bundled once, with a content hash).
    const script = /"([^"]*\/passage-highlight-[A-Z0-9]+\.js)"/.exec(await page.content())?.[1];
    expect(script, 'the search loader names the passage highlighter').toBeDefined();
    const withFragment = Object.entries(build.content.evidence.index[study.slug]!).filter(([, ref]) => ref.fragment);
    for (const [quote, { id, fragment }] of [withFragment[0]!, withFragment.at(-1)!]) {
      // Chromium removes a text directive from every address, so the hash another browser keeps is handed over.
      // (A string, so that the test runner does not rewrite the page's import.)
      await page.evaluate(`import(${JSON.stringify(script)}).then((m) => m.highlightPassage(${JSON.stringify(`#${id}${fragment}`)}))`);
      const mark = page.locator('mark.passage-mark');
      expect(await mark.count()).toBe(1);
      expect(squash((await mark.textContent())!).replace(/\[sic\]/g, '')).toBe(squash(quote));
      expect(await mark.evaluate((el) => el.closest('[id^="p-"]')?.id)).toBe(id);
      const box = (await mark.boundingBox())!;
      expect(box.y + box.height > 0 && box.y < page.viewportSize()!.height).toBe(true);
    }
    await page.close();
  });
});
