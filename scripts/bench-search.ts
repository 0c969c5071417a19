/**
 * Search measurements for the benchmark (`npm run bench`): what a reader downloads for the
 * first search on a study page (and what of it the second language's bundle adds), and the
 * median time of a query through the search the page runs (`searchAtlas`: every language's
 * bundle, the glossary's equivalents, studies and glossary entries apart), on a built site.
 * Runs Pagefind's own `pagefind.js` in Node, with a `fetch` that reads the built files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { searchAtlas } from '../src/lib/search/atlas-search.ts';
import type { GlossaryForms } from '../src/lib/search/query-expansion.ts';
import { launchChromium, serveDist } from '../tests/support/harness.ts';
import { loadSearchBundles } from '../tests/support/pagefind-node.ts';

export interface SearchStats {
  /** Files fetched for the first search: search interface, Pagefind's code, both bundles' index, and the result fragments shown. */
  firstSearchFiles: number;
  firstSearchRaw: number;
  firstSearchGzip: number;
  /** Of those, what the bundles after the first add (their WebAssembly, metadata and index chunks; the script is the first's). */
  otherBundlesGzip: number;
  /** Median time of one query's searches (every bundle, every equivalent, both groups), in milliseconds. */
  medianSearchMs: number;
  /** For comparison: the median time of one Pagefind search of the typed words in the first bundle alone (the search before the bundles). */
  medianSingleMs: number;
  /** Median time of one query with the data of the results shown (10 studies, 3 glossary entries), in milliseconds. */
  medianQueryMs: number;
  queries: number;
}

const SHOWN = { study: 10, glossary: 3 };

/**
 * Ten queries from the atlas's own glossary: its terms of one to three words (what a reader
 * types), in every language they are written in, spread over the glossary.
 */
export function searchQueries(terms: readonly Readonly<Record<string, string>>[]): string[] {
  const all = [...new Set(terms.flatMap((term) => Object.values(term)))].filter((term) => term.split(/\s+/).length <= 3).sort();
  const step = Math.max(1, Math.floor(all.length / 10));
  return all.filter((_, index) => index % step === 0).slice(0, 10);
}

const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;

export async function measureSearch(dist: string, queries: readonly string[], glossary: readonly GlossaryForms[]): Promise<SearchStats> {
  const { bundles, filesRead } = await loadSearchBundles(dist);
  await searchAtlas(bundles, { query: queries[0]!, glossary, shown: SHOWN });
  // The interface itself (the search-ui bundle and its shared chunk) and Pagefind's script and
  // worker, which a browser fetches and Node imports from disk.
  const ui = readdirSync(join(dist, '_search'))
    .filter((name) => name.startsWith('search-ui') || name.startsWith('shared-'))
    .map((name) => `/_search/${name}`);
  const pagefindCode = ['/pagefind/pagefind.js', '/pagefind/pagefind-worker.js'].filter((path) => existsSync(join(dist, path)));
  const files = [...new Set([...filesRead(), ...ui, ...pagefindCode])];
  const bytes = new Map(files.map((path) => [path, readFileSync(join(dist, path))]));
  const otherBundles = files.filter((path) => /^\/pagefind\/[^/]+\//.test(path) && !/^\/pagefind\/(?:index|fragment|filter)\//.test(path));
  const timed = async (shown: typeof SHOWN) => {
    const times: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      for (const query of queries) {
        const start = performance.now();
        await searchAtlas(bundles, { query, glossary, shown });
        times.push(performance.now() - start);
      }
    }
    return times;
  };
  const searchTimes = await timed({ study: 0, glossary: 0 });
  const singleTimes: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    for (const query of queries) {
      const start = performance.now();
      await bundles[0]!.pagefind.search(query);
      singleTimes.push(performance.now() - start);
    }
  }
  const queryTimes = await timed(SHOWN);
  return {
    firstSearchFiles: files.length,
    firstSearchRaw: [...bytes.values()].reduce((sum, b) => sum + b.length, 0),
    // The wasm and index files are already compressed by Pagefind; gzip changes little for them.
    firstSearchGzip: [...bytes.values()].reduce((sum, b) => sum + gzip(b), 0),
    otherBundlesGzip: otherBundles.reduce((sum, path) => sum + gzip(bytes.get(path)!), 0),
    medianSearchMs: median(searchTimes),
    medianSingleMs: median(singleTimes),
    medianQueryMs: median(queryTimes),
    queries: queryTimes.length,
  };
}

/**
 * The median time of a query as the reader's browser runs it (Chromium, the search page's own
 * `runSearch`: each bundle in its own worker, at the same time): its searches alone, and with
 * the data of the results shown.
 */
export async function measureSearchInChromium(dist: string, queries: readonly string[]): Promise<{ searchMs: number; queryMs: number }> {
  const server = await serveDist(dist, '/');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/`);
    const ui = readdirSync(join(dist, '_search')).find((name) => name.startsWith('search-ui'))!;
    return await page.evaluate(
      async ({ ui, queries }) => {
        type Run = (q: string, f?: Record<string, string>, s?: undefined, shown?: { study: number; glossary: number }) => Promise<unknown>;
        const { runSearch } = (await import(`/_search/${ui}`)) as { runSearch: Run };
        await runSearch(queries[0]!);
        const median = async (shown?: { study: number; glossary: number }) => {
          const times: number[] = [];
          for (let round = 0; round < 5; round += 1) {
            for (const query of queries) {
              const start = performance.now();
              await runSearch(query, {}, undefined, shown);
              times.push(performance.now() - start);
            }
          }
          return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
        };
        return { searchMs: await median({ study: 0, glossary: 0 }), queryMs: await median() };
      },
      { ui, queries },
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.main) {
  const { loadAtlas } = await import('../src/lib/atlas/load.ts');
  const { checkContent } = await import('../src/lib/checks/content-check.ts');
  const { glossaryForms } = await import('../src/lib/search/query-expansion.ts');
  const glossary = checkContent(await loadAtlas()).glossary;
  const queries = searchQueries(glossary.map((entry) => entry.data.term));
  console.log(await measureSearch(process.argv[2] ?? 'dist', queries, glossary.map((entry) => glossaryForms(entry.data))));
  console.log({ inChromium: await measureSearchInChromium(process.argv[2] ?? 'dist', queries) });
}
