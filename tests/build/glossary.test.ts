/** The glossary as built: entries, the index, cross-links and the studies each entry lists. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../../src/lib/link-check.ts';
import { dist, Page, studyUrls } from './site.ts';

const entryIds = readdirSync(join(dist, 'glossary'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const pages = htmlFiles(dist).map((file) => ({ url: `/${file.slice(dist.length + 1)}`.replace(/index\.html$/, ''), page: Page.load(`/${file.slice(dist.length + 1)}`) }));

describe('glossary entries', () => {
  it('include the agreed URLs and at least 28 entries', () => {
    for (const id of ['human-security', 'regime-effectiveness', 'anti-trafficking-4p']) expect(entryIds).toContain(id);
    expect(entryIds.length).toBeGreaterThanOrEqual(28);
  });

  it.each(entryIds)('%s: English and Indonesian term, definition, what the studies say, used in', (id) => {
    const page = Page.load(`/glossary/${id}/`);
    expect(page.text('h1').length).toBeGreaterThan(1);
    expect(page.text('title')).toBe(`${page.text('h1')} · Vietnam Trafficking Studies Atlas`);
    expect(page.text('.lead').length).toBeGreaterThan(20);
    expect(page.all('.entry-body h2').map((h) => page.text(`#${String(h.properties?.id)}`))).toContain('What the studies say');
    const usedIn = page.text('section[aria-labelledby="used-in"]');
    expect(usedIn).toMatch(/applies it|mentions it/);
    expect(page.all('section[aria-labelledby="used-in"] a[href^="/studies/"]').length).toBeGreaterThan(0);
  });

  it('never link to themselves', () => {
    for (const id of entryIds) {
      expect(Page.load(`/glossary/${id}/`).all(`.entry-body a[href="/glossary/${id}/"]`), id).toHaveLength(0);
    }
  });

  it('are each reachable from the index and linked from at least one other page', () => {
    const index = Page.load('/glossary/').all('main a').map((a) => a.properties?.href);
    for (const id of entryIds) {
      expect(index, id).toContain(`/glossary/${id}/`);
      const linkedFrom = pages.filter(({ url, page }) => url !== '/glossary/' && url !== `/glossary/${id}/` && page.all(`main a[href="/glossary/${id}/"]`).length > 0);
      expect(linkedFrom.length, `${id} is linked from no page but the index`).toBeGreaterThan(0);
    }
  });
});

describe('the glossary index', () => {
  it('groups entries by kind, A–Z, each with its short definition', () => {
    const page = Page.load('/glossary/');
    expect(page.all('main h2').map((h) => toText(h).trim())).toEqual(['Concepts', 'Actors', 'Instruments']);
    for (const kind of ['concept', 'actor', 'instrument']) {
      const terms = page.all(`section[aria-labelledby="${kind}"] dt a`).map((a) => toText(a).trim());
      expect(terms.length).toBeGreaterThan(0);
      expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'en')));
      expect(page.all(`section[aria-labelledby="${kind}"] dd`)).toHaveLength(terms.length);
    }
  });
});

describe('cross-links from the studies', () => {
  it('lists each study’s frameworks and actors as glossary links', () => {
    const page = Page.load(studyUrls['003_2ce81c8634926572.txt']);
    expect(page.all('.meta-panel a.term[href="/glossary/regime-effectiveness/"]')).toHaveLength(1);
    expect(page.all('.meta-panel a.term[href="/glossary/actip-wc/"]')).toHaveLength(1);
    expect(Page.load('/studies/').all('table.studies-table a.term[href="/glossary/human-security/"]')).toHaveLength(2);
  });

  it('links terms in the study text, the first mention per section', () => {
    const page = Page.load(studyUrls['002_66b5fd60abc40bb4.txt']);
    const links = page.all('#source-text a.term').map((a) => a.properties?.href);
    expect(links).toContain('/glossary/unicef/');
    expect(links).toContain('/glossary/human-security/');
    expect(page.all('#source-text h3 a, #source-text h4 a')).toHaveLength(0);
  });

  it('computes "Used in" from the studies: human security is applied by 001 and 002', () => {
    const usedIn = Page.load('/glossary/human-security/').text('section[aria-labelledby="used-in"]');
    expect(usedIn).toMatch(/Vietnam’s Foreign Policy towards Vietnamese Child Trafficking in the UK, 2017–2021 \(applies it as a framework; mentions it\)/);
    expect(usedIn).toMatch(/UNICEF’s Efforts in Dealing with Child Trafficking in Vietnam \(applies it as a framework; mentions it\)/);
    const regime = Page.load('/glossary/regime-effectiveness/').text('section[aria-labelledby="used-in"]');
    expect(regime).toContain('The Effectiveness of ACTIP-WC in Addressing Human Trafficking in Vietnam (applies it as a framework; mentions it)');
  });
});

