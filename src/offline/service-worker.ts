/// <reference lib="webworker" />
/**
 * The atlas's service worker (built by src/lib/build/offline.ts into `sw.js`).
 *
 * - It carries only its version and the URL of its manifest (`offline-<version>.json`, the list
 *   of every file), so `sw.js` stays small however large the site. On install it fetches the
 *   manifest past the HTTP cache and keeps it in its cache: the status and "save for offline"
 *   read it from there when the browser has restarted the worker, offline too.
 * - One cache per build, named by a hash of the built files: a new deploy installs beside the
 *   old one and takes over only when no page of the old one is open (or when the reader asks),
 *   so old pages never mix with new assets.
 * - Below the size limit it stores the whole site on install; above it, only the shell, and the
 *   whole site when the reader asks ("save the atlas for offline").
 * - Answers from the cache first (query strings such as `?highlight=` and Pagefind's `?ts=` are
 *   ignored), then from the network, storing what it fetches; offline, an unknown page gets 404.html.
 */
const sw = self as unknown as ServiceWorkerGlobalScope;
declare const __VERSION__: string;
declare const __BASE__: string;
declare const __MANIFEST__: string;

/** As src/lib/build/offline.ts writes it (its `OfflinePlan`). */
interface Manifest {
  version: string;
  all: string[];
  shell: string[];
  totalBytes: number;
  precacheAll: boolean;
}

const CACHE = `atlas-${__VERSION__}`;
let manifest: Manifest | undefined;

async function fetchManifest(): Promise<Response> {
  const response = await fetch(__MANIFEST__, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${__MANIFEST__}: HTTP ${response.status}`);
  return response;
}

async function readManifest(): Promise<Manifest> {
  if (!manifest) {
    const stored = await (await caches.open(CACHE)).match(__MANIFEST__);
    manifest = (await (stored ?? (await fetchManifest())).json()) as Manifest;
  }
  return manifest;
}

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const response = await fetchManifest();
      const list = (await response.clone().json()) as Manifest;
      const cache = await caches.open(CACHE);
      await cache.addAll(list.precacheAll ? list.all : list.shell);
      await cache.put(__MANIFEST__, response);
      manifest = list;
    })(),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith('atlas-') && name !== CACHE) await caches.delete(name);
      await sw.clients.claim();
    })(),
  );
});

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== sw.location.origin || !url.pathname.startsWith(__BASE__)) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const hit = await cache.match(request, { ignoreSearch: true });
      if (hit) return hit;
      try {
        const response = await fetch(request);
        if (response.ok && response.type === 'basic') await cache.put(new URL(url.pathname, url.origin).href, response.clone());
        return response;
      } catch (error) {
        const notFound = request.mode === 'navigate' ? await cache.match(`${__BASE__}404.html`) : undefined;
        if (notFound) return new Response(notFound.body, { status: 404, headers: notFound.headers });
        throw error;
      }
    })(),
  );
});

async function currentStatus() {
  const { all, totalBytes, precacheAll } = await readManifest();
  const cache = await caches.open(CACHE);
  const stored = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
  return { type: 'status', version: __VERSION__, saved: all.every((path) => stored.has(path)), bytes: totalBytes, automatic: precacheAll };
}

sw.addEventListener('message', (event) => {
  const source = event.source as Client | null;
  const data = event.data as { type?: string } | null;
  if (data?.type === 'status') event.waitUntil(currentStatus().then((reply) => source?.postMessage(reply)));
  if (data?.type === 'save-all') {
    event.waitUntil(
      Promise.all([caches.open(CACHE), readManifest()])
        .then(([cache, { all }]) => cache.addAll(all))
        .then(currentStatus)
        .then((reply) => source?.postMessage(reply))
        .catch(() => source?.postMessage({ type: 'save-failed' })),
    );
  }
  if (data?.type === 'skip-waiting') void sw.skipWaiting();
});
