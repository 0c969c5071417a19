/**
 * Fidelity of a draft study to its source, checked from its files: a draft is never built, so
 * the fidelity test of built pages (tests/build/fidelity.test.ts) cannot see it. As there, the
 * raw text is cleaned with the file's reviewed corrections (`sources/corrections.json`) and cut
 * into sentences; every sentence of the source must be in the draft's text as its page would
 * show it, and every sentence of that text must be in the source.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../../i18n/ui.ts';
import { displayPath } from '../atlas/layout.ts';
import type { Atlas } from '../atlas/load.ts';
import type { Abstract } from '../model/study-schema.ts';
import { inlineSegments, paragraphs } from '../util/inline-text.ts';
import type { StudyUnderCheck } from './content-check.ts';
import { cleanSource, sentences, type CorrectionsFile, type FileCorrections } from './fidelity.ts';
import { mdxText } from './mdx-text.ts';
import type { ContentProblem } from './problems.ts';
import { readTextFile } from './text-file.ts';

export interface DraftSource {
  /** The draft, as messages name it. */
  file: string;
  abstracts: readonly Abstract[];
  body: string;
  /** The raw text it reproduces: its name in the seeds folder and its text. */
  seed: { name: string; text: string };
  /** The reviewed corrections of that file, if any. */
  corrections?: FileCorrections;
  /** The corrections file, as messages name it. */
  correctionsFile: string;
  /** The interface's "Keywords", which the page shows for an abstract without its own label. */
  keywordsLabel: string;
}

/**
 * The text of a study as its page shows it in the study's text: each abstract's heading,
 * paragraphs (the source's italics as plain words) and keyword line, then the body. Undefined
 * when the body is not valid MDX.
 */
export function draftPageText(abstracts: readonly Abstract[], body: string, keywordsLabel: string): string | undefined {
  const bodyText = mdxText(body);
  if (bodyText === undefined) return undefined;
  const abstractTexts = abstracts.flatMap((abstract) => [
    abstract.heading,
    ...paragraphs(abstract.text).map((paragraph) => inlineSegments(paragraph).map((segment) => segment.text).join('')),
    ...(abstract.keywords ? [`${abstract.keywordsLabel ?? keywordsLabel}: ${abstract.keywords.join('; ')}`] : []),
  ]);
  return [...abstractTexts, bodyText].join(' ').replace(/\s+/g, ' ').trim();
}

/** Each sentence the draft lacks or adds, and each correction of its file that matches nothing. */
export function draftFidelityProblems(draft: DraftSource): ContentProblem[] {
  const page = draftPageText(draft.abstracts, draft.body, draft.keywordsLabel);
  if (page === undefined) return [];
  const { text: source, unused } = cleanSource(draft.seed.text, draft.corrections);
  const corrections = draft.correctionsFile;
  return [
    ...sentences(source)
      .filter((sentence) => !page.includes(sentence))
      .map((sentence) => ({
        file: draft.file,
        field: 'body',
        message: `this sentence of the source is not in the draft: "${shorten(sentence)}": restore it, or record the change in ${corrections}`,
      })),
    ...sentences(page)
      .filter((sentence) => !source.includes(sentence))
      .map((sentence) => ({
        file: draft.file,
        field: 'body',
        message: `this sentence is not in the source ${draft.seed.name}: "${shorten(sentence)}": restore the source's words, or record the change in ${corrections}`,
      })),
    ...unused.map((entry) => ({
      file: corrections,
      field: `files."${draft.seed.name}"`,
      message: `the correction ${entry} matches nothing in ${draft.seed.name}: copy its text exactly as the file has it, or remove it`,
    })),
  ];
}

function shorten(sentence: string): string {
  return sentence.length <= 80 ? sentence : `${sentence.slice(0, 80)}…`;
}

/** Every draft of an atlas against its source text and the atlas's corrections. */
export function draftsFidelity(atlas: Atlas, drafts: readonly StudyUnderCheck[]): ContentProblem[] {
  if (drafts.length === 0) return [];
  const { layout, config } = atlas;
  const correctionsFile = displayPath(layout.correctionsFile, layout.root);
  let corrections: CorrectionsFile = { files: {} };
  if (existsSync(layout.correctionsFile)) {
    const decoded = readTextFile(layout.correctionsFile);
    if (!decoded.ok) return [{ file: correctionsFile, message: decoded.problem }];
    try {
      corrections = JSON.parse(decoded.text) as CorrectionsFile;
    } catch (error) {
      return [{ file: correctionsFile, message: `the file is not valid JSON (${(error as Error).message}): correct it (its format is described in the README, "Adding a study")` }];
    }
  }
  const keywordsLabel = t(config.languages.interface[0]!)['study.keywords'];
  return drafts.flatMap((draft) => {
    const seedPath = join(layout.seedsDir, draft.data.source.file);
    const seed = existsSync(seedPath) ? readTextFile(seedPath) : undefined;
    // A missing or unreadable source text is reported with the study's other problems.
    if (!seed?.ok) return [];
    return draftFidelityProblems({
      file: draft.file,
      abstracts: draft.data.abstracts,
      body: draft.body,
      seed: { name: draft.data.source.file, text: seed.text },
      corrections: corrections.files?.[draft.data.source.file],
      correctionsFile,
      keywordsLabel,
    });
  });
}
