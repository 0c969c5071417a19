/**
 * Writes the service worker (`sw.js`) after everything else is in the output: it lists every
 * built file, names its cache by a hash of their contents (so a build is deterministic and a
 * new deploy gets a new cache), and decides whether the whole site is stored on the first visit
 * or only when the reader asks, by the total size against `siteConfig.offline.precacheLimitBytes`.
 *
 * Written by hand rather than with Workbox: the explicit "save for offline" mode above the size
 * limit and the query-insensitive matching (`?highlight=`, Pagefind's `?ts=`) are most of the
 * logic, and generateSW's precache cannot grow at run time.
 */
import type { AstroIntegration } from 'astro';
import { configPaths } from './astro-config-paths.ts';
import { buildSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { walkFiles } from '../lib/files.ts';
import { siteConfig } from '../../site.config.ts';

export const SERVICE_WORKER = 'sw.js';

export interface OfflinePlan {
  version: string;
  /** Every file as a URL path under the base (`/atlas/studies/x/` for `studies/x/index.html`). */
  all: string[];
  /** What is stored on install when the whole site is too large. */
  shell: string[];
  totalBytes: number;
  precacheAll: boolean;
}

/** Which files are the shell: styles, scripts, the search engine and the pages a reader lands on. */
const isShell = (path: string) =>
  /^(?:_astro|_search)\//.test(path) ||
  /^pagefind\/(?:pagefind\.js|pagefind-highlight\.js|pagefind-entry\.json|wasm\.[^/]+)$/.test(path) ||
  ['index.html', '404.html', 'favicon.svg', 'manifest.webmanifest'].includes(path);

export function offlinePlan(outDir: string, base: string, limitBytes: number): OfflinePlan {
  const files = walkFiles(outDir)
    .map((file) => relative(outDir, file).split(sep).join('/'))
    // The downloadable archive is for saving to disk, not for the browser's cache.
    .filter((path) => path !== SERVICE_WORKER && !path.startsWith('downloads/'))
    .sort();
  const hash = createHash('sha256');
  let totalBytes = 0;
  for (const path of files) {
    const content = readFileSync(join(outDir, path));
    totalBytes += content.length;
    hash.update(`${path}\n${createHash('sha256').update(content).digest('hex')}\n`);
  }
  const toUrl = (path: string) => `${base}${path.replace(/(^|\/)index\.html$/, '$1')}`;
  return {
    version: hash.digest('hex').slice(0, 16),
    all: files.map(toUrl),
    shell: files.filter(isShell).map(toUrl),
    totalBytes,
    precacheAll: totalBytes <= limitBytes,
  };
}

/** Compiles the service worker for a built site and writes it; returns the plan. */
export function writeServiceWorker(outDir: string, base: string, limitBytes = siteConfig.offline.precacheLimitBytes): OfflinePlan {
  const plan = offlinePlan(outDir, base, limitBytes);
  const result = buildSync({
    entryPoints: [fileURLToPath(new URL('../offline/service-worker.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    define: {
      __VERSION__: JSON.stringify(plan.version),
      __BASE__: JSON.stringify(base),
      __SHELL__: JSON.stringify(plan.shell),
      __ALL__: JSON.stringify(plan.all),
      __PRECACHE_ALL__: JSON.stringify(plan.precacheAll),
      __TOTAL_BYTES__: JSON.stringify(plan.totalBytes),
    },
  });
  writeFileSync(join(outDir, SERVICE_WORKER), result.outputFiles[0]!.contents);
  return plan;
}


export default function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'atlas:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        ({ base } = configPaths(config));
      },
      'astro:build:done': ({ dir, logger }) => {
        const plan = writeServiceWorker(fileURLToPath(dir), base);
        const mb = (plan.totalBytes / 1024 / 1024).toFixed(1);
        logger.info(
          `service worker ${plan.version}: ${plan.all.length} files, ${mb} MB, ${plan.precacheAll ? 'all stored on the first visit' : `shell stored (${plan.shell.length} files), the rest on request`}`,
        );
      },
    },
  };
}
