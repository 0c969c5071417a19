/**
 * The collections, read from the atlas's folders (`src/lib/atlas/layout.ts`) with the
 * schemas its settings make (`src/lib/model/`). The atlas is the one `astro.config.mjs` loaded.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { atlas } from 'virtual:atlas';
import { seedTexts } from './lib/atlas/seed-loader.ts';
import { studyFiles } from './lib/atlas/study-loader.ts';
import { glossarySchema } from './lib/model/glossary-schema.ts';
import { studySchema } from './lib/model/study-schema.ts';
import { timelineEventSchema } from './lib/model/timeline-schema.ts';

const { layout, config } = atlas;
const folder = (path: string) => pathToFileURL(`${path}/`).href;

/** One MDX file a study; its file name is its slug. Its text is compiled by the engine, not bundled by Vite. */
const studies = defineCollection({
  loader: studyFiles({ pattern: '*.{md,mdx}', base: folder(layout.studiesDir) }),
  schema: studySchema(config),
});

/** One MDX file a glossary entry; its file name is its id. */
const glossary = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: folder(layout.glossaryDir) }),
  schema: glossarySchema(config),
});

/**
 * Glossary bodies in the later interface languages: `<glossary folder>/<language>/<id>.mdx`, the
 * body only (the entry's keyed frontmatter is in the entry's own file); ids `id/human-security`.
 */
const translatedLanguages = config.languages.interface.slice(1);
const glossaryTranslations = defineCollection({
  loader:
    translatedLanguages.length > 0
      ? glob({ pattern: translatedLanguages.map((code) => `${code}/*.{md,mdx}`), base: folder(layout.glossaryDir) })
      : { name: 'atlas:one-language', load: async ({ store }) => store.clear() },
  schema: z.object({}).strict(),
});

/** The raw source texts as received, published for provenance. */
const seeds = defineCollection({
  loader: seedTexts(layout.seedsDir),
  schema: z.object({ text: z.string() }),
});

/** Dated events the studies mention, each with the studies' own words; empty when the atlas has no timeline. */
const timeline = defineCollection({
  loader: existsSync(layout.timelineFile)
    ? file(layout.timelineFile)
    : { name: 'atlas:no-timeline', load: async ({ store }) => store.clear() },
  schema: timelineEventSchema(config),
});

export const collections = { studies, glossary, glossaryTranslations, seeds, timeline };
