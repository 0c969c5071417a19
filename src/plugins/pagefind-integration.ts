/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` after Astro has written the site,
 * with Pagefind's Node API. Only elements marked `data-pagefind-body` (the study and glossary
 * articles) are indexed; pages without one, such as the index pages, are left out.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await createIndex({ excludeSelectors: ['[data-editorial-chrome]'] });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
        await close();
        // Pagefind's own UI bundles are unused here (the atlas has its own); leave them out of the site.
        const bundle = join(outDir, 'pagefind');
        for (const name of readdirSync(bundle)) if (/^pagefind-(?:component-|modular-)?ui\./.test(name)) rmSync(join(bundle, name));
        logger.info(`search index: ${added.page_count} pages`);
      },
    },
  };
}
