/** Citations of each study from its frontmatter: formats parse back, types are right, nothing is invented. */
import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../../src/lib/atlas/load.ts';
import { checkContent } from '../../../src/lib/checks/content-check.ts';
import { citations, cslItem } from '../../../src/lib/util/citation.ts';
import { root } from '../../support/site.ts';

const atlas = await loadAtlas(root);
const { studies } = checkContent(atlas);

describe.each(studies.map((s) => [s.slug, s] as const))('citation of %s', (slug, study) => {
  const url = `https://example.org/atlas/studies/${slug}/`;
  const item = cslItem(slug, study.data, url, atlas.config, 'en');
  const cited = citations(item, atlas.config.citation.locales);
  const out = { ...cited, apa: cited.apa[0]!.text, apaIndonesian: cited.apa.find((a) => a.locale === 'id-ID')!.text };
  const journal = study.data.kind === 'journal-article';

  it('has the right type in every format', () => {
    expect(item.type).toBe(journal ? 'article-journal' : 'thesis');
    expect(out.ris).toMatch(journal ? /^TY {2}- JOUR$/m : /^TY {2}- THES$/m);
    expect(out.bibtex).toMatch(journal ? /^@article\{/ : /^@thesis\{/);
    if (!journal) expect(out.bibtex).toContain('\ttype = {Undergraduate thesis},\n');
    expect(JSON.parse(out.csl)[0].type).toBe(item.type);
  });

  it('BibTeX parses back with citation-js to the same work', () => {
    const [parsed] = new Cite(out.bibtex).data as { title: string; type: string; URL?: string }[];
    expect(parsed!.title.replace(/[{}]/g, '')).toContain(study.data.title.en!.split('’')[0]!.replace(/[{}]/g, ''));
    expect(parsed!.URL).toBe(url);
  });

  it('names no place when the site’s URL is unknown', () => {
    const local = citations(cslItem(slug, study.data, undefined, atlas.config, 'en'), atlas.config.citation.locales);
    for (const text of [local.bibtex, local.ris, local.csl, ...local.apa.map((a) => a.text)]) expect(text).not.toMatch(/https?:|\burl\b|^UR /im);
  });

  it('brackets the descriptive title and invents no date, author, DOI or institution', () => {
    expect(out.apa).toContain(`[${study.data.title.en!}]`);
    expect(out.apa).toContain('(n.d.)');
    expect(out.apaIndonesian).toContain('(t.t.)');
    expect(out.apa).toContain(url);
    expect(item.DOI).toBeUndefined();
    expect(item.publisher).toBeUndefined();
    expect(item.issued).toBeUndefined();
    if (slug === 'unicef-child-trafficking-vietnam') {
      expect(out.apa).toMatch(/^Dwi Okta\. \(n\.d\.\)\. \[UNICEF’s Efforts in Dealing with Child Trafficking in Vietnam\]\. Sang Pencerah: Jurnal Ilmiah Universitas Muhammadiyah Buton, 8\(4\), 924–938\./);
    } else {
      expect(item.author).toBeUndefined();
      expect(out.ris).not.toMatch(/^AU /m);
    }
  });
});
