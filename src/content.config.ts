import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { glossarySchema } from './lib/glossary-schema.ts';
import { seedTexts } from './lib/seed-loader.ts';
import { studySchema } from './lib/study-schema.ts';
import { timelineEventSchema } from './lib/timeline-schema.ts';

/** One MDX file a study; its file name is its slug (`/studies/<slug>/`). */
const studies = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: './src/content/studies' }),
  schema: studySchema,
});

/** One MDX file a glossary entry; its file name is its id (`/glossary/<id>/`). */
const glossary = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: './src/content/glossary' }),
  schema: glossarySchema,
});

/** The raw source texts as received, published at `/sources/<file>` for provenance. */
const seeds = defineCollection({
  loader: seedTexts(),
  schema: z.object({ text: z.string() }),
});

/** Dated events the studies mention, each with the studies' own words (`src/content/timeline.yaml`). */
const timeline = defineCollection({
  loader: file('src/content/timeline.yaml'),
  schema: timelineEventSchema,
});

export const collections = { studies, glossary, seeds, timeline };
