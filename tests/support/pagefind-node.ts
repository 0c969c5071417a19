/**
 * Loads a built site's Pagefind bundle in Node: `pagefind.js` as a module, with a `fetch` that
 * reads the index files from the output folder. Used by the search tests and the benchmark.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
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

/** `bytesRead` counts what a browser would download for the searches made so far. */
export async function loadPagefind(outDir: string): Promise<{ pagefind: NodePagefind; bytesRead: () => number; filesRead: () => string[] }> {
  installFetch();
  const origin = `http://site-${sites.size + 1}.atlas.invalid`;
  const site = { outDir, read: [] as string[], bytes: 0 };
  sites.set(origin, site);
  const entry = join(outDir, 'pagefind/pagefind.js');
  const pagefind = (await import(`${pathToFileURL(entry).href}?${Date.now()}`)) as NodePagefind & {
    options: (o: Record<string, unknown>) => Promise<void>;
    init: () => Promise<void>;
  };
  await pagefind.options({ basePath: `${origin}/pagefind/`, baseUrl: '/' });
  await pagefind.init();
  return { pagefind, bytesRead: () => site.bytes, filesRead: () => [...site.read] };
}

export async function urlsFor(pagefind: NodePagefind, query: string | null, options?: Record<string, unknown>): Promise<string[]> {
  const search = await pagefind.search(query, options);
  return Promise.all((search?.results ?? []).map(async (result) => (await result.data()).url));
}
