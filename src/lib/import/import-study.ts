/**
 * The importer's pipeline, pure apart from reading the PDF: a received file becomes the source
 * text (UTF-8), a draft study (frontmatter and MDX body) and the corrections the draft applies,
 * with everything left for a person to review. Transform (decode, extract), filter (headers,
 * page numbers, title and lines above the abstract), structure (blocks), emit (draft).
 */
import { stringify } from 'yaml';
import type { AtlasConfig } from '../model/atlas-config.ts';
import type { FileCorrections } from '../checks/fidelity.ts';
import { draftBody, escapeText } from './draft-body.ts';
import { decodeReceived, type Received } from './received-file.ts';
import { pdfLines } from './pdf-text.ts';
import { removePageNumbers } from './rules/page-numbers.ts';
import { dropLines, removeRunningHeaders } from './rules/running-headers.ts';
import { languageOf } from './rules/language.ts';
import { wordCounts } from './rules/hyphenation.ts';
import { abstractHeading } from './rules/abstracts.ts';
import { headingShape } from './rules/headings.ts';
import { linesOfText, plain, type DroppedLine, type ReviewFlag, type SourceLine } from './source-lines.ts';
import { structure, type Structure } from './structure.ts';
import { TermMatcher, type TermAliases } from '../util/term-matcher.ts';
import type { ImportVocabulary } from './vocabulary/vocabulary.ts';

export const TITLE_LINE = 'the title, which the study page shows as its title';
export const ABOVE_ABSTRACT = 'above the abstract: the lines that name the authors, their institution or contacts, which belong in the study’s details (left to review)';

/** Passages shorter than this are too short to tell their language reliably. */
const LANGUAGE_MIN_LENGTH = 200;

export interface ImportInput {
  /** The file name as received, e.g. "skripsi-bab-5.pdf". */
  name: string;
  bytes: Uint8Array;
  /** The seed file name the draft will name as its source, e.g. "skripsi-bab-5.txt". */
  seedFile: string;
}

export interface ImportResult {
  /** How the file was read ("PDF, 9 pages", "Windows-1252 text, converted to UTF-8"). */
  readAs: string;
  /** The source text in UTF-8, as the fidelity check reads it. */
  sourceText: string;
  corrections: FileCorrections;
  /** The draft study file, frontmatter and body. */
  draft: string;
  /** What only a person can settle, in the order the draft lists it. */
  review: string[];
  structure: Structure;
  languages: string[];
}

export interface ImportOptions {
  /** The atlas's glossary entries, to list those the text names for the study's glossary lists. */
  glossary?: readonly TermAliases[];
}

export async function importStudy(
  input: ImportInput,
  config: AtlasConfig,
  vocabularies: ReadonlyMap<string, ImportVocabulary>,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const received: Received = input.name.toLowerCase().endsWith('.pdf')
    ? { kind: 'pdf', lines: await pdfLines(input.bytes) }
    : decodeReceived(input.bytes);
  const lines = received.kind === 'pdf' ? received.lines : linesOfText(received.text);
  // A form feed marks a page break for the rules; the source text keeps it as a line break.
  const sourceText = received.kind === 'pdf' ? textOfLines(received.lines) : received.text.replace(/\f/g, '\n');
  const readAs = received.kind === 'pdf' ? `PDF, ${new Set(lines.map((l) => l.page)).size} pages, text extracted` : received.note;

  const headers = removeRunningHeaders(lines);
  const numbers = removePageNumbers(headers.lines);
  const front = frontLines(numbers.lines, vocabularies);
  const kept = dropLines(numbers.lines, new Map([...front.title.map((l) => [l.text, TITLE_LINE] as const), ...front.above.map((l) => [l.text, ABOVE_ABSTRACT] as const)]));
  const words = wordCounts(kept.lines.map((l) => plain(l.text)));
  const shaped = structure(kept.lines, vocabularies, words, config.studies.headingFloor);

  const dropped = dedupe([...headers.dropped, ...numbers.dropped, ...kept.dropped].map((d) => ({ ...d, line: plain(d.line) })), (d) => d.line);
  const replacements = dedupe(shaped.replacements.map((r) => ({ ...r, find: plain(r.find), replace: plain(r.replace) })), (r) => r.find);
  const corrections: FileCorrections = {
    ...(dropped.length > 0 ? { dropLines: dropped } : {}),
    ...(replacements.length > 0 ? { replace: replacements } : {}),
  };

  const bodyText = shaped.blocks.map((b) => plain(b.block.text)).join(' ');
  const mainLanguage = languageOf(bodyText || shaped.abstracts.flatMap((a) => a.paragraphs).join(' '), vocabularies);
  const abstracts = shaped.abstracts.map((a) => ({ ...a, lang: languageOf(plain(a.paragraphs.join(' ')), vocabularies) ?? a.lang }));
  const passageLanguages = shaped.blocks.map((b) => (b.block.type !== 'heading' && plain(b.block.text).length >= LANGUAGE_MIN_LENGTH ? languageOf(plain(b.block.text), vocabularies) : undefined));
  const languages = dedupe([mainLanguage, ...abstracts.map((a) => a.lang), ...passageLanguages].filter((c): c is string => c !== undefined && config.languages.known.includes(c)), (c) => c);
  const top: ReviewFlag[] = [];
  if (languages.length === 0) {
    languages.push(config.languages.known[0]!);
    top.push({ message: `the text's language could not be told: "languages" says ${languages[0]}; correct it` });
  }
  const title = front.title.map((l) => plain(l.text)).join(' ');
  if (front.above.length > 0) {
    top.push({ message: `the lines above the abstract were left out of the study's text (they stay in the source text): “${front.above.map((l) => plain(l.text)).join(' / ').slice(0, 300)}”; fill in authors and source.institution from them where they state them` });
  }
  if (headers.dropped.length > 0) {
    top.push({ message: `the running headers name the source (“${headers.dropped[0]!.line.slice(0, 120)}”): fill in source.venue, volume, issue, pages, year and authors only as far as they state them, with source.statedIn` });
  }
  const periods = yearRanges(sourceText);
  top.push({
    message:
      periods.length > 0
        ? `periods: the text names ${periods.slice(0, 6).map(([range, count]) => `${range} (${count}×)`).join(', ')}; write the periods the study covers as the text states them, or leave "not-stated"`
        : 'periods: the text names no range of years; write the periods the study covers if it states them, or leave "not-stated"',
  });
  const named = glossaryNamed(draftTextOf(shaped), options.glossary ?? []);
  const lists = config.studies.glossaryLists.map((list) => list.field);
  if (named.length > 0 && lists.length > 0) {
    top.push({
      message: `glossary entries the text names: ${named.slice(0, 15).map(([id, count]) => `${id} (${count}×)`).join(', ')}${named.length > 15 ? ', …' : ''}; list those the study is about in ${lists.join(', ')}`,
    });
  }
  for (const flag of shaped.abstractFlags) top.push(flag);
  const blocks = shaped.blocks.map(({ block, flags }) => ({
    block: block.type !== 'heading' && !(block.type === 'paragraph' && block.caption) && mainLanguage && plain(block.text).length >= LANGUAGE_MIN_LENGTH && vocabularies.size > 1
      ? withLanguage(block, languageOf(plain(block.text), vocabularies), mainLanguage)
      : block,
    flags: [
      ...flags,
      ...(block.type === 'paragraph' && block.caption === 'table' ? [{ message: 'a table: its cells are kept as lines of text; check them against the source and, where it helps, add the table as an editorial insert' }] : []),
      ...(block.type === 'paragraph' && block.caption === 'figure' ? [{ message: 'a figure’s caption: the image is not in the text; say so in an editorial insert or note' }] : []),
      ...(block.type === 'note' ? [{ message: 'a footnote of the source, kept as a note where the page ended: check its place' }] : []),
    ],
  }));

  const first = config.languages.interface[0]!;
  const frontmatter = {
    draft: true,
    title: { [mainLanguage ?? languages[0]!]: title || 'TODO: a descriptive title (the text states none), in the study’s language' },
    shortTitle: { [first]: 'TODO: a few words that name the study in running text' },
    titleDescriptive: !title,
    kind: 'TODO',
    languages,
    periods: 'not-stated',
    ...(abstracts.length > 0
      ? {
          abstracts: abstracts.map((a) => ({
            lang: a.lang ?? languages[0]!,
            heading: a.heading,
            text: a.paragraphs.map(plain).join('\n\n'),
            ...(a.keywords ? { keywordsLabel: a.keywords.label, keywords: a.keywords.keywords } : {}),
          })),
        }
      : {}),
    overview: 'TODO',
    source: {
      file: input.seedFile,
      holds: { [first]: 'TODO: what the file holds, for example “the full article” or “the final chapter”' },
    },
    rights: 'not-stated',
  };
  const yaml = stringify(frontmatter, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
  const draft = `---\n${yaml}---\n\n${draftBody(top, blocks)}`;
  const review = [
    ...(title ? [] : ['title: write a descriptive title (the text states none); titleDescriptive stays true']),
    'shortTitle: a few words that name the study',
    `kind: one of ${config.kinds.map((k) => k.id).join(', ')}`,
    'overview: the summary and findings, each with the study’s own words as evidence',
    'source.holds: what the file holds',
    ...[...top, ...blocks.flatMap((b) => b.flags)].map((f) => f.message),
  ];
  return { readAs, sourceText, corrections, draft, review, structure: shaped, languages };
}

/** The text of the abstracts and the body, for finding the glossary's terms in it. */
function draftTextOf(shaped: Structure): string {
  return [...shaped.abstracts.flatMap((a) => a.paragraphs), ...shaped.blocks.map((b) => b.block.text)].map(plain).join('\n');
}

/** The glossary entries a text names, most named first. */
function glossaryNamed(text: string, glossary: readonly TermAliases[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const match of new TermMatcher(glossary).matches(text)) counts.set(match.id, (counts.get(match.id) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function withLanguage<T extends { lang?: string }>(block: T, lang: string | undefined, main: string): T {
  return lang && lang !== main ? { ...block, lang } : block;
}

/** The source text of a PDF: its lines, a blank line at each paragraph gap and page break. */
export function textOfLines(lines: readonly SourceLine[]): string {
  return `${lines.map((l, i) => `${i > 0 && l.gapBefore ? '\n' : ''}${plain(l.text)}`).join('\n')}\n`;
}

/**
 * The lines before the first abstract: the title (set larger than the body, in a PDF) and the
 * lines that follow it (authors, institution), when there are only a few of them.
 */
function frontLines(lines: readonly SourceLine[], vocabularies: ReadonlyMap<string, ImportVocabulary>): { title: SourceLine[]; above: SourceLine[] } {
  const list = [...vocabularies.values()];
  const abstractAt = lines.findIndex((l) => abstractHeading(plain(l.text), vocabularies) !== undefined);
  const headingAt = lines.findIndex((l) => headingShape(plain(l.text), list)?.kind === 'chapter' || headingShape(plain(l.text), list)?.kind === 'numbered');
  if (abstractAt <= 0 || (headingAt >= 0 && headingAt < abstractAt) || abstractAt > 15) return { title: [], above: [] };
  const before = lines.slice(0, abstractAt);
  const sizes = lines.map((l) => l.size).filter((s): s is number => s !== undefined).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)];
  const title = body === undefined ? [] : before.filter((l, i) => l.size !== undefined && l.size >= body * 1.25 && before.slice(0, i).every((p) => p.size !== undefined && p.size >= body * 1.25));
  return { title, above: before.slice(title.length) };
}

/** Ranges of years the text names ("2017-2021"), most named first. */
function yearRanges(text: string): [string, number][] {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(/\b((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\b/g)) {
    const key = `${match[1]}-${match[2]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

function dedupe<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export { escapeText };
