/**
 * The frontmatter of a study (`src/content/studies/<slug>.mdx`), built from the atlas's
 * settings: its languages key every text, its kinds of work and its glossary lists
 * (`site.config.ts`) become fields.
 *
 * Pure zod, no Astro imports beyond `astro/zod`, so that the content check
 * (`src/lib/checks/content-check.ts`) and the unit tests validate files exactly as the build
 * does. Every message says what is wrong and what to write instead.
 */
import { z } from 'astro/zod';
import { idPattern, type AtlasConfig } from './atlas-config.ts';
import { languageCode } from './languages.ts';
import { localizedText, nonEmpty, type LocalizedText } from './localized-text.ts';

export { idPattern };

export const NOT_STATED = 'not-stated' as const;

/** What an imported draft writes where only a person can fill in a required value (`kind: TODO`, `overview: TODO`). */
export const TODO = 'TODO' as const;

const glossaryId = z
  .string({ error: 'a glossary id must be text, for example "human-security"' })
  .regex(idPattern, { error: 'a glossary id is lower-case words joined by hyphens, for example "human-security"' });

const year = z
  .number({ error: 'a year is a number such as 2017 (no quotes)' })
  .int({ error: 'a year is a whole number such as 2017' })
  .min(1900, { error: 'a year before 1900 is not plausible here: check the source' })
  .max(2100, { error: 'a year after 2100 is not plausible here: check the source' });

/** A period of study as the source states it. */
export interface Period {
  /** The period in the source's own wording, e.g. "2017-2021". */
  label: string;
  start: number;
  end: number;
  /** Where the source states it. */
  statedIn: LocalizedText;
  primary: boolean;
}

/** One abstract exactly as the source gives it. */
export interface Abstract {
  lang: string;
  heading: string;
  text: string;
  keywords?: string[];
  keywordsLabel?: string;
  emphasisLang?: string;
}

/** A statement the atlas makes about what a study says, and the study's own words it rests on. */
export interface Claim {
  text: string;
  /** Quotes copied exactly from the study's text (its body or an abstract), each within one paragraph. */
  evidence: string[];
}

export interface Overview {
  summary: Claim;
  question?: Claim;
  framework?: Claim;
  method?: Claim;
  findings: Claim[];
  challenges?: Claim[];
  recommendations?: Claim[];
}

/** A note of ours on the source, and the passages of the study it concerns (marked there). */
export interface EditorialNote {
  text: LocalizedText;
  /** Quotes copied exactly from the study's text, one per passage the note concerns. */
  at: string[];
}

export interface Study {
  /** An imported study under review: shown by the dev server with a banner, left out of the published build. */
  draft: boolean;
  title: LocalizedText;
  /** A few words that name the study in running text, e.g. on glossary pages and the timeline. */
  shortTitle: LocalizedText;
  titleDescriptive: boolean;
  /** One of the atlas's kinds; `TODO` only in a draft. */
  kind: string;
  languages: string[];
  periods: typeof NOT_STATED | Period[];
  method?: LocalizedText;
  abstracts: Abstract[];
  /** Keyed by language; empty only in a draft that left it as `TODO`. */
  overview: Readonly<Record<string, Overview>>;
  source: {
    file: string;
    holds: LocalizedText;
    venue?: string;
    volume?: string;
    issue?: string;
    pages?: string;
    year?: number;
    institution?: string;
    doi?: string;
    statedIn?: LocalizedText;
  };
  authors: { name: string; note?: LocalizedText }[];
  rights: string;
  editorialNotes: EditorialNote[];
  /** Glosses of this study's own headings, keyed by the heading as written. */
  headingGlosses: Readonly<Record<string, LocalizedText>>;
  /** How this edition's text was prepared from the source (shown on the "About this edition" page). */
  editionNotes: LocalizedText[];
  /** The glossary lists the atlas declares (`studies.glossaryLists`), by field: ids of entries. */
  lists: Readonly<Record<string, readonly string[]>>;
}

/** The schema of a study's frontmatter in one atlas. */
export function studySchema(config: AtlasConfig) {
  const { languages } = config;
  const text = (field: string, example: string) => localizedText(languages, field, example);
  const kindIds = config.kinds.map((k) => k.id) as [string, ...string[]];
  const kindsMessage = `kind must be one of: ${kindIds.join(', ')} (the kinds in site.config.ts)`;
  const overviewLanguage = languages.required[0] ?? languages.known[0]!;
  const sourceLanguage = languageCode.refine((code) => languages.known.includes(code), {
    error: (issue) =>
      `"${String(issue.input)}" is not a language of this atlas (${languages.known.join(', ')}): add it to languages.content in site.config.ts`,
  });

  const period = z
    .object({
      /** The period in the source's own wording, e.g. "2017-2021". */
      label: nonEmpty('period label', '"2017-2021"'),
      /** First year of the period. */
      start: year,
      /** Last year of the period (equal to `start` for a single year). */
      end: year,
      /** Where the source states it, e.g. "abstract; method". */
      statedIn: text('statedIn', '"abstract; conclusion"'),
      /** The period the study is mainly about; exactly one period is primary. */
      primary: z.boolean({ error: 'primary is true or false' }).default(false),
    })
    .strict()
    .refine((p) => p.end >= p.start, { error: 'end is before start: write the earlier year as start', path: ['end'] });

  const abstract = z
    .object({
      /** Language of this abstract. */
      lang: sourceLanguage,
      /** The source's own heading for it, e.g. "ABSTRAK" or "Abstract". */
      heading: nonEmpty('heading', '"Abstract"'),
      /** The abstract text; paragraphs separated by a blank line; *asterisks* for the source's italics. */
      text: nonEmpty('text', 'the abstract as the source gives it'),
      /** The source's keywords, in order, as written; omit when the source gives none. */
      keywords: z.array(nonEmpty('keyword', '"migration"')).min(1, { error: 'keywords is empty: list them or leave the field out' }).optional(),
      /** The source's own label for its keywords, e.g. "Kata Kunci"; default: the interface's "Keywords". */
      keywordsLabel: nonEmpty('keywordsLabel', '"Keywords"').optional(),
      /** The language of the words the source italicises, when its italics mark terms in another language. */
      emphasisLang: sourceLanguage.optional(),
    })
    .strict();

  /** A statement about the study and the quotes it rests on: `{ text: "…", evidence: ["…"] }`. */
  const claim = (field: string, example: string) =>
    z
      .object(
        {
          /** The statement, in the overview's language. */
          text: nonEmpty(`${field}.text`, example),
          /** One or more quotes copied exactly from the study's text, each within one paragraph, about 4 to 40 words. */
          evidence: z
            .array(nonEmpty('evidence', 'words copied exactly from the study'))
            .min(1, { error: `${field}.evidence is empty: quote the study's words the statement rests on` }),
        },
        { error: `${field} is a statement with its evidence: { text: ${example}, evidence: ["the study's own words"] }` },
      )
      .strict();

  const overview = z
    .object({
      /** One or two sentences for lists, cards and the page description. */
      summary: claim('overview.summary', 'one or two sentences'),
      /** The research question or aim, as the source states it. */
      question: claim('overview.question', 'the question the study asks').optional(),
      /** The theoretical framework and whom the source attributes it to. */
      framework: claim('overview.framework', 'the framework the study applies').optional(),
      /** How the study works (approach, data, sources). */
      method: claim('overview.method', 'the method the source states').optional(),
      /** What the study finds. */
      findings: z.array(claim('finding', 'one finding')).min(1, { error: 'findings is empty: list at least one finding' }),
      /** Obstacles and challenges the study names. */
      challenges: z.array(claim('challenge', 'one challenge')).optional(),
      /** What the study recommends. */
      recommendations: z.array(claim('recommendation', 'one recommendation')).optional(),
    })
    .strict();

  const overviews = z.strictObject(
    Object.fromEntries(languages.known.map((code) => [code, languages.required.includes(code) ? overview : overview.optional()])),
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `${issue.keys.map((k) => `"${k}"`).join(', ')} is not a language of this atlas: write the overview under ${languages.known.map((c) => `"${c}"`).join(' or ')}`
          : undefined,
    },
  );

  const source = z
    .object({
      /** The raw text this page reproduces, a file in `sources/seeds/`. */
      file: z
        .string({ error: 'source.file is the name of the raw text in sources/seeds/, for example "report-2019.txt"' })
        .regex(/^[\w.-]+\.txt$/, { error: 'source.file is a file name in sources/seeds/, for example "report-2019.txt"' }),
      /** What the file holds, e.g. "the final chapter: conclusion and recommendations". */
      holds: text('source.holds', '"abstract and keywords"'),
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
      statedIn: text('source.statedIn', '"running page header"').optional(),
    })
    .strict();

  const author = z
    .object({
      /** The name exactly as the source gives it. */
      name: nonEmpty('author name', 'the name as the source gives it'),
      /** Where the source gives it and any doubt about it. */
      note: text('author note', '"as given in the running page header"').optional(),
    })
    .strict();

  const lists = Object.fromEntries(config.studies.glossaryLists.map((list) => [list.field, z.array(glossaryId).default([])]));

  /** A note is plain text keyed by language, or `{ text, at }` when it concerns particular passages. */
  const editorialNote = z.preprocess(
    (value) => (value !== null && typeof value === 'object' && 'text' in value ? value : { text: value }),
    z
      .object({
        /** The note, keyed by language. */
        text: text('editorial note', '"the note"'),
        /** The passages it concerns: a quote of each, copied exactly from the study's text. */
        at: z.array(nonEmpty('at', "the study's words at the passage the note concerns")).default([]),
      })
      .strict(),
  ) as unknown as z.ZodType<EditorialNote>;

  return z
    .object({
      /**
       * An imported study under review: shown by `npm run dev` with a banner, left out of the
       * published build. Remove it after review to publish.
       */
      draft: z.boolean({ error: 'draft is true (an imported study under review) or left out' }).default(false),
      /** The title, keyed by language: the source's language and the interface's. */
      title: text('title', '"The title"'),
      /** A few words that name the study in running text (glossary, timeline, compare), e.g. "Water committees in three valleys". */
      shortTitle: text('shortTitle', '"Water committees in three valleys"'),
      /** True when we derived the title (the source states none); shown as such and bracketed in citations. */
      titleDescriptive: z.boolean({ error: 'titleDescriptive is true (the title is ours) or false (the source states it)' }),
      /** What kind of work the source is: one of the kinds in site.config.ts (a draft may leave it as `TODO`). */
      kind: z.enum([...kindIds, TODO], { error: kindsMessage }),
      /** Languages of the source text, main language first. */
      languages: z.array(sourceLanguage).min(1, { error: `languages is empty: write at least the main language, for example [${languages.known[0]}]` }),
      /** Periods studied as the source states them, or "not-stated". */
      periods: z.union([z.literal(NOT_STATED), z.array(period).min(1)], {
        error: 'periods is a list of periods ({label, start, end, statedIn, primary}) or "not-stated"',
      }),
      /** The method in a few words, e.g. "qualitative; library research". */
      method: text('method', '"qualitative"').optional(),
      /** Abstracts in the order the source gives them; omit when it has none. */
      abstracts: z.array(abstract).default([]),
      /** The overview, written for the atlas, keyed by language (a draft may leave it as `TODO`). */
      overview: z.union([z.literal(TODO), overviews], {
        error: `overview is keyed by language: overview: { ${overviewLanguage}: { summary: …, findings: [ … ] } }`,
      }),
      /** The source file and what it states about its publication. */
      source,
      /** Authors only where the source names them. */
      authors: z.array(author).default([]),
      /** Rights over the text; "not-stated" unless the source states a licence. */
      rights: z.union([z.literal(NOT_STATED), nonEmpty('rights', 'the licence the source states')], {
        error: 'rights is "not-stated" or the licence the source states',
      }),
      /**
       * Our notes for the reader on the source: its contradictions and ambiguities. A note that
       * concerns particular passages is written `{ text: { en: "…" }, at: ["the study's words", …] }`
       * and is marked at each of those passages.
       */
      editorialNotes: z.array(editorialNote).default([]),
      /**
       * Glosses in the interface languages of this study's own headings, keyed by the heading
       * exactly as written, e.g. `"4.1 Kebijakan Pemerintah Desa": { en: "4.1 Village government policy" }`.
       * Standard headings (introduction, conclusion) are glossed once for all studies in site.config.ts.
       */
      headingGlosses: z.record(z.string(), text('heading gloss', '"Introduction"')).default({}),
      /** How the text was prepared (paragraphs restored, artefacts removed): shown on the "About this edition" page. */
      editionNotes: z.array(text('edition note', '"the note"')).default([]),
      ...lists,
    })
    .strict()
    .superRefine((study, ctx) => {
      if (!study.draft && study.kind === TODO) {
        ctx.addIssue({
          code: 'custom',
          path: ['kind'],
          message: `kind is still TODO: choose one of: ${kindIds.join(', ')} (only a draft, "draft: true", may leave it to review)`,
        });
      }
      if (!study.draft && study.overview === TODO) {
        ctx.addIssue({
          code: 'custom',
          path: ['overview'],
          message: `overview is still TODO: write the overview (a summary and findings, each with its evidence) under "${overviewLanguage}" (only a draft may leave it to review)`,
        });
      }
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
      for (const { field } of config.studies.glossaryLists) {
        const seen = new Set<string>();
        ((study as Record<string, unknown>)[field] as string[]).forEach((id, index) => {
          if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [field, index], message: `"${id}" is listed twice: remove the repeat` });
          seen.add(id);
        });
      }
    })
    .transform((study): Study => {
      const record = study as Record<string, unknown>;
      const listValues = Object.fromEntries(config.studies.glossaryLists.map(({ field }) => [field, record[field] as string[]]));
      const rest = Object.fromEntries(Object.entries(record).filter(([key]) => !(key in listValues)));
      const overview = (study.overview === TODO ? {} : study.overview) as Study['overview'];
      return { ...(rest as Omit<Study, 'lists' | 'overview'>), overview, lists: listValues };
    });
}

/** The fields of a study's frontmatter that name glossary entries. */
export function glossaryListFields(config: AtlasConfig): string[] {
  return config.studies.glossaryLists.map((list) => list.field);
}
