/**
 * The citation files of every study of every build, read back the way a reference manager reads
 * them (citation-js's BibTeX and RIS parsers): the right item type, the study's slug as key and
 * file name, every field whole (title and abstract as the study states them, one RIS line per
 * field), abstract words that are the source's own, and the page's URL only when it is known.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CITATION_EXTENSIONS, type CitationFormat } from '../../src/lib/atlas/routes.ts';
import { cleanSource, type CorrectionsFile } from '../../src/lib/checks/fidelity.ts';
import { readTextFile } from '../../src/lib/checks/text-file.ts';
import { pick } from '../../src/lib/model/localized-text.ts';
import { outputFileOf } from '../../src/lib/util/paths.ts';
import { builtAtlases, under } from '../support/atlases.ts';
import { Page } from '../support/site.ts';

interface Parsed {
  type: string;
  id: string;
  'citation-key'?: string;
  title: string;
  genre?: string;
  abstract?: string;
  URL?: string;
}

const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

describe.each(builtAtlases.map((b) => [b.name, b] as const))('citation files of the %s', (_name, build) => {
  const { atlas, routes, site } = build;
  const corrections: CorrectionsFile = existsSync(atlas.layout.correctionsFile)
    ? (JSON.parse(readFileSync(atlas.layout.correctionsFile, 'utf8')) as CorrectionsFile)
    : { files: {} };

  describe.each(build.content.studies.map((s) => [s.slug, s] as const))('%s', (slug, study) => {
    const kind = atlas.config.kinds.find((k) => k.id === study.data.kind)!;
    const title = pick(study.data.title, build.locale).text;
    const expectedTitle = study.data.titleDescriptive ? `[${title}]` : title;
    const pageUrl = site ? `${site}${under(build, routes.study(slug))}` : undefined;
    const read = (format: CitationFormat) => readFileSync(join(build.dist, outputFileOf(routes.citation(slug, format))), 'utf8');
    const csl = (JSON.parse(read('csl')) as Parsed[])[0]!;
    const bib = (new Cite(read('bibtex')).data as unknown as Parsed[])[0]!;
    const ris = (new Cite(read('ris')).data as unknown as Parsed[])[0]!;

    it('names each file after the study, and the page links to each for download', () => {
      const page = Page.load(routes.study(slug), build.dist);
      for (const [format, extension] of Object.entries(CITATION_EXTENSIONS) as [CitationFormat, string][]) {
        expect(routes.citation(slug, format)).toBe(`${routes.study(slug)}${slug}.${extension}`);
        expect(page.all(`a[download][href="${under(build, routes.citation(slug, format))}"]`), format).toHaveLength(1);
      }
      expect(page.text('.cite-this p:has(a[download])')).toMatch(/: BibTeX · RIS · CSL-JSON$/);
    });

    it('reads back as the kind’s item type, with the slug as key, the whole title and the kind’s genre', () => {
      for (const [format, item] of [['csl', csl], ['bibtex', bib], ['ris', ris]] as const) {
        expect(item.type, format).toBe(kind.csl);
        expect(item.title, format).toBe(expectedTitle);
        expect(item.genre, format).toBe(kind.genre ? pick(kind.genre, build.locale).text : undefined);
        expect(item.URL, format).toBe(pageUrl);
      }
      expect(csl['citation-key']).toBe(slug);
      expect(bib['citation-key']).toBe(slug);
      expect(read('bibtex')).toMatch(new RegExp(`^@${kind.csl === 'article-journal' ? 'article' : kind.csl}\\{${slug},\\n`));
      expect(read('ris')).toContain(`\nID  - ${slug}\n`);
    });

    it('gives RIS one line per field and BibTeX one line per field', () => {
      const lines = read('ris').replace(/\n$/, '').split('\n');
      expect(lines[0]).toMatch(/^TY {2}- [A-Z]+$/);
      expect(lines.at(-1)).toBe('ER  - ');
      for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
      expect(lines.find((line) => line.startsWith('TI  - '))).toBe(`TI  - ${expectedTitle}`);
      const bibLines = read('bibtex').replace(/\n$/, '').split('\n');
      for (const line of bibLines.slice(1, -1)) expect(line).toMatch(/^\t[a-z]+ = \{.*\},$/);
    });

    it('carries the abstract whole, in words of the source text', () => {
      expect(bib.abstract).toBe(csl.abstract);
      expect(ris.abstract).toBe(csl.abstract);
      if (!csl.abstract) return;
      const file = study.data.source.file;
      const raw = readTextFile(join(atlas.layout.seedsDir, file));
      if (!raw.ok) throw new Error(raw.problem);
      const source = new Set(words(cleanSource(raw.text, corrections.files[file]).text));
      const cited = words(csl.abstract);
      expect(cited.length).toBeGreaterThan(20);
      expect(cited.filter((word) => !source.has(word))).toEqual([]);
    });
  });
});
