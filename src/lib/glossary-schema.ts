/**
 * The frontmatter of a glossary entry (`src/content/glossary/<id>.mdx`; the file name is the id).
 * The body is the fuller explanation in English, then a section "## What the studies say".
 */
import { z } from 'astro/zod';
import { glossaryKinds } from './vocabulary.ts';

const text = (field: string, example: string) =>
  z
    .string({ error: `${field} must be text, for example ${example}` })
    .trim()
    .min(1, { error: `${field} is empty: write ${example}` });

/** An alias must begin and end with a letter or a digit, or it could never match as a whole word. */
const wordEdges = /^[\p{L}\p{N}].*[\p{L}\p{N}]$|^[\p{L}\p{N}]$/u;

export const aliasSchema = text('alias', '"keamanan manusia"')
  .min(2, { error: 'an alias needs at least 2 characters: a single letter would match everywhere' })
  .refine((alias) => wordEdges.test(alias), {
    error: 'an alias must begin and end with a letter or a digit (write "UN-ACT", not "UN-ACT," or "-ACT"), so that it matches whole words only',
  });

export const glossarySchema = z
  .object({
    /** The term in English and in Indonesian, as the entry's title shows them. */
    term: z
      .object({
        /** English term, e.g. "Human security". */
        en: text('term.en', '"Human security"'),
        /** Indonesian term as the studies write it, e.g. "Keamanan manusia". */
        id: text('term.id', '"Keamanan manusia"'),
      })
      .strict(),
    /** Concept (theory, idea), actor (organisation, body) or instrument (law, convention, programme, report). */
    kind: z.enum(glossaryKinds, { error: `kind must be one of: ${glossaryKinds.join(', ')}` }),
    /**
     * Further forms that link to this entry, besides the two terms: spellings, abbreviations and
     * inflected forms as the studies write them ("PBB", "Human Security", "QHII2"). Matching ignores
     * case and diacritics and takes whole words only (hyphens, slashes and digits belong to a word).
     */
    aliases: z.array(aliasSchema).default([]),
    /** One sentence, in English: shown in previews and on the glossary index. */
    definition: text('definition', 'one sentence in English'),
    /** Well-established general background beyond the five sources; shown apart and marked as such. */
    background: text('background', 'a short paragraph').optional(),
    /** Ids of related entries. */
    related: z.array(z.string({ error: 'a related entry is its id, e.g. "undp"' })).default([]),
  })
  .strict();

export type GlossaryEntry = z.infer<typeof glossarySchema>;
