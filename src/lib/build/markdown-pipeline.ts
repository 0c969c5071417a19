/**
 * The Markdown processor of every study and glossary entry: remark-gfm and the engine's remark
 * plugins, set up from plain data about the atlas (`MarkdownInputs`), so that the same processor
 * can be made again on a worker thread (src/lib/build/mdx-workers.ts) from the data alone.
 */
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { basename, extname } from 'node:path';
import { displayPath } from '../atlas/layout.ts';
import type { Atlas } from '../atlas/load.ts';
import { atlasRoutes } from '../atlas/routes.ts';
import type { CheckedEntry, CheckResult } from '../checks/content-check.ts';
import { EDITORIAL_ELEMENTS } from '../checks/evidence-check.ts';
import type { AtlasConfig } from '../model/atlas-config.ts';
import { aliasesOf } from '../model/glossary-schema.ts';
import { notePlaces } from '../util/note-places.ts';
import { normalizeQuote } from '../util/passages.ts';
import type { TermAliases } from '../util/term-matcher.ts';
import remarkBaseLinks from '../../plugins/remark-base-links.ts';
import remarkGlossaryLinks from '../../plugins/remark-glossary-links.ts';
import remarkHeadingFloor from '../../plugins/remark-heading-floor.ts';
import remarkHeadingGlosses from '../../plugins/remark-heading-glosses.ts';
import remarkLiteralListMarkers from '../../plugins/remark-literal-list-markers.ts';
import remarkNoteMarkers from '../../plugins/remark-note-markers.ts';
import remarkPassageIds from '../../plugins/remark-passage-ids.ts';

/** What the Markdown plugins know about the atlas: plain data (it is sent to worker threads). */
export interface MarkdownInputs {
  config: AtlasConfig;
  /** The site's base path. */
  base: string;
  /** The studies' and the glossary's folders (absolute, `/` separators). */
  studiesDir: string;
  glossaryDir: string;
  /** The glossary's folder as the atlas's author sees it (in messages). */
  entriesFolder: string;
  /** Each glossary entry's id and the words it is found by. */
  terms: TermAliases[];
  /** Study → passage id → the editorial notes that concern it. */
  notesAt: Record<string, Record<string, number[]>>;
}

/** The inputs of an atlas whose content has been checked, for a site under `base`. */
export function markdownInputsOf(atlas: Atlas, check: CheckResult, base: string): MarkdownInputs {
  // Study → passage id → the editorial notes that concern it, from the quotes the check found.
  // A draft's too: its text is compiled with the others, and the dev server shows it.
  const evidenceOf = { ...check.evidence.index, ...check.draftEvidence };
  const notesAt = Object.fromEntries(
    [...check.studies, ...check.drafts].map((study) => [study.slug, notePlaces(study.data.editorialNotes, (quote) => evidenceOf[study.slug]?.[normalizeQuote(quote)]?.id)]),
  );
  return { ...studyTextInputsOf(atlas, termsOf(check.glossary), base), notesAt };
}

/** What the Markdown plugins know about the atlas but the editorial notes (which wait for the content check): what a study text is compiled with. */
export function studyTextInputsOf(atlas: Atlas, terms: TermAliases[], base: string): Omit<MarkdownInputs, 'notesAt'> {
  const { config, layout } = atlas;
  return {
    config,
    base,
    studiesDir: posix(layout.studiesDir),
    glossaryDir: posix(layout.glossaryDir),
    entriesFolder: `${displayPath(layout.glossaryDir, layout.root)}/`,
    terms,
  };
}

/** Each glossary entry's id and the words it is found by. */
export const termsOf = (glossary: readonly CheckedEntry[]): TermAliases[] => glossary.map((entry) => ({ id: entry.id, aliases: aliasesOf(entry.data) }));

/** Paths as remark sees them (absolute, `/` separators). */
export const posix = (path: string) => path.replaceAll('\\', '/');
const inFolder = (folder: string) => (path: string) => path.startsWith(`${folder}/`);

/** The study a file is, if it is one (its slug). */
export const studyOfPath = (inputs: Pick<MarkdownInputs, 'studiesDir'>) => (path: string) =>
  inFolder(inputs.studiesDir)(path) ? basename(path, extname(path)) : undefined;

export function markdownProcessor(inputs: MarkdownInputs) {
  const { config, base } = inputs;
  const inStudies = inFolder(inputs.studiesDir);
  const inGlossary = inFolder(inputs.glossaryDir);
  const routes = atlasRoutes(config);
  return unified({
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
            { folder: inputs.studiesDir, minDepth: config.studies.headingFloor },
            { folder: inputs.glossaryDir, minDepth: config.glossary.headingFloor },
          ],
        },
      ],
      remarkLiteralListMarkers,
      [
        remarkGlossaryLinks,
        {
          terms: inputs.terms,
          // A site path: the page's `a` component adds the base and the reader's language.
          href: (id: string) => routes.glossaryEntry(id),
          include: (path: string) => (config.studies.linkTerms && inStudies(path)) || (config.glossary.linkTerms && inGlossary(path)),
          entryOf: (path: string) => (inGlossary(path) ? basename(path, extname(path)) : undefined),
          entriesFolder: inputs.entriesFolder,
        },
      ],
      // Every paragraph and list item of a study's text gets the id evidence links point at.
      [remarkPassageIds, { include: inStudies, skip: EDITORIAL_ELEMENTS }],
      // Headings of a study's text glossed in the reader's language (after the ids: a gloss is not the source's).
      [remarkHeadingGlosses, { include: inStudies, standard: config.studies.headingGlosses }],
      [remarkNoteMarkers, { studyOf: studyOfPath(inputs), notes: inputs.notesAt }],
      // Plain .md files are rendered once, without the `a` component: their links get the base here.
      [remarkBaseLinks, { base, include: (path: string) => !path.endsWith('.mdx') }],
    ],
  });
}
