// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import builtSiteCheck from './src/plugins/built-site-check-integration.ts';
import { aliasesOf, checkContent } from './src/lib/content-check.ts';
import { joinBase } from './src/lib/urls.ts';
import contentCheck from './src/plugins/content-check-integration.ts';
import download from './src/plugins/download-integration.ts';
import offline from './src/plugins/offline-integration.ts';
import pagefindIndex from './src/plugins/pagefind-integration.ts';
import remarkGlossaryLinks from './src/plugins/remark-glossary-links.ts';
import searchBundle from './src/plugins/search-bundle-integration.ts';
import remarkBaseLinks from './src/plugins/remark-base-links.ts';
import remarkHeadingFloor from './src/plugins/remark-heading-floor.ts';
import remarkLiteralListMarkers from './src/plugins/remark-literal-list-markers.ts';

/** GitHub Pages project sites live under `/<repository>/`: BASE_PATH sets it, SITE_URL the origin. */
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'http://localhost:4321';
/** Tests build a second copy under a project base path into its own folder. */
const outDir = process.env.OUT_DIR || './dist';

/** Glossary terms for cross-linking, read from the entries' frontmatter (restart `astro dev` after adding one). */
const glossaryTerms = checkContent({ root: fileURLToPath(new URL('.', import.meta.url)) }).glossary.map((entry) => ({
  id: entry.id,
  aliases: aliasesOf(entry.data),
}));

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    contentCheck(),
    searchBundle(),
    mdx(),
    sitemap({ filter: (page) => !/\/(404|search)\/?$/.test(new URL(page).pathname) }),
    pagefindIndex(),
    download(),
    builtSiteCheck(),
    // Last: it lists and hashes every file the others wrote.
    offline(),
  ],
  markdown: {
    processor: unified({
      // remark-gfm is listed explicitly so that one plugin list says how content is parsed.
      gfm: false,
      // The authors' quotation marks and apostrophes stay as they wrote them.
      smartypants: false,
      remarkPlugins: [
        remarkGfm,
        remarkHeadingFloor,
        remarkLiteralListMarkers,
        [remarkGlossaryLinks, { terms: glossaryTerms, href: (/** @type {string} */ id) => joinBase(base, `/glossary/${id}/`) }],
        [remarkBaseLinks, { base }],
      ],
    }),
  },
  devToolbar: { enabled: false },
});
