import { describe, expect, it } from 'vitest';
import { cleanSource, compare, pageText, sentences } from '../../src/lib/checks/fidelity.ts';

describe('cleanSource', () => {
  it('joins broken lines, keeps a line-final hyphen as a real hyphen, and drops listed lines', () => {
    const raw = 'Pada negara-\nnegara berkembang \n929 \nterjadi perdagangan.\n\nHeader Line\nKalimat kedua.';
    const { text, unused } = cleanSource(raw, {
      dropLines: [
        { line: '929', reason: 'page number' },
        { line: 'Header Line', reason: 'running header' },
      ],
    });
    expect(text).toBe('Pada negara-negara berkembang terjadi perdagangan. Kalimat kedua.');
    expect(unused).toEqual([]);
  });

  it('applies corrections and reports those that match nothing', () => {
    const { text, unused } = cleanSource('Pada kateg ori ini, aktor non- negara.', {
      replace: [
        { find: 'kateg ori', replace: 'kategori', reason: 'stray space' },
        { find: 'non- negara', replace: 'non-negara', reason: 'space after hyphen' },
        { find: 'absent', replace: 'x', reason: 'stale' },
      ],
    });
    expect(text).toBe('Pada kategori ini, aktor non-negara.');
    expect(unused).toEqual(['replace: "absent"']);
  });

  it('reads the seeds’ Markdown italics and bullets as formatting', () => {
    expect(cleanSource('kasus *human trafficking* di\n- a. Vietnam perlu').text).toBe('kasus human trafficking di a. Vietnam perlu');
  });
});

describe('sentences', () => {
  it('cuts after sentence punctuation followed by white space', () => {
    expect(sentences('Satu. Dua? Tiga! 66/2011/QH12 tetap.')).toEqual(['Satu.', 'Dua?', 'Tiga!', '66/2011/QH12 tetap.']);
  });
});

describe('pageText and compare', () => {
  const html = `<main><div id="source-text"><h3>BAB V</h3><p>Kalimat satu. Office for Grug<span data-editorial>[sic]</span> Control.</p>
    <aside data-editorial><p>Editorial table.</p></aside><ul><li>a. Butir.</li></ul></div></main>`;

  it('reads the study text without editorial additions', () => {
    expect(pageText(html)).toBe('BAB V Kalimat satu. Office for Grug Control. a. Butir.');
  });

  it('finds nothing missing when the page carries the source', () => {
    expect(compare('BAB V\nKalimat satu. Office for Grug Control.\na. Butir.', html)).toEqual({
      missingFromPage: [],
      notInSource: [],
      unusedCorrections: [],
    });
  });

  it('reports a dropped sentence and an added one', () => {
    const report = compare('BAB V Kalimat satu. Kalimat hilang. Office for Grug Control. a. Butir.', html.replace('Kalimat satu.', 'Kalimat baru.'));
    expect(report.missingFromPage).toEqual(['BAB V Kalimat satu.', 'Kalimat hilang.']);
    expect(report.notInSource).toEqual(['BAB V Kalimat baru.']);
  });

  it('fails loudly when the page has no study text', () => {
    expect(() => pageText('<p>nothing</p>')).toThrow('no element with id "source-text"');
  });
});
