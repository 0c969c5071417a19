/**
 * Bundles the search interface (`src/scripts/search-ui.ts`, `search-page.ts`) with esbuild into
 * `<outDir>/_search/`, under content-hashed names, and gives their URLs to the pages as the
 * constants `__ATLAS_SEARCH_UI__` and `__ATLAS_SEARCH_PAGE__`. Bundled apart from Vite so that
 * the loader on every page can stay a small inline script with no module graph of its own,
 * and the interface loads only when search is used.
 */
import type { AstroIntegration } from 'astro';
import { build, type OutputFile } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export default function searchBundle(): AstroIntegration {
  let files: OutputFile[] = [];
  return {
    name: 'atlas:search-bundle',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
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
          define: { 'import.meta.env.BASE_URL': JSON.stringify(base) },
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
