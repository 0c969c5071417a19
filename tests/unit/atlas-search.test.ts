/**
 * The search's own rules, on stand-in bundles: how equivalents are made from the glossary, which
 * bundle searches what, how results of several searches are merged and ranked, how studies and
 * glossary entries are kept apart, and how a word found in no page is reported.
 */
import { describe, expect, it } from 'vitest';
import { searchAtlas, type LanguageBundle, type PagefindResult, type ResultData } from '../../src/lib/search/atlas-search.ts';
import { isFragmentOf, matchedForms, queryWords } from '../../src/lib/search/match-forms.ts';
import { expandQuery, glossaryForms } from '../../src/lib/search/query-expansion.ts';

const glossary = [
  glossaryForms({ term: { en: 'Regime effectiveness', id: 'Efektivitas rezim' }, aliases: ['regime theory'] }),
  glossaryForms({ term: { en: 'Human security', id: 'Keamanan manusia' }, aliases: [] }),
  glossaryForms({ term: { en: 'UNICEF', id: 'UNICEF' }, aliases: ['United Nations Children’s Fund'] }),
];

describe('query expansion from the glossary', () => {
  it('searches each other-language term of an entry the query names, as whole words', () => {
    expect(expandQuery('regime effectiveness', glossary)).toEqual([{ query: 'efektivitas rezim', language: 'id', term: 'Efektivitas rezim' }]);
    expect(expandQuery('Keamanan Manusia', glossary).map((e) => e.query)).toEqual(['human security']);
    expect(expandQuery('regime theory', glossary).map((e) => e.query)).toEqual(['regime effectiveness', 'efektivitas rezim']);
  });

  it('keeps the rest of the query, and leaves words inside longer words alone', () => {
    expect(expandQuery('human security in Vietnam', glossary).map((e) => e.query)).toEqual(['keamanan manusia in vietnam']);
    expect(expandQuery('inhuman securityx', glossary)).toEqual([]);
  });

  it('adds nothing where the terms are written alike, or the query names no entry', () => {
    expect(expandQuery('UNICEF', glossary)).toEqual([]);
    expect(expandQuery('poverty', glossary)).toEqual([]);
  });
});

describe('the words a result matched', () => {
  it('reads the forms at Pagefind’s word positions, folded, and the nearest part of a compound', () => {
    const data = { content: 'Pelaksanaan UU. Anti-slavery work; pelaksanaan lagi', locations: [0, 2, 4] };
    expect(matchedForms(data, ['melaksanakan', 'slavery'])).toEqual(['pelaksanaan', 'slavery']);
  });

  it('tells a short beginning Pagefind falls back to from a match', () => {
    expect(isFragmentOf('c', 'cryptocurrency')).toBe(true);
    expect(isFragmentOf('penegak', 'penegakan')).toBe(false);
    expect(isFragmentOf('unfpa', 'unfpa')).toBe(false);
    expect(queryWords('  “Doi  Moi” ')).toEqual(['doi', 'moi']);
  });
});

/**
 * A stand-in for one language's Pagefind bundle: pages with a score per query, each with a type. Like Pagefind, it keeps one data object per page and
 * rewrites its `locations` and excerpt when any search's `data()` is called.
 */
function bundle(language: string, pages: Record<string, { type: string; content: string; scores: Record<string, number>; at?: Record<string, number[]>; period?: number }>, log: string[]): LanguageBundle {
  const loaded = new Map<string, Promise<ResultData>>();
  // Loaded once, after a turn of the event loop, as Pagefind loads a page's fragment.
  const loadOnce = (key: string, make: () => ResultData) => {
    if (!loaded.has(key)) loaded.set(key, new Promise((resolve) => setTimeout(() => resolve(make()), 0)));
    return loaded.get(key)!;
  };
  return {
    language,
    pagefind: {
      search: async (query, options) => {
        const type = (options?.filters as Record<string, string> | undefined)?.type;
        if (query !== null) log.push(`${language}:${query}${type ? `:${type}` : ''}`);
        const sort = options?.sort as Record<string, 'asc' | 'desc'> | undefined;
        if (query === null && sort) {
          // Pages with a period, in its order (Pagefind leaves out pages without the sort key).
          const dated = Object.entries(pages).filter(([, page]) => page.type === type && page.period !== undefined);
          dated.sort(([, a], [, b]) => (a.period! - b.period!) * (Object.values(sort)[0] === 'asc' ? 1 : -1));
          return { results: dated.map(([hash]) => ({ id: `${language}_${hash}`, score: 0, words: [], data: async () => ({}) as ResultData })) };
        }
        if (query === null) {
          const ofType = Object.entries(pages).filter(([, page]) => page.type === type);
          return { results: ofType.map(([hash]) => ({ id: `${language}_${hash}`, score: 0, words: [], data: async () => ({}) as ResultData })) };
        }
        const results: PagefindResult[] = Object.entries(pages)
          .filter(([, page]) => (type === undefined || page.type === type) && page.scores[query] !== undefined)
          .map(([hash, page]) => {
            const tokens = page.content.split(' ');
            const locations = page.at?.[query!] ?? tokens.flatMap((w, i) => (query!.split(' ').some((q) => w.toLowerCase().startsWith(q.slice(0, 4))) ? [i] : []));
            const key = `${page.type}/${hash}`;
            const data = async () => {
              const known = await loadOnce(key, () => ({ url: `/${key}/`, content: page.content, excerpt: '', meta: { title: hash }, sub_results: [] }));
              return Object.assign(known, { locations, excerpt: locations.map((at) => tokens[at]).join(' ') });
            };
            return { id: `${language}_${hash}`, score: page.scores[query!]!, words: locations, data };
          })
          .sort((a, b) => b.score - a.score);
        return { results };
      },
    },
  };
}

const shown = { study: 10, glossary: 3 };

describe('searching every language and merging by page', () => {
  it('ranks a page by its best score in any search, counts it once, and keeps studies apart from glossary entries', async () => {
    const log: string[] = [];
    // Both bundles hold every page (b's English text does not match).
    const en = bundle('en', { b: { type: 'study', content: '', scores: {} }, a: { type: 'study', content: 'regime effectiveness', scores: { 'regime effectiveness': 2 } }, g: { type: 'glossary', content: 'regime effectiveness', scores: { 'regime effectiveness': 9 } } }, log);
    const id = bundle('id', { a: { type: 'study', content: 'efektivitas rezim', scores: { 'regime effectiveness': 1, 'efektivitas rezim': 5 } }, b: { type: 'study', content: 'efektivitas rezim', scores: { 'efektivitas rezim': 3 } } }, log);
    const results = await searchAtlas([en, id], { query: 'Regime effectiveness', glossary, shown });
    const studies = results.groups.find((g) => g.type === 'study')!;
    expect(studies.total).toBe(2);
    expect(studies.shown.map((s) => s.data.url)).toEqual(['/study/a/', '/study/b/']);
    expect(results.groups.find((g) => g.type === 'glossary')!.shown.map((s) => s.data.url)).toEqual(['/glossary/g/']);
    expect(results.also.map((e) => e.term)).toEqual(['Efektivitas rezim']);
    // One search of the typed words in every bundle, of the equivalent only in the bundle of its language.
    expect(log.sort()).toEqual(['en:regime effectiveness', 'id:efektivitas rezim', 'id:regime effectiveness']);
  });

  it('orders by a sort key when asked, pages without one last, by score', async () => {
    const pages = {
      old: { type: 'study', content: 'trafficking', scores: { trafficking: 1 }, period: 1990 },
      new: { type: 'study', content: 'trafficking', scores: { trafficking: 3 }, period: 2020 },
      undated: { type: 'study', content: 'trafficking', scores: { trafficking: 9 } },
    };
    const en = bundle('en', pages, []);
    const urls = async (direction: 'asc' | 'desc') =>
      (await searchAtlas([en], { query: 'trafficking', sort: { key: 'period', direction }, shown })).groups[0]!.shown.map((s) => s.data.url);
    expect(await urls('asc')).toEqual(['/study/old/', '/study/new/', '/study/undated/']);
    expect(await urls('desc')).toEqual(['/study/new/', '/study/old/', '/study/undated/']);
  });

  it('searches only the typed words when the glossary is not given', async () => {
    const log: string[] = [];
    await searchAtlas([bundle('en', {}, log), bundle('id', {}, log)], { query: 'regime effectiveness', shown });
    expect(log.sort()).toEqual(['en:regime effectiveness', 'id:regime effectiveness']);
  });

  it('reports a word found in no page: no result when it is the only one, partial matches of the others otherwise', async () => {
    const log: string[] = [];
    // Pagefind answers a word in no page with pages holding a short beginning of it ("c", "i").
    const pages = {
      s: {
        type: 'study',
        content: 'c) perubahan i',
        scores: { cryptocurrency: 1, 'perubahan iklim': 2, perubahan: 2, iklim: 1 },
        at: { cryptocurrency: [0], 'perubahan iklim': [1, 2], perubahan: [1], iklim: [2] },
      },
    };
    const en = bundle('en', pages, log);
    const none = await searchAtlas([en], { query: 'cryptocurrency', shown });
    expect(none.missing).toEqual(['cryptocurrency']);
    expect(none.groups.every((g) => g.total === 0)).toBe(true);
    const partial = await searchAtlas([en], { query: 'perubahan iklim', shown });
    expect(partial.missing).toEqual(['iklim']);
    expect(partial.partialQuery).toBe('perubahan');
    expect(partial.groups.find((g) => g.type === 'study')!.total).toBe(1);
  });

  it('judges each search by the words it matched, though Pagefind shares a page’s data between searches', async () => {
    // "blockchain" is in no page: Pagefind matches the beginning "b" of "b)". Searched at the same time as
    // "human security" on the same page, it must still be reported missing.
    const pages = {
      s: {
        type: 'study',
        content: 'b) human security',
        scores: { blockchain: 1, 'human security': 3 },
        at: { blockchain: [0], 'human security': [1, 2] },
      },
    };
    const en = bundle('en', pages, []);
    const [absent, present] = await Promise.all([searchAtlas([en], { query: 'blockchain', shown }), searchAtlas([en], { query: 'human security', shown })]);
    expect(absent.missing).toEqual(['blockchain']);
    expect(absent.groups.every((g) => g.total === 0)).toBe(true);
    expect(present.missing).toEqual([]);
    expect(present.groups.find((g) => g.type === 'study')!.shown.map((r) => r.forms)).toEqual([['human', 'security']]);
  });
});
