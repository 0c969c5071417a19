import { describe, expect, it } from 'vitest';
import { paragraphs, inlineSegments as segments } from '../../src/lib/inline-text.ts';
import { joinBase } from '../../src/lib/urls.ts';

describe('joinBase', () => {
  it('keeps every path under the base, with or without slashes', () => {
    expect(joinBase('/', '/studies/')).toBe('/studies/');
    expect(joinBase('/atlas', '/studies/x/')).toBe('/atlas/studies/x/');
    expect(joinBase('/atlas/', 'sources/a.txt')).toBe('/atlas/sources/a.txt');
  });

  it('refuses absolute URLs, which must not be rebased', () => {
    expect(() => joinBase('/atlas/', 'https://example.org/')).toThrow('absolute URL');
  });
});

describe('inline text from frontmatter', () => {
  it('splits paragraphs on blank lines and joins broken lines', () => {
    expect(paragraphs('Satu\ndua.\n\nTiga.')).toEqual(['Satu dua.', 'Tiga.']);
  });

  it('turns *asterisks* into emphasis and leaves markup as plain text', () => {
    expect(segments('teori (*anti-trafficking strategy*) <b>x</b>')).toEqual([
      { text: 'teori (', emphasis: false },
      { text: 'anti-trafficking strategy', emphasis: true },
      { text: ') <b>x</b>', emphasis: false },
    ]);
  });
});

describe('linkTermsInText (abstracts)', () => {
  it('links the first mention of each term, inside or outside emphasis, once per abstract', async () => {
    const { TermMatcher } = await import('../../src/lib/term-matcher.ts');
    const { linkTermsInText } = await import('../../src/lib/inline-text.ts');
    const matcher = new TermMatcher([{ id: 'strategy', aliases: ['anti-trafficking strategy'] }, { id: 'ngos', aliases: ['LSM'] }]);
    const seen = new Set<string>();
    expect(linkTermsInText('teori (*anti-trafficking strategy*) dan LSM.', matcher, seen)).toEqual([
      { text: 'teori (', emphasis: false },
      { text: 'anti-trafficking strategy', emphasis: true, term: 'strategy' },
      { text: ') dan ', emphasis: false },
      { text: 'LSM', emphasis: false, term: 'ngos' },
      { text: '.', emphasis: false },
    ]);
    expect(linkTermsInText('LSM lagi.', matcher, seen)).toEqual([{ text: 'LSM lagi.', emphasis: false }]);
    expect([...seen].sort()).toEqual(['ngos', 'strategy']);
  });
});
