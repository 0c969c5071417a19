/**
 * Search measurements for the benchmark (`npm run bench`): what a reader downloads for the
 * first search on a study page, and the median time of a query, on a built site.
 * Runs Pagefind's own `pagefind.js` in Node, with a `fetch` that reads the built files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadPagefind } from '../tests/support/pagefind-node.ts';

export interface SearchStats {
  /** Files fetched for the first search: search interface, Pagefind's code, index, and the result fragments shown. */
  firstSearchFiles: number;
  firstSearchRaw: number;
  firstSearchGzip: number;
  /** Median time of one query with the data of its first 10 results, in milliseconds. */
  medianQueryMs: number;
  queries: number;
}

const RESULTS_SHOWN = 10;

/**
 * Ten queries from the atlas's own glossary: its terms of one to three words (what a reader
 * types), in every language they are written in, spread over the glossary.
 */
export function searchQueries(terms: readonly Readonly<Record<string, string>>[]): string[] {
  const all = [...new Set(terms.flatMap((term) => Object.values(term)))].filter((term) => term.split(/\s+/).length <= 3).sort();
  const step = Math.max(1, Math.floor(all.length / 10));
  return all.filter((_, index) => index % step === 0).slice(0, 10);
}

export async function measureSearch(dist: string, queries: readonly string[]): Promise<SearchStats> {
  const { pagefind, filesRead } = await loadPagefind(dist);
  const first = await pagefind.search(queries[0]!);
  await Promise.all((first?.results ?? []).slice(0, RESULTS_SHOWN).map((result) => result.data()));
  // The interface itself: the search-ui bundle and its shared chunk, fetched when search opens.
  const ui = readdirSync(join(dist, '_search'))
    .filter((name) => name.startsWith('search-ui') || name.startsWith('shared-'))
    .map((name) => `/_search/${name}`);
  const files = [...new Set([...filesRead(), ...ui])];
  const bytes = files.map((path) => readFileSync(join(dist, path)));
  const times: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    for (const query of queries) {
      const start = performance.now();
      const search = await pagefind.search(query);
      await Promise.all((search?.results ?? []).slice(0, RESULTS_SHOWN).map((result) => result.data()));
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  return {
    firstSearchFiles: files.length,
    firstSearchRaw: bytes.reduce((sum, b) => sum + b.length, 0),
    // The wasm and index files are already compressed by Pagefind; gzip changes little for them.
    firstSearchGzip: bytes.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
    medianQueryMs: times[Math.floor(times.length / 2)]!,
    queries: times.length,
  };
}

if (import.meta.main) {
  const { loadAtlas } = await import('../src/lib/atlas/load.ts');
  const { checkContent } = await import('../src/lib/checks/content-check.ts');
  const queries = searchQueries(checkContent(await loadAtlas()).glossary.map((entry) => entry.data.term));
  console.log(await measureSearch(process.argv[2] ?? 'dist', queries));
}
