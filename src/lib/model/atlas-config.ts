/**
 * The schema of an atlas's `site.config.ts`: the site's identity and every setting that
 * belongs to one corpus (its languages, its kinds of work, how its collections are built, its
 * own prose). The engine reads these values and names no corpus fact of its own.
 *
 * Parsed in two steps: `languages` first, because every text field is keyed by them.
 */
import { z } from 'astro/zod';
import { languageCode } from './languages.ts';
import { localizedText, nonEmpty, type LocalizedText, type TextLanguages } from './localized-text.ts';

/** Up to this many studies an atlas offers its downloadable copy, unless its settings say otherwise. */
const DOWNLOAD_MAX_STUDIES = 2000;
import { OVERVIEW_FIELDS, type OverviewField } from './vocabulary.ts';

/** Item types of CSL 1.0.2 (https://docs.citationstyles.org/en/stable/specification.html#appendix-iii-types). */
export const CSL_TYPES = [
  'article', 'article-journal', 'article-magazine', 'article-newspaper', 'bill', 'book', 'broadcast', 'chapter',
  'classic', 'collection', 'dataset', 'document', 'entry', 'entry-dictionary', 'entry-encyclopedia', 'event',
  'figure', 'graphic', 'hearing', 'interview', 'legal_case', 'legislation', 'manuscript', 'map', 'motion_picture',
  'musical_score', 'pamphlet', 'paper-conference', 'patent', 'performance', 'periodical', 'personal_communication',
  'post', 'post-weblog', 'regulation', 'report', 'review', 'review-book', 'software', 'song', 'speech', 'standard',
  'thesis', 'treaty', 'webpage',
] as const;

export type CslType = (typeof CSL_TYPES)[number];

/** Lower-case words joined by hyphens: slugs, ids, route segments. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const id = (field: string, example: string) =>
  z.string({ error: `${field} must be text, for example "${example}"` }).regex(idPattern, {
    error: `${field} is lower-case words joined by hyphens, for example "${example}"`,
  });

const route = (example: string) => id('route', example);

export const languagesSchema = z
  .object({
    /** Interface languages, BCP 47 codes; the first is the default, served at `/`. */
    interface: z.array(languageCode).min(1, { error: 'languages.interface is empty: write at least one, for example ["en"]' }),
    /** Every language the atlas's texts are written in: its sources' and its own. Interface languages are added. */
    content: z.array(languageCode).default([]),
    /** Languages that every text keyed by language must have. Default: the first interface language. */
    required: z.array(languageCode).optional(),
    /** Region of an interface language for Open Graph's `og:locale` (`{ en: "GB" }` → `en_GB`); default: the language's likeliest region. */
    regions: z.record(z.string(), z.string().regex(/^[A-Z]{2}$/, { error: 'a region is two capital letters, for example "GB"' })).default({}),
  })
  .strict();

export type LanguagesInput = z.input<typeof languagesSchema>;

export interface Languages {
  interface: readonly string[];
  /** Interface and content languages together, interface first. */
  known: readonly string[];
  required: readonly string[];
  regions: Readonly<Record<string, string>>;
}

export function resolveLanguages(input: z.infer<typeof languagesSchema>): Languages {
  const known = [...new Set([...input.interface, ...input.content])];
  return { interface: input.interface, known, required: input.required ?? [input.interface[0]!], regions: input.regions };
}

/** The config's own schema, once its languages are known. */
export function atlasConfigSchema(languages: Languages) {
  const text: TextLanguages = { known: languages.known, required: languages.required };
  const keyed = (field: string, example: string) => localizedText(text, field, example);

  const kind = z
    .object({
      /** The kind's id, used in study frontmatter (`kind: journal-article`). */
      id: id('kinds.id', 'journal-article'),
      /** What readers see, e.g. "Journal article". */
      label: keyed('kinds.label', '"Journal article"'),
      /** The CSL item type citations use, e.g. "article-journal", "thesis", "report". */
      csl: z.enum(CSL_TYPES, { error: `kinds.csl must be a CSL item type, for example "article-journal", "thesis" or "report"` }),
      /** The genre citations give, e.g. "Master’s thesis"; only for kinds that have one. */
      genre: keyed('kinds.genre', '"Master’s thesis"').optional(),
    })
    .strict();

  const glossaryList = z
    .object({
      /** The frontmatter field of a study that lists glossary ids, e.g. "frameworks". */
      field: z.string().regex(/^[a-z][a-zA-Z]*$/, { error: 'field is a frontmatter field name in lower camel case, for example "frameworks"' }),
      /** Its label on pages, e.g. "Frameworks". */
      label: keyed('label', '"Frameworks"'),
      /** How "Used in" on an entry describes a study that lists it here, e.g. "a framework it uses". */
      usedAs: keyed('usedAs', '"a framework it uses"'),
      /** An empty list shows "not stated in the source" (`not-stated`) or nothing (`hide`). */
      whenEmpty: z.enum(['not-stated', 'hide'], { error: 'whenEmpty is "not-stated" or "hide"' }).default('not-stated'),
      /** A column of the studies table. */
      table: z.boolean().default(false),
      /** The overview field that explains this list, if any: the compare row links there. */
      explainedBy: z.enum(OVERVIEW_FIELDS, { error: `explainedBy is an overview field: ${OVERVIEW_FIELDS.join(', ')}` }).optional(),
      /** A search filter over this list, with its name in URLs and its label. */
      filter: z
        .object({
          /** The filter's name in search URLs (`?framework=…`) and in Pagefind. */
          name: id('filter.name', 'framework'),
          /** Its label on the search page, e.g. "Framework". */
          label: keyed('filter.label', '"Framework"'),
        })
        .strict()
        .optional(),
    })
    .strict();

  return z
    .object({
      /** Site name, shown in the header and in every page title. */
      title: keyed('title', '"Labour Migration Reports Atlas"'),
      /** A name of at most 12 characters, for app launchers. */
      shortTitle: keyed('shortTitle', '"LMR Atlas"').refine((t) => Object.values(t).every((s) => s.length <= 12), {
        error: 'shortTitle has at most 12 characters in each language (app launchers cut longer names)',
      }),
      /** One sentence for `<meta name="description">` on pages that have none of their own. */
      description: keyed('description', 'one sentence about the atlas'),
      /** The languages of the interface and of the texts. */
      languages: z.unknown(),
      /** The atlas's own prose about its corpus. */
      prose: z
        .object({
          /** The sentence under the site name on the home page. */
          lead: keyed('prose.lead', 'one sentence on what the atlas holds'),
          /** "What this is" on the home page: a paragraph on the corpus. */
          about: keyed('prose.about', 'a paragraph on the corpus'),
          /** The footer's sentence on the rights over the texts. */
          rights: keyed('prose.rights', '"The texts are reproduced as research sources; their rights are not stated in the sources."'),
          /** How the home page introduces the list of studies (their order). */
          studiesOrder: keyed('prose.studiesOrder', '"in the order the sources were received"'),
          /** Example queries shown in the empty search box. */
          searchPlaceholder: keyed('prose.searchPlaceholder', '"e.g. wage theft, remittances"'),
          /** Terms suggested when a search finds nothing. */
          searchSuggestions: keyed('prose.searchSuggestions', '"“wage theft”, “remittances”"'),
          /** The read-me inside the downloadable copy (plain text). */
          downloadReadme: keyed('prose.downloadReadme', '"Open index.html in a web browser."'),
        })
        .strict(),
      /** Public repository, linked from the footer. */
      repositoryUrl: z.url({ error: 'repositoryUrl is a full URL, for example "https://github.com/owner/atlas"' }).optional(),
      /** Licence of the site's own code and writing (not of the source texts). */
      codeLicence: z
        .object({
          /** The licence's name, e.g. "MIT". */
          name: nonEmpty('codeLicence.name', '"MIT"'),
          /** Where its text is. */
          url: z.url({ error: 'codeLicence.url is a full URL' }),
        })
        .strict(),
      /** Offline reading: up to this total size the whole site is stored on the first visit; above it, when the reader asks. */
      offline: z
        .object({
          /** Total size in bytes up to which the whole site is stored on the first visit. */
          precacheLimitBytes: z.number().int().positive().default(25 * 1024 * 1024),
          /**
           * The downloadable copy (one zip file of the whole site) is made while the atlas has at
           * most this many studies. It adds about a quarter to the published size, and GitHub
           * Pages publishes at most 1 GB: above the limit the home page says how to get a copy.
           */
          downloadMaxStudies: z
            .number()
            .int()
            .nonnegative({ error: 'offline.downloadMaxStudies is a whole number of studies, for example 2000 (0: no downloadable copy)' })
            .default(DOWNLOAD_MAX_STUDIES),
        })
        .strict()
        .default({ precacheLimitBytes: 25 * 1024 * 1024, downloadMaxStudies: DOWNLOAD_MAX_STUDIES }),
      /** The home page. */
      home: z
        .object({
          /** How many studies it shows as cards, the first in the atlas's order; a link leads to the index of all of them. */
          studies: z.number().int().positive({ error: 'home.studies is a whole number of studies, at least 1, for example 6' }).default(6),
        })
        .strict()
        .default({ studies: 6 }),
      /** The kinds of work a study can be. */
      kinds: z.array(kind).min(1, { error: 'kinds is empty: list at least one kind of work' }),
      /** How studies are built. */
      studies: z
        .object({
          /** URL segment: `/studies/<slug>/`. */
          route: route('studies').default('studies'),
          /** Shallowest heading level in a study's body (the page owns the levels above). */
          headingFloor: z.number().int().min(3, { error: 'studies.headingFloor is at least 3: a study page owns levels 1 and 2' }).max(6).default(3),
          /** Link the first mention of each glossary term per section. */
          linkTerms: z.boolean().default(true),
          /** Order of lists of studies: by source file name (as received) or by title. */
          order: z.enum(['source-file', 'title'], { error: 'studies.order is "source-file" or "title"' }).default('source-file'),
          /** Frontmatter lists of glossary ids (frameworks, actors, …), in the order pages show them. */
          glossaryLists: z.array(glossaryList).default([]),
          /** The rows of `/compare/`, in order: overview fields, "period", and glossary list fields. */
          compareRows: z.array(z.string()).optional(),
          /**
           * How many studies `/compare/` sets side by side: each of its static pages (`/compare/`,
           * `/compare/page/2/`, …) shows this many, in the atlas's order, and a reader who picks
           * studies (`/compare/?study=a&study=b`) compares at most this many at once. It bounds the
           * page's weight, whatever the number of studies.
           */
          compareColumns: z.number().int().min(1, { error: 'studies.compareColumns is a whole number of studies, at least 1, for example 5' }).max(12, { error: 'studies.compareColumns is at most 12: more columns do not fit side by side' }).default(5),
          /** Rows per page of the studies index (`/studies/`, `/studies/page/2/`, …, and each order and filter of it). */
          pageSize: z.number().int().min(1, { error: 'studies.pageSize is a whole number of rows, at least 1, for example 50' }).default(50),
          /** "Used in" on a glossary entry lists at most this many studies, then links to all. */
          usedInLimit: z.number().int().positive().default(10),
          /**
           * Glosses in the interface languages for the sources' standard headings, keyed by the
           * headings' language, e.g. `{ de: { Einleitung: { en: 'Introduction' } } }`. A heading
           * matches without its numbering ("BAB I", "1.", "4.1", "A.") and whatever its case. A study
           * can gloss its own headings (`headingGlosses` in its frontmatter).
           */
          headingGlosses: z.record(languageCode, z.record(z.string(), keyed('headingGlosses', '{ en: "Introduction" }'))).default({}),
        })
        .strict(),
      /** How glossary entries are built. */
      glossary: z
        .object({
          /** URL segment: `/glossary/<id>/`. */
          route: route('glossary').default('glossary'),
          /** Shallowest heading level in an entry's body (the page owns level 1). */
          headingFloor: z.number().int().min(2).max(6).default(2),
          /** Link the first mention of each other entry per section. */
          linkTerms: z.boolean().default(true),
        })
        .strict()
        .default({ route: 'glossary', headingFloor: 2, linkTerms: true }),
      /** The timeline page, shown when the atlas has `src/content/timeline.yaml`. */
      timeline: z
        .object({
          /** URL segment: `/timeline/`. */
          route: route('timeline').default('timeline'),
        })
        .strict()
        .default({ route: 'timeline' }),
      /** Citations: the CSL locales of the APA references each study page gives, e.g. ["en-US", "fr-FR"]. */
      citation: z
        .object({
          /** CSL locales, in the order the page shows them; each must be a file of the citeproc-locales package. */
          locales: z.array(z.string().regex(/^[a-z]{2,3}-[A-Z]{2}$/, { error: 'a CSL locale is written like "en-US" or "fr-FR"' })).min(1),
        })
        .strict()
        .default({ locales: ['en-US'] }),
    })
    .strict()
    .superRefine((config, ctx) => {
      const kindIds = new Set<string>();
      config.kinds.forEach((k, index) => {
        if (kindIds.has(k.id)) ctx.addIssue({ code: 'custom', path: ['kinds', index, 'id'], message: `the kind "${k.id}" is listed twice: remove the repeat` });
        kindIds.add(k.id);
      });
      const fields = new Set<string>();
      config.studies.glossaryLists.forEach((list, index) => {
        if (RESERVED_STUDY_FIELDS.includes(list.field) || fields.has(list.field)) {
          ctx.addIssue({
            code: 'custom',
            path: ['studies', 'glossaryLists', index, 'field'],
            message: `"${list.field}" is ${fields.has(list.field) ? 'listed twice' : 'already a field of every study'}: choose another name`,
          });
          return;
        }
        fields.add(list.field);
      });
      const filterNames = new Set<string>(RESERVED_FILTER_NAMES);
      config.studies.glossaryLists.forEach((list, index) => {
        if (!list.filter) return;
        if (filterNames.has(list.filter.name)) {
          ctx.addIssue({
            code: 'custom',
            path: ['studies', 'glossaryLists', index, 'filter', 'name'],
            message: `the search filter name "${list.filter.name}" is taken (${[...filterNames].join(', ')}): choose another, for example the list's name in the singular`,
          });
        }
        filterNames.add(list.filter.name);
      });
      const routes = [config.studies.route, config.glossary.route, config.timeline.route];
      routes.forEach((route, index) => {
        const taken = FIXED_ROUTES.includes(route) || routes.indexOf(route) !== index;
        if (!taken) return;
        ctx.addIssue({
          code: 'custom',
          path: [['studies', 'glossary', 'timeline'][index]!, 'route'],
          message: `the route "${route}" is taken (${[...FIXED_ROUTES, ...routes.slice(0, index)].join(', ')}): choose another`,
        });
      });
      const rows = config.studies.compareRows ?? [];
      rows.forEach((row, index) => {
        if (row === 'period' || (OVERVIEW_FIELDS as readonly string[]).includes(row) || fields.has(row)) return;
        ctx.addIssue({
          code: 'custom',
          path: ['studies', 'compareRows', index],
          message: `"${row}" is not a row /compare/ can show: use "period", an overview field (${OVERVIEW_FIELDS.join(', ')}) or a glossary list field (${[...fields].join(', ') || 'none yet'})`,
        });
      });
    });
}

/** Names the search page already uses: its query, its order, and the filters every atlas has. */
export const RESERVED_FILTER_NAMES = ['q', 'sort', 'type', 'kind', 'period'];

/** Places the engine's own pages and files take (see src/lib/atlas/routes.ts and src/lib/util/output-files.ts). */
export const FIXED_ROUTES = ['compare', 'edition', 'search', 'sources', 'downloads', 'pagefind', '_search', '_astro'];

/** Fields of every study, which a glossary list may not take. */
export const RESERVED_STUDY_FIELDS = ['title', 'titleDescriptive', 'kind', 'languages', 'periods', 'method', 'abstracts', 'overview', 'source', 'authors', 'rights', 'editorialNotes', 'editionNotes', 'shortTitle', 'headingGlosses'];

type Parsed = z.infer<ReturnType<typeof atlasConfigSchema>>;

export type KindConfig = Parsed['kinds'][number];
export type GlossaryListConfig = Parsed['studies']['glossaryLists'][number];

/** The validated settings of one atlas. */
export interface AtlasConfig extends Omit<Parsed, 'languages' | 'studies'> {
  languages: Languages;
  studies: Omit<Parsed['studies'], 'compareRows'> & { compareRows: readonly string[] };
}

/** What an atlas's `site.config.ts` exports (before defaults are applied). */
export type AtlasConfigInput = Omit<z.input<ReturnType<typeof atlasConfigSchema>>, 'languages'> & { languages: LanguagesInput };

/** Default rows of /compare/: the question, the period, the lists, then the rest of the overview (less what a list row explains). */
export function defaultCompareRows(lists: readonly { field: string; explainedBy?: OverviewField }[]): string[] {
  const explained = new Set(lists.map((l) => l.explainedBy));
  const rest = OVERVIEW_FIELDS.filter((f) => f !== 'summary' && f !== 'question' && !explained.has(f));
  return ['question', 'period', ...lists.map((l) => l.field), ...rest];
}

export type { LocalizedText };
