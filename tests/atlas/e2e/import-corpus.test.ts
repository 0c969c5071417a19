/**
 * The importer measured on this atlas's five sources (scripts/import-report.ts, whose table is
 * in the README): each raw text, and a PDF that Chromium prints from its reviewed study with a
 * running header, page numbers and hyphenated line ends, imported with --out and compared with
 * the reviewed study. Nothing of a source may be missing from its draft; the structure a
 * person would otherwise rebuild must mostly be there already.
 */
import { describe, expect, it } from 'vitest';
import { measureImports, type ImportMeasure } from '../../../scripts/import-report.ts';

const share = (m: ImportMeasure, kinds: ('headings' | 'items' | 'paragraphs' | 'abstracts')[]) => {
  const expected = kinds.reduce((sum, k) => sum + m[k].expected, 0);
  return expected === 0 ? 1 : kinds.reduce((sum, k) => sum + m[k].found, 0) / expected;
};

describe('the importer on the five sources of this atlas', () => {
  it('carries every sentence of every source, and recovers the reviewed structure', async () => {
    const measures = await measureImports();
    expect(measures).toHaveLength(10);
    for (const m of measures) {
      const label = `${m.source} from ${m.input}`;
      expect(m.sentencesInDraft, `${label}: sentences of the source in the draft`).toBe(m.sentences);
      expect(m.headings.found, `${label}: headings`).toBe(m.headings.expected);
      if (m.input === 'text') {
        expect(share(m, ['abstracts', 'headings', 'items', 'paragraphs']), `${label}: blocks as reviewed`).toBeGreaterThanOrEqual(0.95);
      } else {
        expect(share(m, ['abstracts', 'headings', 'items', 'paragraphs']), `${label}: blocks as reviewed`).toBeGreaterThanOrEqual(0.5);
      }
    }
  }, 180_000);
});
