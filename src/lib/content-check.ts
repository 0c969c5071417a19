/**
 * The content check: validates every study and glossary file before Astro builds, so that a
 * mistake stops the build with the file, the line, the field and the fix (Astro's own schema
 * errors name neither the file path nor the line). It also checks what only a pass over all
 * files can see: duplicate slugs and ids, two studies claiming one source file, unknown
 * glossary ids, an alias claimed by two entries, and (as a warning) entries no study mentions.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { closest, distance } from 'fastest-levenshtein';
import { parseFrontmatter, validate, valueAt, type ContentProblem, type LineOf } from './frontmatter-check.ts';
import { glossarySchema, type GlossaryEntry } from './glossary-schema.ts';
import { idPattern, studySchema, type Study } from './study-schema.ts';
import { timelineEventSchema } from './timeline-schema.ts';
import { isSeq, LineCounter, parseDocument } from 'yaml';
import { foldForMatching, TermMatcher } from './term-matcher.ts';

export { formatProblems, type ContentProblem } from './frontmatter-check.ts';

export interface CheckOptions {
  /** Project root; paths in problems are relative to it. */
  root: string;
  /** Folder of study files. Default `src/content/studies`. */
  studiesDir?: string;
  /** Folder of glossary entries. Default `src/content/glossary`. */
  glossaryDir?: string;
  /** Folder of the raw source texts. Default `sources/seeds`. */
  seedsDir?: string;
  /** The timeline data file. Default `src/content/timeline.yaml`. */
  timelineFile?: string;
}

export interface CheckedStudy {
  slug: string;
  file: string;
  data: Study;
  body: string;
}

export interface CheckedEntry {
  id: string;
  file: string;
  data: GlossaryEntry;
  body: string;
}

export interface CheckResult {
  /** Errors and warnings; only errors stop the build. */
  problems: ContentProblem[];
  studies: CheckedStudy[];
  glossary: CheckedEntry[];
}

/** The heading every glossary body needs. */
export const STUDIES_SAY_HEADING = 'What the studies say';

const CONTENT_EXTENSIONS = new Set(['.md', '.mdx']);
const ID_FIELDS = ['frameworks', 'actors', 'instruments'] as const;

export function checkContent(options: CheckOptions): CheckResult {
  const { root } = options;
  const problems: ContentProblem[] = [];
  const seedsDir = join(root, options.seedsDir ?? 'sources/seeds');

  const glossaryFiles = collectionFiles(root, options.glossaryDir ?? 'src/content/glossary', 'glossary entry', '/glossary/', problems);
  const glossaryIds = glossaryFiles.map((f) => f.slug);
  const glossary: CheckedEntry[] = [];
  const relatedLines = new Map<string, LineOf>();
  for (const { slug, file, text } of glossaryFiles) {
    const parsed = parseFrontmatter(text, file, problems, 'README, "Adding a glossary entry"');
    if (!parsed) continue;
    const data = validate(glossarySchema, parsed, file, 'src/lib/glossary-schema.ts', problems);
    if (!data) continue;
    if (!new RegExp(`^##\\s+${STUDIES_SAY_HEADING}\\s*$`, 'm').test(parsed.body)) {
      problems.push({
        file,
        line: parsed.bodyLine,
        message: `the body has no section "## ${STUDIES_SAY_HEADING}": add it, with what each study says about the term and a link to the study`,
      });
    }
    data.related.forEach((id, index) => {
      if (glossaryIds.includes(id) && id !== slug) return;
      problems.push({
        file,
        line: parsed.lineOf(['related', index]),
        field: `related.${index}`,
        message: id === slug ? 'an entry cannot be related to itself: remove it' : unknownIdMessage(id, glossaryIds),
      });
    });
    relatedLines.set(slug, parsed.lineOf);
    glossary.push({ id: slug, file, data, body: parsed.body });
  }
  problems.push(...aliasConflicts(glossary, relatedLines));

  const studyFiles = collectionFiles(root, options.studiesDir ?? 'src/content/studies', 'study', '/studies/', problems);
  const studies: CheckedStudy[] = [];
  const sourceOwners = new Map<string, string>();
  for (const { slug, file, text } of studyFiles) {
    const parsed = parseFrontmatter(text, file, problems, 'README, "Adding a study"');
    if (!parsed) continue;
    const unknownIds = unknownGlossaryIds(parsed.input, glossaryIds, file, parsed.lineOf);
    problems.push(...unknownIds);
    const data = validate(studySchema, parsed, file, 'src/lib/study-schema.ts', problems);
    if (!data || unknownIds.length > 0) continue;

    const sourceLine = parsed.lineOf(['source', 'file']);
    if (!existsSync(join(seedsDir, data.source.file))) {
      problems.push({
        file,
        line: sourceLine,
        field: 'source.file',
        message: `source.file "${data.source.file}" is not in ${relative(root, seedsDir)}/: copy the raw text there or correct the name`,
      });
    }
    const sourceOwner = sourceOwners.get(data.source.file);
    if (sourceOwner) {
      problems.push({
        file,
        line: sourceLine,
        field: 'source.file',
        message: `source.file "${data.source.file}" is already reproduced by ${sourceOwner}: one study page per source file`,
      });
    } else {
      sourceOwners.set(data.source.file, file);
    }
    studies.push({ slug, file, data, body: parsed.body });
  }

  problems.push(...unmentionedEntries(glossary, studies));
  const studySlugs = studyFiles.map((f) => f.slug);
  problems.push(...checkTimeline(root, options.timelineFile ?? 'src/content/timeline.yaml', studies, studySlugs, glossaryIds));
  return { problems, studies, glossary };
}

/** Plain text of a study as a reader sees it: abstracts and body, markup removed, white space collapsed. */
export function studyPlainText(study: CheckedStudy): string {
  return [...study.data.abstracts.map((a) => a.text.replace(/\*/g, '')), study.body]
    .join(' ')
    .replace(/<[^>]+>/g, '')
    .replace(/\\([.)])/g, '$1')
    .replace(/\s+/g, ' ');
}

/** Every timeline event is valid, names existing studies and entries, and quotes the study's words exactly. */
function checkTimeline(
  root: string,
  file: string,
  studies: readonly CheckedStudy[],
  studySlugs: readonly string[],
  glossaryIds: readonly string[],
): ContentProblem[] {
  const path = join(root, file);
  if (!existsSync(path)) return [];
  const problems: ContentProblem[] = [];
  const counter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: counter });
  if (doc.errors.length > 0 || !isSeq(doc.contents)) {
    return [{ file, line: doc.errors[0] ? counter.linePos(doc.errors[0].pos[0]).line : 1, message: 'the timeline must be a YAML list of events' }];
  }
  const texts = new Map(studies.map((s) => [s.slug, studyPlainText(s)]));
  const ids = new Set<string>();
  doc.contents.items.forEach((node, index) => {
    const start = node.range?.[0];
    const line = start === undefined ? undefined : counter.linePos(start).line;
    const parsed = timelineEventSchema.safeParse(node.toJSON());
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ file, line, field: `${index}.${issue.path.join('.')}`, message: issue.message });
      return;
    }
    const event = parsed.data;
    if (ids.has(event.id)) problems.push({ file, line, field: `${index}.id`, message: `the id "${event.id}" is used twice: make it unique` });
    ids.add(event.id);
    for (const id of event.glossary) if (!glossaryIds.includes(id)) problems.push({ file, line, field: `${index}.glossary`, message: unknownIdMessage(id, glossaryIds) });
    for (const mention of event.mentions) {
      const text = texts.get(mention.study);
      if (!studySlugs.includes(mention.study)) {
        problems.push({ file, line, field: `${index}.mentions`, message: `no study "${mention.study}": use a file name from src/content/studies/` });
      } else if (text !== undefined && !text.includes(mention.quote.replace(/\s+/g, ' '))) {
        problems.push({ file, line, field: `${index}.mentions`, message: `the quote "${mention.quote.slice(0, 60)}…" is not in ${mention.study}: copy the words exactly as the page has them` });
      }
    }
  });
  return problems;
}

/** Only the problems that stop the build. */
export function errorsOf(problems: readonly ContentProblem[]): ContentProblem[] {
  return problems.filter((p) => p.severity !== 'warning');
}

interface CollectionFile {
  slug: string;
  file: string;
  text: string;
}

/** The files of one collection, with their slugs; reports stray files, bad names and duplicates. */
function collectionFiles(root: string, dir: string, noun: string, urlPrefix: string, problems: ContentProblem[]): CollectionFile[] {
  const folder = join(root, dir);
  if (!existsSync(folder)) return [];
  const files: CollectionFile[] = [];
  const owners = new Map<string, string>();
  for (const name of readdirSync(folder).sort()) {
    const file = relative(root, join(folder, name));
    const extension = extname(name);
    if (!CONTENT_EXTENSIONS.has(extension)) {
      problems.push({ file, message: `"${name}" is not a ${noun} file: ${noun} files are .mdx (or .md); move or rename it` });
      continue;
    }
    const slug = basename(name, extension);
    if (!idPattern.test(slug)) {
      problems.push({
        file,
        message: `the file name "${name}" is not a valid slug: rename it to lower-case words joined by hyphens, for example "${suggestSlug(slug)}${extension}"`,
      });
    }
    const owner = owners.get(slug.toLowerCase());
    if (owner) {
      problems.push({
        file,
        message: `duplicate slug "${slug}": ${owner} already publishes ${urlPrefix}${slug}/; rename one of the two files`,
      });
      continue;
    }
    owners.set(slug.toLowerCase(), file);
    files.push({ slug, file, text: readFileSync(join(folder, name), 'utf8') });
  }
  return files;
}

function unknownIdMessage(id: string, knownIds: readonly string[]): string {
  const nearest = knownIds.length > 0 ? closest(id, [...knownIds]) : undefined;
  const suggestion = nearest && distance(id, nearest) <= Math.max(2, Math.floor(id.length / 3)) ? nearest : undefined;
  return `unknown glossary id "${id}"${suggestion ? `: did you mean "${suggestion}"?` : ':'} Glossary ids are the file names in src/content/glossary/; add an entry there if the term is new`;
}

/** Glossary ids that name no entry, checked even when other fields are wrong, so one run reports both. */
function unknownGlossaryIds(input: unknown, knownIds: readonly string[], file: string, lineOf: LineOf): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const key of ID_FIELDS) {
    const ids = valueAt(input, [key]);
    if (!Array.isArray(ids)) continue;
    ids.forEach((id: unknown, index) => {
      if (typeof id !== 'string' || !idPattern.test(id) || knownIds.includes(id)) return;
      problems.push({ file, line: lineOf([key, index]), field: `${key}.${index}`, message: unknownIdMessage(id, knownIds) });
    });
  }
  return problems;
}

/** The forms that link to an entry: its two terms and its aliases. */
export function aliasesOf(entry: GlossaryEntry): string[] {
  return [entry.term.en, entry.term.id, ...entry.aliases];
}

/** An alias (or term) that two entries claim would link to either: the build refuses it. */
function aliasConflicts(glossary: readonly CheckedEntry[], lines: Map<string, LineOf>): ContentProblem[] {
  const owners = new Map<string, { id: string; file: string }>();
  const problems: ContentProblem[] = [];
  for (const entry of glossary) {
    const forms: { alias: string; path: (string | number)[] }[] = [
      { alias: entry.data.term.en, path: ['term', 'en'] },
      { alias: entry.data.term.id, path: ['term', 'id'] },
      ...entry.data.aliases.map((alias, index) => ({ alias, path: ['aliases', index] })),
    ];
    const own = new Set<string>();
    for (const { alias, path } of forms) {
      const key = foldForMatching(alias);
      if (own.has(key)) continue;
      own.add(key);
      const owner = owners.get(key);
      if (owner) {
        problems.push({
          file: entry.file,
          line: lines.get(entry.id)?.(path),
          field: path.join('.'),
          message: `"${alias}" is already claimed by ${owner.file} ("${owner.id}"): a form may link to one entry only; remove it from one of the two, or make it longer there`,
        });
      } else {
        owners.set(key, { id: entry.id, file: entry.file });
      }
    }
  }
  return problems;
}

/** Entries that no study applies or mentions: reported as warnings. */
function unmentionedEntries(glossary: readonly CheckedEntry[], studies: readonly CheckedStudy[]): ContentProblem[] {
  if (studies.length === 0) return [];
  const matcher = new TermMatcher(glossary.map((entry) => ({ id: entry.id, aliases: aliasesOf(entry.data) })));
  const used = new Set<string>();
  for (const study of studies) {
    for (const key of ID_FIELDS) study.data[key].forEach((id) => used.add(id));
    const text = [study.body, ...study.data.abstracts.map((a) => a.text)].join('\n');
    for (const id of matcher.mentioned(text)) used.add(id);
  }
  return glossary
    .filter((entry) => !used.has(entry.id))
    .map((entry) => ({
      file: entry.file,
      severity: 'warning' as const,
      message: `no study applies or mentions "${entry.data.term.en}": check its aliases against the study texts, or remove the entry`,
    }));
}

function suggestSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
