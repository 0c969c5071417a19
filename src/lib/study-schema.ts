/**
 * The frontmatter of a study (`src/content/studies/<slug>.mdx`).
 *
 * Pure zod, no Astro imports beyond `astro/zod`, so that the content check
 * (`src/lib/content-check.ts`) and the unit tests validate files exactly as the build does.
 * Every message says what is wrong and what to write instead.
 */
import { z } from 'astro/zod';
import { studyKinds } from './vocabulary.ts';

/** Lower-case words joined by hyphens: the form of every slug and glossary id. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const nonEmpty = (field: string, example: string) =>
  z
    .string({ error: `${field} must be text, for example ${example}` })
    .trim()
    .min(1, { error: `${field} is empty: write ${example}, or leave the field out if the source does not state it` });

const glossaryId = z
  .string({ error: 'a glossary id must be text, for example "human-security"' })
  .regex(idPattern, { error: 'a glossary id is lower-case words joined by hyphens, for example "human-security"' });

const languageCode = z.enum(['id', 'en'], {
  error: 'a language is a BCP 47 code used by the corpus: "id" (Indonesian) or "en" (English)',
});

const year = z
  .number({ error: 'a year is a number such as 2017 (no quotes)' })
  .int({ error: 'a year is a whole number such as 2017' })
  .min(1900, { error: 'a year before 1900 is not plausible here: check the source' })
  .max(2100, { error: 'a year after 2100 is not plausible here: check the source' });

/** A period of study as the source states it. */
export const periodSchema = z
  .object({
    /** The period in the source's own wording, e.g. "2017-2021". */
    label: nonEmpty('period label', '"2017-2021"'),
    /** First year of the period. */
    start: year,
    /** Last year of the period (equal to `start` for a single year). */
    end: year,
    /** Where the source states it, e.g. "abstract; method". */
    statedIn: nonEmpty('statedIn', '"abstract; conclusion"'),
    /** The period the study is mainly about; exactly one period is primary. */
    primary: z.boolean({ error: 'primary is true or false' }).default(false),
  })
  .strict()
  .refine((p) => p.end >= p.start, { error: 'end is before start: write the earlier year as start', path: ['end'] });

export const NOT_STATED = 'not-stated' as const;

/** One abstract exactly as the source gives it. */
export const abstractSchema = z
  .object({
    /** Language of this abstract. */
    lang: languageCode,
    /** The source's own heading for it, e.g. "ABSTRAK" or "Abstract". */
    heading: nonEmpty('heading', '"Abstract"'),
    /** The abstract text; paragraphs separated by a blank line; *asterisks* for the source's italics. */
    text: nonEmpty('text', 'the abstract as the source gives it'),
    /** The source's keywords, in order, as written; omit when the source gives none. */
    keywords: z.array(nonEmpty('keyword', '"Vietnam"')).min(1, { error: 'keywords is empty: list them or leave the field out' }).optional(),
  })
  .strict();

/** The English overview, written fresh; each field says only what the source supports. */
export const overviewSchema = z
  .object({
    /** One or two sentences for lists, cards and the page description. */
    summary: nonEmpty('overview.summary', 'one or two sentences'),
    /** The research question or aim, as the source states it. */
    question: nonEmpty('overview.question', 'the question the study asks').optional(),
    /** The theoretical framework and whom the source attributes it to. */
    framework: nonEmpty('overview.framework', 'the framework the study applies').optional(),
    /** How the study works (approach, data, sources). */
    method: nonEmpty('overview.method', 'the method the source states').optional(),
    /** What the study finds. */
    findings: z.array(nonEmpty('finding', 'one finding')).min(1, { error: 'findings is empty: list at least one finding' }),
    /** Obstacles and challenges the study names. */
    challenges: z.array(nonEmpty('challenge', 'one challenge')).optional(),
    /** What the study recommends. */
    recommendations: z.array(nonEmpty('recommendation', 'one recommendation')).optional(),
  })
  .strict();

/** Where the text comes from: only what the source states. */
export const sourceSchema = z
  .object({
    /** The seed file this page reproduces, in `sources/seeds/`. */
    file: z
      .string({ error: 'source.file is the seed file name, for example "000_e0eb575146dbde58.txt"' })
      .regex(/^[\w.-]+\.txt$/, { error: 'source.file is a file name in sources/seeds/, for example "000_e0eb575146dbde58.txt"' }),
    /** What the file holds, e.g. "final chapter (BAB V): conclusion and recommendations". */
    holds: nonEmpty('source.holds', '"abstract and keywords in both languages"'),
    /** Journal or other venue, only if the source names it. */
    venue: nonEmpty('source.venue', 'the journal name as the source gives it').optional(),
    /** Volume, only if stated. */
    volume: nonEmpty('source.volume', '"8"').optional(),
    /** Issue, only if stated. */
    issue: nonEmpty('source.issue', '"4"').optional(),
    /** Page range, only if stated, e.g. "924–938". */
    pages: nonEmpty('source.pages', '"924-938"').optional(),
    /** Year of publication, only if stated. */
    year: year.optional(),
    /** Institution (university, faculty), only if stated. */
    institution: nonEmpty('source.institution', 'the institution as the source names it').optional(),
    /** DOI, only if stated, without the resolver: "10.1234/abc". */
    doi: z
      .string({ error: 'source.doi is text such as "10.1234/abc"' })
      .regex(/^10\.\d{4,9}\/\S+$/, { error: 'source.doi is a bare DOI such as "10.1234/abc" (without https://doi.org/)' })
      .optional(),
    /** Where in the file the venue, volume, issue or pages are stated. */
    statedIn: nonEmpty('source.statedIn', '"running page header"').optional(),
  })
  .strict();

/** An author as the source names them. */
export const authorSchema = z
  .object({
    /** The name exactly as the source gives it. */
    name: nonEmpty('author name', 'the name as the source gives it'),
    /** Where the source gives it and any doubt about it. */
    note: nonEmpty('author note', '"as given in the running page header"').optional(),
  })
  .strict();

export const studySchema = z
  .object({
    /** The title in the source's language. */
    title: nonEmpty('title', 'the title in the source language'),
    /** The title in English. */
    titleEn: nonEmpty('titleEn', 'the English title'),
    /** True when we derived the title (the source states none); shown as such and bracketed in citations. */
    titleDescriptive: z.boolean({ error: 'titleDescriptive is true (the title is ours) or false (the source states it)' }),
    /** What kind of work the source is. */
    kind: z.enum(studyKinds, { error: `kind must be one of: ${studyKinds.join(', ')}` }),
    /** Languages of the source text, main language first. */
    languages: z.array(languageCode).min(1, { error: 'languages is empty: write at least the main language, for example [id]' }),
    /** Periods studied as the source states them, or "not-stated". */
    periods: z.union([z.literal(NOT_STATED), z.array(periodSchema).min(1)], {
      error: 'periods is a list of periods ({label, start, end, statedIn, primary}) or "not-stated"',
    }),
    /** Theoretical frameworks applied: glossary ids. */
    frameworks: z.array(glossaryId).default([]),
    /** Main actors (organisations, bodies): glossary ids. */
    actors: z.array(glossaryId).default([]),
    /** Legal instruments and programmes central to the study: glossary ids. */
    instruments: z.array(glossaryId).default([]),
    /** The method in a few words, in English, e.g. "qualitative; library research". */
    method: nonEmpty('method', '"qualitative"').optional(),
    /** Abstracts in the order the source gives them; omit when it has none. */
    abstracts: z.array(abstractSchema).default([]),
    /** The English overview, as structured fields. */
    overview: overviewSchema,
    /** The source file and what it states about its publication. */
    source: sourceSchema,
    /** Authors only where the source names them. */
    authors: z.array(authorSchema).default([]),
    /** Rights over the text; "not-stated" unless the source states a licence. */
    rights: z.union([z.literal(NOT_STATED), nonEmpty('rights', 'the licence the source states')], {
      error: 'rights is "not-stated" or the licence the source states',
    }),
    /** Our notes on the source: its contradictions, ambiguities and our corrections. */
    editorialNotes: z.array(nonEmpty('editorial note', 'the note')).default([]),
  })
  .strict()
  .superRefine((study, ctx) => {
    if (study.periods !== NOT_STATED) {
      const primaries = study.periods.filter((p) => p.primary).length;
      if (primaries !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['periods'],
          message: `${primaries} periods are marked primary: mark exactly one with "primary: true"`,
        });
      }
    }
    for (const field of ['frameworks', 'actors', 'instruments'] as const) {
      const seen = new Set<string>();
      study[field].forEach((id, index) => {
        if (seen.has(id)) {
          ctx.addIssue({ code: 'custom', path: [field, index], message: `"${id}" is listed twice: remove the repeat` });
        }
        seen.add(id);
      });
    }
  });

export type Study = z.infer<typeof studySchema>;
export type Period = z.infer<typeof periodSchema>;
