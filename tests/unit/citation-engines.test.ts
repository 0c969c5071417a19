/**
 * The citation engines the build owns (and lets go, one locale at a time) format every entry as
 * citation-js's own bibliography output does: the same text, in each locale, before and after
 * an engine is released.
 */
import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { CitationEngines } from '../../src/lib/util/citation-engines.ts';
import { apaText, citationEntry, citations, type CslItem } from '../../src/lib/util/citation.ts';

const items: CslItem[] = [
  {
    id: 'thesis',
    'citation-key': 'thesis',
    type: 'thesis',
    title: 'Upaya Pemerintah Vietnam dalam Menangani Perdagangan Manusia',
    language: 'id',
    author: [{ literal: 'Penulis Satu' }],
    issued: { 'date-parts': [[2019]] },
    genre: 'Skripsi',
    publisher: 'Universitas Contoh',
    URL: 'https://example.org/studies/thesis/',
  },
  {
    id: 'article',
    'citation-key': 'article',
    type: 'article-journal',
    title: '[UNICEF’s efforts in dealing with child trafficking in Vietnam]',
    language: 'id',
    author: [{ literal: 'Dwi Okta' }, { literal: 'Second Author' }],
    'container-title': 'A Journal of Social Science',
    volume: '8',
    issue: '4',
    page: '924-938',
    DOI: '10.1234/example.5678',
  },
  { id: 'untitled-report', 'citation-key': 'untitled-report', type: 'report', title: 'A report with no author or year', language: 'en', genre: 'Policy brief' },
];
/** The last is a locale citation-js has no terms for: both fall back to the style's. */
const LOCALES = ['en-US', 'id-ID', 'xx-XX'];

/** What citation-js formats, through its own engines. */
const byCitationJs = (item: CslItem, lang: string) => (new Cite([item]).format('bibliography', { format: 'text', template: 'apa', lang }) as string).trim();

describe('CitationEngines', () => {
  it('formats each entry as citation-js does, in every locale and after a release', () => {
    const engines = new CitationEngines('apa');
    for (const round of [1, 2]) {
      for (const locale of LOCALES) {
        for (const item of items) {
          const entry = citationEntry(item);
          const text = locale === 'xx-XX' ? engines.bibliography(entry.data, locale).trim() : apaText(entry, locale, engines);
          expect(text, `${item.id} in ${locale}, round ${round}`).toBe(byCitationJs(item, locale));
        }
        expect(engines.size).toBe(1);
        engines.release(locale);
        expect(engines.size).toBe(0);
      }
    }
  }, 30_000);

  it('gives the same citations through the build’s formatting as through citation-js', () => {
    for (const item of items) {
      const result = citations(item, ['en-US', 'id-ID']);
      expect(result.apa).toEqual([
        { locale: 'en-US', text: byCitationJs(item, 'en-US') },
        { locale: 'id-ID', text: byCitationJs(item, 'id-ID') },
      ]);
    }
  }, 30_000);

  it('says which style it does not know', () => {
    expect(() => new CitationEngines('no-such-style')).toThrow(/Cannot find style 'no-such-style'/);
  });
});
