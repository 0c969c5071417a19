/**
 * The frontmatter of a glossary entry (`src/content/glossary/<id>.mdx`; the file name is the id).
 * The body is the fuller explanation, then a section headed as the interface dictionary of the
 * body's language says ("## What the studies say" in English).
 */
import { z } from 'astro/zod';
import type { AtlasConfig } from './atlas-config.ts';
import { localizedText, nonEmpty, type LocalizedText } from './localized-text.ts';
import { glossaryKinds, type GlossaryKind } from './vocabulary.ts';

/** An alias must begin and end with a letter or a digit, or it could never match as a whole word. */
const wordEdges = /^[\p{L}\p{N}].*[\p{L}\p{N}]$|^[\p{L}\p{N}]$/u;

export const aliasSchema = nonEmpty('alias', '"keamanan manusia"')
  .min(2, { error: 'an alias needs at least 2 characters: a single letter would match everywhere' })
  .refine((alias) => wordEdges.test(alias), {
    error: 'an alias must begin and end with a letter or a digit (write "UN-ACT", not "UN-ACT," or "-ACT"), so that it matches whole words only',
  });

export interface GlossaryEntry {
  term: LocalizedText;
  kind: GlossaryKind;
  aliases: string[];
  definition: LocalizedText;
  background?: LocalizedText;
  related: string[];
}

/** The schema of a glossary entry's frontmatter in one atlas. */
export function glossarySchema(config: AtlasConfig): z.ZodType<GlossaryEntry> {
  const text = (field: string, example: string) => localizedText(config.languages, field, example);
  return z
    .object({
      /** The term, keyed by language, as the entry's title shows it: `{ en: "Human security", id: "Keamanan manusia" }`. */
      term: text('term', '"Human security"'),
      /** Concept (theory, idea), actor (organisation, body) or instrument (law, convention, programme, report). */
      kind: z.enum(glossaryKinds, { error: `kind must be one of: ${glossaryKinds.join(', ')}` }),
      /**
       * Further forms that link to this entry, besides its terms: spellings, abbreviations and
       * inflected forms as the studies write them ("PBB", "QHII2"). Matching ignores case and
       * diacritics and takes whole words only (hyphens, slashes and digits belong to a word).
       */
      aliases: z.array(aliasSchema).default([]),
      /** One sentence, keyed by language: shown in previews and on the glossary index. */
      definition: text('definition', 'one sentence'),
      /** Well-established general background beyond the sources; shown apart and marked as such. */
      background: text('background', 'a short paragraph').optional(),
      /** Ids of related entries. */
      related: z.array(z.string({ error: 'a related entry is its id, e.g. "undp"' })).default([]),
    })
    .strict() as unknown as z.ZodType<GlossaryEntry>;
}

/** The forms that link to an entry: its terms in every language and its aliases. */
export function aliasesOf(entry: Pick<GlossaryEntry, 'term' | 'aliases'>): string[] {
  return [...Object.values(entry.term), ...entry.aliases];
}
