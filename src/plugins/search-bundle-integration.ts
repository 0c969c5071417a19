/**
 * Bundles the search interface (`src/scripts/search-ui.ts`, `search-page.ts`) with esbuild into
 * `<outDir>/_search/`, under content-hashed names, and gives their URLs to the pages as the
 * constants `__ATLAS_SEARCH_UI__` and `__ATLAS_SEARCH_PAGE__`. Bundled apart from Vite so that
 * the loader on every page can stay a small inline script with no module graph of its own,
 * and the interface loads only when search is used.
 */
import type { AstroIntegration } from 'astro';
import { configPaths } from './astro-config-paths.ts';
import { build, type OutputFile } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export default function searchBundle(): AstroIntegration {
  let files: OutputFile[] = [];
  return {
    name: 'atlas:search-bundle',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig }) => {
        const { root, base } = configPaths(config);
        const result = await build({
          absWorkingDir: root,
          entryPoints: { 'search-ui': 'src/scripts/search-ui.ts', 'search-page': 'src/scripts/search-page.ts' },
          bundle: true,
          splitting: true,
          format: 'esm',
          target: 'es2022',
          minify: true,
          write: false,
          outdir: '_search',
          entryNames: '[name]-[hash]',
          chunkNames: 'shared-[hash]',
          define: {
            'import.meta.env.BASE_URL': JSON.stringify(base),
            __ATLAS_META_CACHE_TAG__: JSON.stringify(inputsHash(root)),
            __ATLAS_DOWNLOAD__: 'false',
          },
          logLevel: 'silent',
        });
        files = result.outputFiles;
        const urlOf = (entry: string) => {
          const file = files.find((f) => basename(f.path).startsWith(`${entry}-`));
          if (!file) throw new Error(`esbuild wrote no ${entry} bundle`);
          return `${base}_search/${basename(file.path)}`;
        };
        updateConfig({
          vite: {
            define: {
              __ATLAS_SEARCH_UI__: JSON.stringify(urlOf('search-ui')),
              __ATLAS_SEARCH_PAGE__: JSON.stringify(urlOf('search-page')),
            },
          },
        });
      },
      'astro:build:done': ({ dir }) => {
        const outDir = join(fileURLToPath(dir), '_search');
        for (const file of files) {
          const target = join(outDir, basename(file.path));
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, file.contents);
        }
      },
    },
  };
}

/**
 * Pagefind's `metaCacheTag`: a hash of everything the search index is built from (content,
 * templates, configuration, locked dependencies), so that `pagefind-entry.json` can be cached
 * and is fetched anew exactly when a build may have changed it. Deterministic, unlike a clock.
 */
export function inputsHash(root: string): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) add(join(path, name));
    } else {
      hash.update(`${relative(root, path)}\n`).update(readFileSync(path));
    }
  };
  for (const entry of ['src', 'sources', 'public', 'site.config.ts', 'astro.config.mjs', 'package-lock.json']) add(join(root, entry));
  return hash.digest('hex').slice(0, 16);
}
