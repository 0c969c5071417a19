/**
 * Writes the search bundles (`../search/bundles.ts`) with Pagefind's Node API: every page's HTML
 * goes to every bundle, each forced to its language's word rules. Afterwards each bundle keeps
 * only what the search loads: the first its script and worker, each the one WebAssembly its
 * entry names (Pagefind also writes the one for unknown languages, and its own UI, which the
 * atlas does not use). Each other bundle gets a one-line worker that loads the first's, so that
 * its searches also run off the page's thread without the worker being downloaded twice. Pages go
 * to Pagefind without the ids its search does not read (`search-anchors.ts`).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { PagefindIndex } from 'pagefind';
import type { SearchBundle } from '../search/bundles.ts';
import { withSearchAnchorsOnly } from './search-anchors.ts';

export interface SearchIndexes {
  /**
   * Adds one page (its site path, without the base) to every bundle; errors are collected, not
   * thrown. `marked`: the page marks the part the search indexes (`data-pagefind-body`). Once a
   * page does, Pagefind indexes no page that does not, so an unmarked page is read and sent only
   * if no page of the site is marked.
   */
  add: (url: string, read: () => string, marked: boolean) => void;
  /**
   * Settles once the bundles have room for more pages: Pagefind's Node API writes each page to
   * its process at once, so pages sent faster than it indexes them wait in memory, as text.
   */
  room: () => Promise<void>;
  /** Pages sent to the bundles. */
  readonly pages: number;
  /** Writes every bundle under `outDir`; returns Pagefind's errors. */
  write: (outDir: string) => Promise<string[]>;
}

export async function createSearchIndexes(bundles: readonly SearchBundle[], excludeSelectors: string[]): Promise<SearchIndexes> {
  const indexes: { bundle: SearchBundle; index: PagefindIndex }[] = [];
  for (const [i, bundle] of bundles.entries()) {
    const { createIndex } = await pagefindProcess(i);
    const { index, errors } = await createIndex({ excludeSelectors, forceLanguage: bundle.language });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    indexes.push({ bundle, index });
  }
  const adding: Promise<string[]>[] = [];
  const unmarked: { url: string; read: () => string }[] = [];
  let marks = false;
  let pages = 0;
  let sending = 0;
  const waiting: (() => void)[] = [];
  const send = (url: string, html: string) => {
    pages += 1;
    const content = withSearchAnchorsOnly(html);
    for (const { index } of indexes) {
      sending += 1;
      // Settled here, so that a build stopped by another problem leaves no rejected promise behind.
      adding.push(
        index
          .addHTMLFile({ url, content })
          .then(
            (result) => result.errors.map((e) => `${url}: ${e}`),
            (error: unknown) => [`${url}: ${String(error)}`],
          )
          .finally(() => {
            sending -= 1;
            if (sending < PAGES_SENDING * indexes.length) waiting.splice(0).forEach((resume) => resume());
          }),
      );
    }
  };
  return {
    add: (url, read, marked) => {
      if (marked) {
        marks = true;
        send(url, read());
      } else {
        unmarked.push({ url, read });
      }
    },
    room: () => (sending < PAGES_SENDING * indexes.length ? Promise.resolve() : new Promise<void>((resume) => waiting.push(resume))),
    get pages() {
      return pages;
    },
    write: async (outDir) => {
      if (!marks) for (const { url, read } of unmarked.splice(0)) send(url, read());
      const errors = (await Promise.all(adding)).flat();
      if (errors.length > 0) return errors;
      // The bundles are written side by side: Pagefind builds each index on its own.
      const written = await Promise.all(indexes.map(({ bundle, index }) => index.writeFiles({ outputPath: join(outDir, bundle.dir) })));
      const writeErrors = written.flatMap((result) => result.errors);
      if (writeErrors.length > 0) return writeErrors;
      for (const [i, { bundle }] of indexes.entries()) {
        const dir = join(outDir, bundle.dir);
        keepWhatSearchLoads(dir, i === 0);
        if (i > 0) writeFileSync(join(dir, WORKER), `importScripts(${JSON.stringify(posix.join(posix.relative(bundle.dir, bundles[0]!.dir), WORKER))});\n`);
      }
      return [];
    },
  };
}

const WORKER = 'pagefind-worker.js';

/**
 * Pages sent to each bundle's process and not yet indexed. Without a limit, at 1,000 studies the
 * pages waiting to be indexed held about 300 MB (each sent as base64 text) while the after-build
 * pass read the rest.
 */
const PAGES_SENDING = 16;

type PagefindApi = typeof import('pagefind');
const processes: Promise<PagefindApi>[] = [];

/**
 * Pagefind's API with a process of its own for each bundle: the module starts one process and
 * sends it every request, which it handles one at a time; another instance of the module (another
 * URL) starts another, so the bundles are indexed and written side by side on a machine's cores.
 */
function pagefindProcess(i: number): Promise<PagefindApi> {
  processes[i] ??= i === 0 ? import('pagefind') : (import(/* @vite-ignore */ `${import.meta.resolve('pagefind')}?bundle=${i}`) as Promise<PagefindApi>);
  return processes[i]!;
}

/** Stops every Pagefind process started. */
export async function closeSearchIndexes(): Promise<void> {
  await Promise.all(processes.splice(0).map(async (api) => (await api).close()));
}

function keepWhatSearchLoads(dir: string, withScript: boolean): void {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm?: string }> };
  const wasm = new Set(Object.values(entry.languages).map((language) => `wasm.${language.wasm ?? 'unknown'}.pagefind`));
  for (const name of readdirSync(dir)) {
    const unusedUi = /^pagefind-(?:component-|modular-)?ui\./.test(name) || name === 'pagefind-highlight.js';
    const script = /^pagefind(?:-worker)?\.js$/.test(name);
    if (unusedUi || (script && !withScript) || (/^wasm\..+\.pagefind$/.test(name) && !wasm.has(name))) rmSync(join(dir, name));
  }
}
