/**
 * Search measurements for the benchmark (`npm run bench`): what a reader downloads for the
 * first search on a study page, and the median time of a query, on a built site.
 * Runs Pagefind's own `pagefind.js` in Node, with a `fetch` that reads the built files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadPagefind } from '../tests/build/pagefind-node.ts';

export interface SearchStats {
  /** Files fetched for the first search: search interface, Pagefind's code, index, and the result fragments shown. */
  firstSearchFiles: number;
  firstSearchRaw: number;
  firstSearchGzip: number;
  /** Median time of one query with the data of its first 10 results, in milliseconds. */
  medianQueryMs: number;
  queries: number;
}

const QUERIES = ['keamanan manusia', 'Doi Moi', 'Human Development Report', 'child marriage', 'UNICEF', 'perdagangan anak', 'law enforcement', 'ACTIP-WC', 'Underdal', 'poverty'];
const RESULTS_SHOWN = 10;

export async function measureSearch(dist: string): Promise<SearchStats> {
  const { pagefind, filesRead } = await loadPagefind(dist);
  const first = await pagefind.search(QUERIES[0]!);
  await Promise.all((first?.results ?? []).slice(0, RESULTS_SHOWN).map((result) => result.data()));
  // The interface itself: the search-ui bundle and its shared chunk, fetched when search opens.
  const ui = readdirSync(join(dist, '_search'))
    .filter((name) => !name.startsWith('search-page'))
    .map((name) => `/_search/${name}`);
  const files = [...new Set([...filesRead(), ...ui])];
  const bytes = files.map((path) => readFileSync(join(dist, path)));
  const times: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    for (const query of QUERIES) {
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
  const dist = process.argv[2] ?? 'dist';
  console.log(await measureSearch(dist));
}
