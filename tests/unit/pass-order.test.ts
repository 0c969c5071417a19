import { describe, expect, it } from 'vitest';
import { passOrder } from '../../src/lib/build/pass-order.ts';

describe('passOrder', () => {
  const locales = ['en', 'id'];

  it('puts each translated file right after its counterpart in the first language', () => {
    const walked = ['404.html', 'compare/index.html', 'id/404.html', 'id/compare/index.html', 'id/studies/a/index.html', 'id/studies/b/index.html', 'index.html', 'studies/a/index.html', 'studies/b/index.html'];
    expect(passOrder(walked, locales)).toEqual([
      '404.html',
      'id/404.html',
      'compare/index.html',
      'id/compare/index.html',
      'index.html',
      'studies/a/index.html',
      'id/studies/a/index.html',
      'studies/b/index.html',
      'id/studies/b/index.html',
    ]);
  });

  it('keeps files without a counterpart, and every file of a one-language site, where the walk had them', () => {
    const walked = ['_astro/a.css', 'id/index.html', 'id/only-here.txt', 'index.html', 'sources/x.txt'];
    expect(passOrder(walked, locales)).toEqual(['_astro/a.css', 'id/only-here.txt', 'index.html', 'id/index.html', 'sources/x.txt']);
    expect(passOrder(walked, ['en'])).toEqual(walked);
  });

  it('is a permutation: nothing dropped, nothing twice', () => {
    const walked = ['a.html', 'id/a.html', 'id/id/a.html', 'id/b.html', 'b.html'];
    expect([...passOrder(walked, locales)].sort()).toEqual([...walked].sort());
  });
});
