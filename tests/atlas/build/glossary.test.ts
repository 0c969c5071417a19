/** The project's own glossary: its entries, and the studies each entry lists. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, Page } from '../../support/site.ts';
import { studyUrls } from '../real.ts';

const entryIds = readdirSync(join(dist, 'glossary'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('glossary entries', () => {
  it('include the agreed URLs and at least 28 entries', () => {
    for (const id of ['human-security', 'regime-effectiveness', 'anti-trafficking-4p']) expect(entryIds).toContain(id);
    expect(entryIds.length).toBeGreaterThanOrEqual(28);
  });

  it('show the term in both languages, the Indonesian marked as such', () => {
    const page = Page.load('/glossary/human-security/');
    expect(page.text('h1')).toBe('Human security');
    expect(page.text('.source-title')).toBe('In Indonesian: Keamanan manusia');
    expect(page.attr('.source-title span[lang]', 'lang')).toBe('id');
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
    expect(usedIn).toMatch(/Vietnam’s Foreign Policy towards Vietnamese Child Trafficking in the UK, 2017–2021 \(a framework it uses; mentions it\)/);
    expect(usedIn).toMatch(/UNICEF’s Efforts in Dealing with Child Trafficking in Vietnam \(a framework it uses; mentions it\)/);
    const regime = Page.load('/glossary/regime-effectiveness/').text('section[aria-labelledby="used-in"]');
    expect(regime).toContain('The Effectiveness of ACTIP-WC in Addressing Human Trafficking in Vietnam (a framework it uses; mentions it)');
  });
});
