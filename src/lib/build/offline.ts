/**
 * The service worker (`sw.js`) and its manifest (`offline-<version>.json`), written after
 * everything else is in the output. The manifest lists every built file and says whether the
 * whole site is stored on the first visit or only when the reader asks (the total size against
 * `offline.precacheLimitBytes`); the worker names only the version and the manifest, so its size
 * does not grow with the site, and the browser's update check of `sw.js` stays small. The version
 * is a hash of the files' contents (so a build is deterministic and a new deploy gets a new
 * cache, a new manifest name and new `sw.js` bytes).
 *
 * Written by hand rather than with Workbox: the explicit "save for offline" mode above the size
 * limit and the query-insensitive matching (`?highlight=`, Pagefind's `?ts=`) are most of the
 * logic, and generateSW's precache cannot grow at run time.
 */
import { buildSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOWNLOADS_DIR, isOfflineManifestFile, offlineManifestFile, PAGEFIND_DIR, SEARCH_DIR, SERVICE_WORKER } from '../util/output-files.ts';
import { sitePathOf, withBase } from '../util/paths.ts';
import { walkFiles } from '../util/walk-files.ts';

export { SERVICE_WORKER };

/** What the worker reads from the manifest (`src/offline/service-worker.ts` declares the same). */
export interface OfflinePlan {
  version: string;
  /** Every file as a URL under the base (`/atlas/studies/x/` for `studies/x/index.html`). */
  all: string[];
  /** What is stored on install when the whole site is too large. */
  shell: string[];
  totalBytes: number;
  precacheAll: boolean;
}

/** One built file as the plan needs it: its output path, size and content hash. */
export interface HashedFile {
  path: string;
  bytes: number;
  sha256: string;
}

/** Files the offline copy leaves out: the worker, its manifest and the downloadable archive (for saving to disk, not the browser's cache). */
export const notCached = (path: string) => path === SERVICE_WORKER || isOfflineManifestFile(path) || path.startsWith(`${DOWNLOADS_DIR}/`);

/** Which files are the shell: styles, scripts, the search engine and the pages a reader lands on. */
const isShell = (path: string) =>
  path.startsWith('_astro/') ||
  path.startsWith(`${SEARCH_DIR}/`) ||
  new RegExp(`^${PAGEFIND_DIR}/(?:[^/]+/)?(?:pagefind(?:-worker)?\\.js|pagefind-entry\\.json|wasm\\.[^/]+)$`).test(path) ||
  ['index.html', '404.html', 'favicon.svg', 'manifest.webmanifest'].includes(path);

export function hashFile(path: string, content: Uint8Array): HashedFile {
  return { path, bytes: content.length, sha256: createHash('sha256').update(content).digest('hex') };
}

/** The plan for a set of built files (as the after-build pass hashed them). */
export function planOffline(files: readonly HashedFile[], base: string, limitBytes: number): OfflinePlan {
  const sorted = files.filter((f) => !notCached(f.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const hash = createHash('sha256');
  let totalBytes = 0;
  for (const file of sorted) {
    totalBytes += file.bytes;
    hash.update(`${file.path}\n${file.sha256}\n`);
  }
  const precacheAll = totalBytes <= limitBytes;
  // The version names the manifest, so whatever else the manifest says must change it too.
  hash.update(`${base}\n${precacheAll}\n`);
  const toUrl = (path: string) => withBase(base, sitePathOf(path));
  return {
    version: hash.digest('hex').slice(0, 16),
    all: sorted.map((f) => toUrl(f.path)),
    shell: sorted.filter((f) => isShell(f.path)).map((f) => toUrl(f.path)),
    totalBytes,
    precacheAll,
  };
}

/** The plan for a built site on disk (tests and scripts). */
export function offlinePlan(outDir: string, base: string, limitBytes: number): OfflinePlan {
  const files = walkFiles(outDir).map((file) => hashFile(relative(outDir, file).split(sep).join('/'), readFileSync(file)));
  return planOffline(files, base, limitBytes);
}

/** Compiles the service worker for a plan and writes it and its manifest into the output folder; returns the manifest's file name. */
export function writeServiceWorker(outDir: string, base: string, plan: OfflinePlan): string {
  const manifestName = offlineManifestFile(plan.version);
  const result = buildSync({
    entryPoints: [fileURLToPath(new URL('../../offline/service-worker.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    define: {
      __VERSION__: JSON.stringify(plan.version),
      __BASE__: JSON.stringify(base),
      __MANIFEST__: JSON.stringify(withBase(base, sitePathOf(manifestName))),
    },
  });
  writeFileSync(join(outDir, manifestName), JSON.stringify(plan));
  writeFileSync(join(outDir, SERVICE_WORKER), result.outputFiles[0]!.contents);
  return manifestName;
}
