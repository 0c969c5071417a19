import { describe, expect, it } from 'vitest';
import { paragraphs, segments } from '../../src/lib/inline-text.ts';
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
