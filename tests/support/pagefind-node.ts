/**
 * Loads a built site's Pagefind bundle in Node: `pagefind.js` as a module, with a `fetch` that
 * reads the index files from the output folder. Used by the search tests and the benchmark.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LanguageBundle } from '../../src/lib/search/atlas-search.ts';
import { pathToFileURL } from 'node:url';

/** Each loaded site gets its own origin, so that several can be searched in one process. */
const sites = new Map<string, { outDir: string; read: string[]; bytes: number }>();
let nativeFetch: typeof fetch | undefined;

function installFetch(): void {
  if (nativeFetch) return;
  nativeFetch = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    const site = sites.get(url.origin);
    if (!site) return nativeFetch!(input, init);
    const body = await readFile(join(site.outDir, decodeURIComponent(url.pathname)));
    site.read.push(url.pathname);
    site.bytes += body.length;
    const type = url.pathname.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream';
    return new Response(body, { headers: { 'Content-Type': type } });
  }) as typeof fetch;
}

export interface NodePagefind {
  search: (query: string | null, options?: Record<string, unknown>) => Promise<{ results: { id: string; data: () => Promise<{ url: string; content: string; meta: Record<string, string>; excerpt: string; sub_results: { url: string }[] }> }[] } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

type PagefindModule = NodePagefind & { options: (o: Record<string, unknown>) => Promise<void>; init: () => Promise<void> };
let imports = 0;

/** A fresh instance of Pagefind's module (each has its own WebAssembly, as each bundle needs), on `basePath`. */
async function pagefindModule(outDir: string, basePath: string): Promise<PagefindModule> {
  const entry = join(outDir, 'pagefind/pagefind.js');
  const pagefind = (await import(`${pathToFileURL(entry).href}?instance=${++imports}`)) as PagefindModule;
  await pagefind.options({ basePath, baseUrl: '/' });
  await pagefind.init();
  return pagefind;
}

function newSite(outDir: string) {
  installFetch();
  const origin = `http://site-${sites.size + 1}.atlas.invalid`;
  const site = { outDir, read: [] as string[], bytes: 0 };
  sites.set(origin, site);
  return { origin, bytesRead: () => site.bytes, filesRead: () => [...site.read] };
}

/** The first (or only) bundle of a built site. `bytesRead` counts what a browser would download for the searches made so far. */
export async function loadPagefind(outDir: string): Promise<{ pagefind: NodePagefind; bytesRead: () => number; filesRead: () => string[] }> {
  const { origin, ...counts } = newSite(outDir);
  return { pagefind: await pagefindModule(outDir, `${origin}/pagefind/`), ...counts };
}

/** The language a bundle's index was built for (its entry names one). */
const bundleLanguage = (dir: string) => Object.keys((JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> }).languages)[0]!;

/**
 * Every search bundle of a built site, as the search interface loads them: `pagefind/`, then
 * each language folder inside it, each on its own instance of Pagefind's module.
 */
export async function loadSearchBundles(outDir: string): Promise<{ bundles: LanguageBundle[]; bytesRead: () => number; filesRead: () => string[] }> {
  const { origin, ...counts } = newSite(outDir);
  const root = join(outDir, 'pagefind');
  const dirs = ['', ...readdirSync(root).filter((name) => existsSync(join(root, name, 'pagefind-entry.json'))).sort().map((name) => `${name}/`)];
  const bundles = await Promise.all(
    dirs.map(async (dir) => ({ language: bundleLanguage(join(root, dir)), pagefind: (await pagefindModule(outDir, `${origin}/pagefind/${dir}`)) as unknown as LanguageBundle['pagefind'] })),
  );
  return { bundles, ...counts };
}

export async function urlsFor(pagefind: NodePagefind, query: string | null, options?: Record<string, unknown>): Promise<string[]> {
  const search = await pagefind.search(query, options);
  return Promise.all((search?.results ?? []).map(async (result) => (await result.data()).url));
}
