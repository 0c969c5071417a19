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

/** A study's own words: the study's slug and a quote copied exactly from its text. */
export interface StudyQuote {
  study: string;
  quote: string;
}

export interface GlossaryEntry {
  term: LocalizedText;
  kind: GlossaryKind;
  aliases: string[];
  definition: LocalizedText;
  /** What the definition rests on: the studies' words, or `background` (general knowledge, marked as such). */
  definitionBasis: 'background' | StudyQuote[];
  background?: LocalizedText;
  related: string[];
}

/** The value of `definitionBasis` that marks a definition as general background. */
export const BACKGROUND = 'background' as const;

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
      /**
       * What the definition rests on: the studies' own words (`- { study: <slug>, quote: "…" }`),
       * or `background` when it is general knowledge no study states; the page and the preview
       * then say so.
       */
      definitionBasis: z.union(
        [
          z.literal(BACKGROUND),
          z
            .array(
              z
                .object({
                  /** The slug of the study quoted. */
                  study: z.string({ error: 'study is the slug of a study, e.g. "example-study"' }),
                  /** Its words, copied exactly, within one paragraph. */
                  quote: nonEmpty('quote', 'words copied exactly from the study'),
                })
                .strict(),
            )
            .min(1),
        ],
        { error: 'definitionBasis is "background" (general knowledge) or a list of quotes: - { study: <slug>, quote: "…" }' },
      ),
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
