/** The path module (base paths, site paths, built files, languages) and inline text from frontmatter. */
import { describe, expect, it } from 'vitest';
import { paragraphs, inlineSegments as segments } from '../../src/lib/util/inline-text.ts';
import {
  localeOfPath,
  localizedPath,
  normalizeBase,
  outputFileOf,
  relativeFileUrl,
  resolvePath,
  rootFromFile,
  sitePathOf,
  withBase,
  withoutBase,
} from '../../src/lib/util/paths.ts';

describe('withBase', () => {
  it('keeps every path under the base, with or without slashes', () => {
    expect(withBase('/', '/studies/')).toBe('/studies/');
    expect(withBase('/atlas', '/studies/x/')).toBe('/atlas/studies/x/');
    expect(withBase('/atlas/', 'sources/a.txt')).toBe('/atlas/sources/a.txt');
  });

  it('refuses absolute URLs, which must not be rebased', () => {
    expect(() => withBase('/atlas/', 'https://example.org/')).toThrow('absolute URL');
    expect(() => withBase('/atlas/', '//example.org/x')).toThrow('absolute URL');
  });
});

describe('base paths and site paths', () => {
  it('normalises a base to both slashes', () => {
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('atlas')).toBe('/atlas/');
    expect(normalizeBase('/atlas//')).toBe('/atlas/');
  });

  it('takes the base off a URL, or says the URL is outside it', () => {
    expect(withoutBase('/atlas/', '/atlas/studies/x/?q=1#f')).toBe('/studies/x/?q=1#f');
    expect(withoutBase('/atlas/', '/atlas')).toBe('/');
    expect(withoutBase('/atlas/', '/other/')).toBeUndefined();
    expect(withoutBase('/', 'relative/x')).toBeUndefined();
  });

  it('maps site paths to built files and back', () => {
    expect(outputFileOf('/studies/x/')).toBe('studies/x/index.html');
    expect(outputFileOf('/')).toBe('index.html');
    expect(outputFileOf('/sources/a.txt?download#x')).toBe('sources/a.txt');
    expect(sitePathOf('studies/x/index.html')).toBe('/studies/x/');
    expect(sitePathOf('index.html')).toBe('/');
    expect(sitePathOf('404.html')).toBe('/404.html');
  });

  it('resolves relative links as a browser does', () => {
    expect(resolvePath('/atlas/studies/x/', '../y/')).toBe('/atlas/studies/y/');
    expect(resolvePath('/atlas/studies/x/', '#part')).toBe('/atlas/studies/x/#part');
    expect(resolvePath('/atlas/studies/x/', '/glossary/')).toBe('/glossary/');
    expect(resolvePath('/atlas/', '../../outside/')).toBe('/outside/');
  });

  it('links one built file to another for a copy opened from disk', () => {
    expect(relativeFileUrl('glossary/a/index.html', '/studies/b/')).toBe('../../studies/b/index.html');
    expect(relativeFileUrl('studies/b/index.html', '/studies/b/#part')).toBe('index.html#part');
    expect(relativeFileUrl('index.html', '/')).toBe('index.html');
    expect(rootFromFile('studies/b/index.html')).toBe('../../');
    expect(rootFromFile('index.html')).toBe('./');
  });

  it('puts every interface language but the first under its code', () => {
    expect(localizedPath('en', ['en', 'id'], '/studies/')).toBe('/studies/');
    expect(localizedPath('id', ['en', 'id'], '/studies/')).toBe('/id/studies/');
    expect(localeOfPath('/id/studies/', ['en', 'id'])).toBe('id');
    expect(localeOfPath('/studies/', ['en', 'id'])).toBe('en');
    expect(localeOfPath('/id/', ['en'])).toBe('en');
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
    const { TermMatcher } = await import('../../src/lib/util/term-matcher.ts');
    const { linkTermsInText } = await import('../../src/lib/util/inline-text.ts');
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

describe('the output folders', () => {
  it('name the classic scripts and Pagefind’s embedded origin inside the folders they belong to', async () => {
    const { CLASSIC, EMBEDDED_PAGEFIND_ORIGIN, PAGEFIND_DIR, SEARCH_DIR } = await import('../../src/lib/util/output-files.ts');
    for (const file of Object.values(CLASSIC)) expect(file.startsWith(`${SEARCH_DIR}/`)).toBe(true);
    expect(EMBEDDED_PAGEFIND_ORIGIN.endsWith(`/${PAGEFIND_DIR}/`)).toBe(true);
  });
});
