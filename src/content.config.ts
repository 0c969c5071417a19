import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { studySchema } from './lib/study-schema.ts';

/** One MDX file a study; its file name is its slug (`/studies/<slug>/`). */
const studies = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: './src/content/studies' }),
  schema: studySchema,
});

export const collections = { studies };
