// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import builtSiteCheck from './src/plugins/built-site-check-integration.ts';
import contentCheck from './src/plugins/content-check-integration.ts';
import remarkBaseLinks from './src/plugins/remark-base-links.ts';
import remarkHeadingFloor from './src/plugins/remark-heading-floor.ts';
import remarkLiteralListMarkers from './src/plugins/remark-literal-list-markers.ts';

/** GitHub Pages project sites live under `/<repository>/`: BASE_PATH sets it, SITE_URL the origin. */
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'http://localhost:4321';
/** Tests build a second copy under a project base path into its own folder. */
const outDir = process.env.OUT_DIR || './dist';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentCheck(), mdx(), builtSiteCheck()],
  markdown: {
    processor: unified({
      // remark-gfm is listed explicitly so that one plugin list says how content is parsed.
      gfm: false,
      // The authors' quotation marks and apostrophes stay as they wrote them.
      smartypants: false,
      remarkPlugins: [remarkGfm, remarkHeadingFloor, remarkLiteralListMarkers, [remarkBaseLinks, { base }]],
    }),
  },
  devToolbar: { enabled: false },
});
