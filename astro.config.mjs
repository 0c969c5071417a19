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
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { displayPath } from './src/lib/atlas/layout.ts';
import { loadAtlas } from './src/lib/atlas/load.ts';
import { atlasRoutes, SEARCH_ROUTE } from './src/lib/atlas/routes.ts';
import { checkContent } from './src/lib/checks/content-check.ts';
import { aliasesOf } from './src/lib/model/glossary-schema.ts';
import { localizedPath, normalizeBase, withBase } from './src/lib/util/paths.ts';
import { cslItem } from './src/lib/util/citation.ts';
import { formatCitationsAhead } from './src/lib/build/citations-ahead.ts';
import afterBuild from './src/plugins/after-build-integration.ts';
import atlasIntegration from './src/plugins/atlas-integration.ts';
import browserScripts from './src/plugins/browser-scripts-integration.ts';
import remarkBaseLinks from './src/plugins/remark-base-links.ts';
import remarkGlossaryLinks from './src/plugins/remark-glossary-links.ts';
import remarkHeadingFloor from './src/plugins/remark-heading-floor.ts';
import remarkLiteralListMarkers from './src/plugins/remark-literal-list-markers.ts';
import remarkPassageIds from './src/plugins/remark-passage-ids.ts';
import remarkHeadingGlosses from './src/plugins/remark-heading-glosses.ts';
import remarkNoteMarkers from './src/plugins/remark-note-markers.ts';
import { vitePluginMdxCache } from './src/plugins/vite-plugin-mdx-cache.ts';
import { notePlaces } from './src/lib/util/note-places.ts';
import { normalizeQuote } from './src/lib/util/passages.ts';
import { EDITORIAL_ELEMENTS } from './src/lib/checks/evidence-check.ts';
import { openBuildCache } from './src/lib/build/build-cache.ts';
import { fileURLToPath } from 'node:url';

// Results that are pure functions of the content are kept between builds (src/lib/build/build-cache.ts).
openBuildCache(fileURLToPath(new URL('.', import.meta.url)));
const atlas = await loadAtlas();
const check = checkContent(atlas);
const { config, layout } = atlas;
const routes = atlasRoutes(config);

/**
 * GitHub Pages project sites live under `/<repository>/`: BASE_PATH sets it, SITE_URL the origin.
 * Without SITE_URL the site's full URLs are unknown: pages and citations then leave them out.
 */
const base = normalizeBase(process.env.BASE_PATH || '/');
const site = process.env.SITE_URL || undefined;
/** Tests build more copies (another base path, another atlas) into their own folders. */
const outDir = process.env.OUT_DIR || './dist';

/** Paths as remark sees them (absolute, `/` separators). */
const posix = (/** @type {string} */ path) => path.replaceAll('\\', '/');
const inFolder = (/** @type {string} */ folder) => (/** @type {string} */ path) => path.startsWith(`${posix(folder)}/`);
const inStudies = inFolder(layout.studiesDir);
const inGlossary = inFolder(layout.glossaryDir);

const scripts = browserScripts(atlas, check.glossary.map((entry) => ({ term: entry.data.term, aliases: entry.data.aliases })));

/**
 * Study → passage id → the editorial notes that concern it, from the quotes the check found.
 * A draft's too: its text is compiled with the others, and the dev server shows it.
 */
const evidenceOf = { ...check.evidence.index, ...check.draftEvidence };
const notesAt = Object.fromEntries(
  [...check.studies, ...check.drafts].map((study) => [study.slug, notePlaces(study.data.editorialNotes, (quote) => evidenceOf[study.slug]?.[normalizeQuote(quote)]?.id)]),
);

/**
 * What the Markdown plugins' output depends on besides each file: a compiled MDX module is kept
 * between builds under a hash of its file and of these (src/plugins/vite-plugin-mdx-cache.ts).
 */
const markdownInputs = JSON.stringify({
  config,
  base,
  folders: [posix(layout.studiesDir), posix(layout.glossaryDir)],
  terms: check.glossary.map((entry) => ({ id: entry.id, aliases: aliasesOf(entry.data) })),
});
const studyOf = (/** @type {string} */ path) => (inStudies(path) ? basename(path, extname(path)) : undefined);
const mdxStats = { reused: 0, compiled: 0 };
const mdxCache = vitePluginMdxCache({
  inputsOf: (path) => {
    const study = studyOf(path);
    return `${markdownInputs}\n${JSON.stringify(study ? (notesAt[study] ?? null) : null)}`;
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
    atlasIntegration(atlas, check),
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
    afterBuild({ atlas, check, classicScripts: scripts.classic, mdxStats, citationsAhead }),
  ],
  markdown: {
    processor: unified({
      // remark-gfm is listed explicitly so that one plugin list says how content is parsed.
      gfm: false,
      // The authors' quotation marks and apostrophes stay as they wrote them.
      smartypants: false,
      remarkPlugins: [
        remarkGfm,
        [
          remarkHeadingFloor,
          {
            rules: [
              { folder: posix(layout.studiesDir), minDepth: config.studies.headingFloor },
              { folder: posix(layout.glossaryDir), minDepth: config.glossary.headingFloor },
            ],
          },
        ],
        remarkLiteralListMarkers,
        [
          remarkGlossaryLinks,
          {
            terms: check.glossary.map((entry) => ({ id: entry.id, aliases: aliasesOf(entry.data) })),
            // A site path: the page's `a` component adds the base and the reader's language.
            href: (/** @type {string} */ id) => routes.glossaryEntry(id),
            include: (/** @type {string} */ path) => (config.studies.linkTerms && inStudies(path)) || (config.glossary.linkTerms && inGlossary(path)),
            entryOf: (/** @type {string} */ path) => (inGlossary(path) ? basename(path, extname(path)) : undefined),
            entriesFolder: `${displayPath(layout.glossaryDir, layout.root)}/`,
          },
        ],
        // Every paragraph and list item of a study's text gets the id evidence links point at.
        [remarkPassageIds, { include: inStudies, skip: EDITORIAL_ELEMENTS }],
        // Headings of a study's text glossed in the reader's language (after the ids: a gloss is not the source's).
        [remarkHeadingGlosses, { include: inStudies, standard: config.studies.headingGlosses }],
        [remarkNoteMarkers, { studyOf, notes: notesAt }],
        // Plain .md files are rendered once, without the `a` component: their links get the base here.
        [remarkBaseLinks, { base, include: (/** @type {string} */ path) => !path.endsWith('.mdx') }],
      ],
    }),
  },
  vite: { plugins: [mdxCache] },
  devToolbar: { enabled: false },
});
