/**
 * "Cite this study" in Chromium, for every atlas: without JavaScript the citations are there to
 * read and select and no copy button shows; with it, each button copies its citation whole and
 * says so in its status; where the clipboard refuses, the text is selected instead.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/en.ts';
import { outputFileOf } from '../../src/lib/util/paths.ts';
import { rootBuilds } from '../support/atlases.ts';
import { useSiteInChromium } from '../support/harness.ts';
import { urlOf } from '../support/page-types.ts';

describe.each(rootBuilds.map((b) => [b.name, b] as const))('copying a citation in the %s', (_name, build) => {
  const site = useSiteInChromium(build.dist, build.base);
  const slug = build.content.studies[0]!.slug;
  const pageUrl = () => urlOf(site.server().url, build.routes.study(slug));
  const file = (format: 'bibtex' | 'ris') => readFileSync(join(build.dist, outputFileOf(build.routes.citation(slug, format))), 'utf8');
  const button = (label: string) => ({ name: ui['study.cite.copy'](label), exact: true });

  it('shows the citations and no copy button without JavaScript', async () => {
    const context = await site.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pageUrl());
    expect(await page.locator('.cite-this button').count()).toBeGreaterThan(0);
    expect(await page.locator('.cite-this button').filter({ visible: true }).count()).toBe(0);
    await page.locator('.cite-source summary', { hasText: ui['study.cite.bibtex'] }).click();
    expect(await page.locator('#cite-bibtex-text').textContent()).toBe(file('bibtex'));
    expect(await page.locator('#cite-bibtex-text').isVisible()).toBe(true);
    await context.close();
  });

  it('copies APA, BibTeX and RIS whole, and says “copied” beside the button clicked', async () => {
    const context = await site.browser().newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(pageUrl());
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    const statusOf = (label: string) => page.locator('.copy-row', { has: page.getByRole('button', button(label)) }).getByRole('status');

    await page.getByRole('button', button(ui['study.cite.apa'])).click();
    await expect.poll(() => statusOf(ui['study.cite.apa']).textContent()).toBe(ui['study.cite.copied']);
    expect(await clipboard()).toBe((await page.locator('#cite-apa-text').textContent())!.trim());

    await page.getByRole('button', button(ui['study.cite.bibtex'])).click();
    await expect.poll(() => statusOf(ui['study.cite.bibtex']).textContent()).toBe(ui['study.cite.copied']);
    expect(await clipboard()).toBe(file('bibtex').trim());
    expect(await statusOf(ui['study.cite.apa']).textContent(), 'only the last copy is announced').toBe('');

    await page.getByRole('button', button(ui['study.cite.ris'])).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => statusOf(ui['study.cite.ris']).textContent()).toBe(ui['study.cite.copied']);
    expect(await clipboard()).toBe(file('ris').trim());
    expect(await statusOf(ui['study.cite.ris']).isVisible()).toBe(true);
    await context.close();
  });

  it('selects the text and says so when the browser refuses the clipboard', async () => {
    const context = await site.browser().newContext();
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    const page = await context.newPage();
    await page.goto(pageUrl());
    await page.getByRole('button', button(ui['study.cite.ris'])).click();
    const status = page.locator('.copy-row', { has: page.getByRole('button', button(ui['study.cite.ris'])) }).getByRole('status');
    await expect.poll(() => status.textContent()).toBe(ui['study.cite.copyFailed']);
    expect(await page.evaluate(() => getSelection()?.toString().trim())).toBe(file('ris').trim());
    expect(await page.locator('#cite-ris-text').isVisible()).toBe(true);
    await context.close();
  });
});
