// @ts-check
/**
 * The engine's Astro configuration. It builds whichever atlas `ATLAS_DIR` names (default: this
 * folder): the atlas is loaded and its content checked once, here, and handed to the
 * integrations and Markdown plugins that need it.
 *
 *   content (atlas) → collections (src/content.config.ts) → lib → pages (src/pages, src/routes)
 *   → one after-build pass (links, search index, download, offline) → dist
 */
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { loadAtlas } from './src/lib/atlas/load.ts';
import { atlasRoutes, SEARCH_ROUTE } from './src/lib/atlas/routes.ts';
import { checkContent, checkGlossary } from './src/lib/checks/content-check.ts';
import { errorsOf } from './src/lib/checks/problems.ts';
import { aliasesOf } from './src/lib/model/glossary-schema.ts';
import { localizedPath, normalizeBase, withBase } from './src/lib/util/paths.ts';
import { cslItem } from './src/lib/util/citation.ts';
import { formatCitationsAhead } from './src/lib/build/citations-ahead.ts';
import afterBuild from './src/plugins/after-build-integration.ts';
import atlasIntegration from './src/plugins/atlas-integration.ts';
import browserScripts from './src/plugins/browser-scripts-integration.ts';
import { vitePluginMdxCache } from './src/plugins/vite-plugin-mdx-cache.ts';
import { openBuildCache } from './src/lib/build/build-cache.ts';
import { boundHeapGrowth } from './src/lib/build/heap-growth.ts';
import { withoutHeadInjectWarnings } from './src/lib/build/bundler-logs.ts';
import { markdownInputsOf, markdownProcessor, posix, studyOfPath, studyTextInputsOf, termsOf } from './src/lib/build/markdown-pipeline.ts';
import { compileOnWorkers } from './src/lib/build/mdx-workers.ts';
import { compileStudyBodiesAhead } from './src/lib/build/study-bodies-ahead.ts';
import { compareStudies } from './src/lib/model/study-order.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// A build's peak memory is its heap's highest point (src/lib/build/heap-growth.ts).
boundHeapGrowth();
// Results that are pure functions of the content are kept between builds (src/lib/build/build-cache.ts).
openBuildCache(fileURLToPath(new URL('.', import.meta.url)));
const atlas = await loadAtlas();
const { config, layout } = atlas;
const routes = atlasRoutes(config);

/**
 * GitHub Pages project sites live under `/<repository>/`: BASE_PATH sets it, SITE_URL the origin.
 * Without SITE_URL the site's full URLs are unknown: pages and citations then leave them out.
 */
const base = normalizeBase(process.env.BASE_PATH || '/');

// The study texts need only the glossary's terms: their compiling starts on worker threads while
// the rest of the content is checked (src/lib/build/study-bodies-ahead.ts).
const glossaryCheck = checkGlossary(atlas);
const studyTextInputs = studyTextInputsOf(atlas, termsOf(glossaryCheck.glossary), base);
const studyTexts = compileStudyBodiesAhead(
  studyTextInputs,
  readdirSync(layout.studiesDir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const path = posix(join(layout.studiesDir, name));
      return { path, text: readFileSync(path, 'utf8') };
    }),
);
const check = checkContent(atlas, glossaryCheck);
if (errorsOf(check.problems).length > 0) studyTexts.stop();
// The pages render in the atlas's order of its studies: the workers take the texts from the last.
studyTexts.order(
  [...check.studies]
    .sort((a, b) => compareStudies(config, /** @type {string} */ (config.languages.interface[0]))(a.data, b.data))
    .map((study) => posix(join(layout.studiesDir, basename(study.file)))),
);
const site = process.env.SITE_URL || undefined;
/** Tests build more copies (another base path, another atlas) into their own folders. */
const outDir = process.env.OUT_DIR || './dist';

const scripts = browserScripts(atlas, check.glossary.map((entry) => ({ term: entry.data.term, aliases: entry.data.aliases })));

/** What the Markdown plugins know about the atlas: plain data, so that worker threads can make the same processor. */
const markdownInputs = markdownInputsOf(atlas, check, base);
const { notesAt } = markdownInputs;
/** The MDX files are compiled on worker threads when building (src/lib/build/mdx-workers.ts). */
let building = false;
const mdxWorkers = { onWorkers: 0 };
const processor = compileOnWorkers(markdownProcessor(markdownInputs), markdownInputs, mdxWorkers, () => building);

/**
 * What the Markdown plugins' output depends on besides each file: a compiled MDX module is kept
 * between builds under a hash of its file and of these (src/plugins/vite-plugin-mdx-cache.ts).
 */
const sharedInputs = JSON.stringify({
  config,
  base,
  folders: [markdownInputs.studiesDir, markdownInputs.glossaryDir],
  terms: markdownInputs.terms,
});
const studyOf = studyOfPath(markdownInputs);
const mdxStats = { reused: 0, compiled: 0 };
const mdxCache = vitePluginMdxCache({
  inputsOf: (path) => {
    const study = studyOf(path);
    return `${sharedInputs}\n${JSON.stringify(study ? (notesAt[study] ?? null) : null)}`;
  },
  stats: mdxStats,
});

/** Every study's citation items, as its pages (in each interface language) will ask for them. */
const citationsAhead = () =>
  formatCitationsAhead(
    check.studies.flatMap((study) =>
      config.languages.interface.map((/** @type {string} */ locale) => {
        const page = withBase(base, localizedPath(locale, config.languages.interface, routes.study(study.slug)));
        return cslItem(study.slug, study.data, site && new URL(page, site).href, config, locale);
      }),
    ),
    config.citation.locales,
  );

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Each atlas keeps its own content cache, so that building one never reuses another's.
  cacheDir: `./node_modules/.astro/${createHash('sha256').update(layout.root).digest('hex').slice(0, 12)}`,
  integrations: [
    { name: 'atlas:building', hooks: { 'astro:config:setup': ({ command }) => void (building = command === 'build') } },
    atlasIntegration(atlas, check, studyTextInputs),
    scripts,
    mdx(),
    // A sitemap lists full URLs, so only a site whose URL is known has one.
    // Both languages, each page with its alternates (`xhtml:link hreflang`); not the 404 page or the search pages.
    ...(site
      ? [
          sitemap({
            filter: (page) => {
              const path = new URL(page).pathname;
              return path !== `${base}404/` && !config.languages.interface.some((locale, i) => path === `${base}${i === 0 ? '' : `${locale}/`}${SEARCH_ROUTE}/`);
            },
            ...(config.languages.interface.length > 1
              ? {
                  i18n: {
                    defaultLocale: /** @type {string} */ (config.languages.interface[0]),
                    locales: Object.fromEntries(
                      config.languages.interface.map((/** @type {string} */ locale) => [locale, config.languages.regions[locale] ? `${locale}-${config.languages.regions[locale]}` : locale]),
                    ),
                  },
                }
              : {}),
          }),
        ]
      : []),
    // Last: it reads every file the others wrote.
    afterBuild({ atlas, check, classicScripts: scripts.classic, mdxStats, mdxWorkers, citationsAhead, studyTexts }),
  ],
  markdown: { processor },
  vite: {
    plugins: [mdxCache, { name: 'atlas:mdx-workers', buildEnd: () => processor.stopWorkers() }],
    build: { rolldownOptions: { onLog: withoutHeadInjectWarnings } },
  },
  devToolbar: { enabled: false },
  // A study page or comparison page whose data, code and text are unchanged since the last build is copied from it,
  // not rendered again (its key: src/lib/queries/page-cache-key.ts; tests/build/incremental-build.test.ts).
  experimental: { incrementalBuild: true },
});
