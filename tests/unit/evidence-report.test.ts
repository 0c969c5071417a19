/** The evidence half of the fidelity report: claims counted, and quotes looked for where their links point in the built page. */
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/lib/checks/content-check.ts';
import { claimsOf, entryEvidence, fragmentWords, holdsQuote, passagesInPage, studyEvidence } from '../../src/lib/checks/evidence-report.ts';

const claim = (text: string) => ({ text, evidence: ['x'] });
const check = {
  problems: [],
  studies: [{ slug: 'a-study', data: { overview: { en: { summary: claim('s'), findings: [claim('f1'), claim('f2')], challenges: [] } } } }],
  glossary: [
    { id: 'term', file: 'glossary/term.mdx', data: { definitionBasis: [{ study: 'a-study', quote: 'Satu dua' }] } },
    { id: 'other', file: 'glossary/other.mdx', data: { definitionBasis: 'background' } },
  ],
  evidence: {
    index: {
      'a-study': {
        'Satu dua': { id: 'p-1', lang: 'id', fragment: ':~:text=Satu%20dua' },
        'Agains Trafficking': { id: 'p-2', lang: 'id', fragment: ':~:text=Agains,Trafficking' },
        'tidak ada': { id: 'p-1', lang: 'id', fragment: ':~:text=tidak%20ada' },
      },
    },
    quotes: [
      { study: 'a-study', quote: 'Satu dua', passage: 'p-1', usedIn: 'overview', file: 'studies/a-study.mdx' },
      { study: 'a-study', quote: 'Agains Trafficking', passage: 'p-2', usedIn: 'glossary', file: 'glossary/term.mdx' },
      { study: 'a-study', quote: 'tidak ada', passage: 'p-1', usedIn: 'timeline', file: 'timeline.yaml' },
      { study: 'a-study', quote: 'Satu dua', passage: 'p-1', usedIn: 'definition', file: 'glossary/term.mdx' },
    ],
    background: { other: ['Umum'] },
  },
} as unknown as CheckResult;

const page = '<main><p id="p-1">Satu   dua tiga.</p><ul><li id="p-2">Agains<span>[sic]</span> Trafficking</li></ul><p>Bukan passage.</p></main>';

describe('the evidence report', () => {
  it('reads a page’s passages and a fragment’s words', () => {
    expect([...passagesInPage(page)]).toEqual([
      ['p-1', 'Satu dua tiga.'],
      ['p-2', 'Agains[sic] Trafficking'],
    ]);
    expect(fragmentWords(':~:text=kata-,Agains,Trafficking%20in%20UK%20(ECPAT),-dan%2Dlain')).toEqual(['kata', 'Agains', 'Trafficking in UK (ECPAT)', 'dan-lain']);
    expect(holdsQuote('Satu dua tiga.', 'Satu dua tiga.', '')).toBe(true);
    expect(holdsQuote('Satu dua tiga.', 'Satu empat', '')).toBe(false);
  });

  it('counts claims and quotes by use, and names a quote its passage does not hold', () => {
    const report = studyEvidence(check, 'a-study', page);
    expect(report.claims).toBe(3);
    expect(claimsOf({ summary: claim('s'), findings: [] })).toBe(1);
    expect(report.quotes).toEqual({ overview: 1, glossary: 1, timeline: 1, definition: 1, note: 0 });
    expect(report.notInPage.map((q) => q.quote)).toEqual(['tidak ada']);
  });

  it('names a quote whose passage is not on the page at all', () => {
    expect(studyEvidence(check, 'a-study', '<p id="p-1">Satu dua tidak ada</p>').notInPage.map((q) => q.passage)).toEqual(['p-2']);
  });

  it('says what each glossary entry rests on', () => {
    expect(Object.fromEntries(entryEvidence(check))).toEqual({
      term: { definition: ['a-study'], quotes: 1, backgroundPassages: 0 },
      other: { definition: 'background', quotes: 0, backgroundPassages: 1 },
    });
  });
});
