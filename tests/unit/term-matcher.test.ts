import { describe, expect, it } from 'vitest';
import { foldForMatching, TermMatcher } from '../../src/lib/util/term-matcher.ts';

const matcher = new TermMatcher([
  { id: 'un', aliases: ['United Nations', 'PBB'] },
  { id: 'un-act', aliases: ['UN-ACT', 'United Nations Action for Cooperation Against Trafficking in Persons'] },
  { id: 'law', aliases: ['Law No. 66/2011/QH12', '66/2011/QH12'] },
  { id: 'child', aliases: ['anak'] },
  { id: 'hs', aliases: ['keamanan manusia', 'human security'] },
  { id: 'viet', aliases: ['Việt Nam'] },
]);

const ids = (text: string) => matcher.matches(text).map((m) => `${m.id}:${m.text}`);

describe('TermMatcher', () => {
  it('prefers the longest alias and keeps hyphens and slashes inside words', () => {
    expect(ids('United Nations Action for Cooperation Against Trafficking in Persons (UN-ACT) dan PBB')).toEqual([
      'un-act:United Nations Action for Cooperation Against Trafficking in Persons',
      'un-act:UN-ACT',
      'un:PBB',
    ]);
    expect(ids('melalui Law No. 66/2011/QH12 dan 66/2011/QH12.')).toEqual(['law:Law No. 66/2011/QH12', 'law:66/2011/QH12']);
  });

  it('matches whole words only', () => {
    expect(ids('anak-anak dan keanakan, tetapi anak.')).toEqual(['child:anak']);
    expect(ids('UN-ACTION and 66/2011/QH123')).toEqual([]);
  });

  it('ignores case, diacritics and line breaks inside an alias', () => {
    expect(ids('Keamanan\nManusia (Human Security) di Viet Nam dan VIỆT NAM')).toEqual([
      'hs:Keamanan\nManusia',
      'hs:Human Security',
      'viet:Viet Nam',
      'viet:VIỆT NAM',
    ]);
  });

  it('reports offsets in the original text', () => {
    const [match] = matcher.matches('Di VIỆT NAM, PBB');
    expect(match).toMatchObject({ start: 3, end: 11, text: 'VIỆT NAM' });
    expect(foldForMatching('  VIỆT   Nam ')).toBe('viet nam');
  });
});
