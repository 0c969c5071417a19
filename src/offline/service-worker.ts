/// <reference lib="webworker" />
/**
 * The atlas's service worker (built by src/plugins/offline-integration.ts into `sw.js`).
 *
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
declare const __SHELL__: string[];
declare const __ALL__: string[];
declare const __PRECACHE_ALL__: boolean;
declare const __TOTAL_BYTES__: number;

const CACHE = `atlas-${__VERSION__}`;

sw.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(__PRECACHE_ALL__ ? __ALL__ : __SHELL__)));
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
  const cache = await caches.open(CACHE);
  const stored = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
  return { type: 'status', version: __VERSION__, saved: __ALL__.every((path) => stored.has(path)), bytes: __TOTAL_BYTES__, automatic: __PRECACHE_ALL__ };
}

sw.addEventListener('message', (event) => {
  const source = event.source as Client | null;
  const data = event.data as { type?: string } | null;
  if (data?.type === 'status') event.waitUntil(currentStatus().then((reply) => source?.postMessage(reply)));
  if (data?.type === 'save-all') {
    event.waitUntil(
      caches
        .open(CACHE)
        .then((cache) => cache.addAll(__ALL__))
        .then(currentStatus)
        .then((reply) => source?.postMessage(reply))
        .catch(() => source?.postMessage({ type: 'save-failed' })),
    );
  }
  if (data?.type === 'skip-waiting') void sw.skipWaiting();
});
