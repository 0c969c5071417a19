/**
 * The content check: validates every study and glossary file of an atlas before Astro builds,
 * so that a mistake stops the build with the file, the line, the field and the fix (Astro's own
 * schema errors name neither the file path nor the line). It also checks what only a pass over
 * all files can see: duplicate slugs and ids, two studies claiming one source file, unknown
 * glossary ids, an alias claimed by two entries, timeline quotes that are not in the study, and
 * (as a warning) entries no study mentions. Files are read as `readTextFile` reads them: a
 * byte-order mark or CRLF line endings are fine, another encoding than UTF-8 is a problem.
 *
 * A study marked `draft: true` (an import under review) is checked like any other, and against
 * its source text sentence by sentence (it has no built page for the fidelity test); its
 * placeholders (`TODO`) are listed as left to review, and no published page may quote or name it.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { closest, distance } from 'fastest-levenshtein';
import { isSeq, LineCounter, parseDocument } from 'yaml';
import type { Atlas } from '../atlas/load.ts';
import { displayPath } from '../atlas/layout.ts';
import { t } from '../../i18n/ui.ts';
import { idPattern } from '../model/atlas-config.ts';
import { aliasesOf, BACKGROUND, glossarySchema, type GlossaryEntry } from '../model/glossary-schema.ts';
import { studySchema, type Study } from '../model/study-schema.ts';
import { timelineEventSchema } from '../model/timeline-schema.ts';
import { pick } from '../model/localized-text.ts';
import { foldForMatching, TermMatcher } from '../util/term-matcher.ts';
import { parseFrontmatter, validate, valueAt, type LineOf } from './frontmatter-check.ts';
import type { ContentProblem } from './problems.ts';
import { draftsFidelity } from './draft-fidelity.ts';
import { buildCache, cachedJson, cacheKey } from '../build/build-cache.ts';
import { checkEvidence, draftMessage, mdxSyntaxError, readStudyBody, type EvidenceIndex, type EvidenceResult, type StudyBody } from './evidence-check.ts';
import { placeholderNeeds, reviewItems, reviewProblems } from './review-items.ts';
import { readTextFile } from './text-file.ts';
import { detached } from '../util/detached.ts';
import { untranslatedInserts, untranslatedMessage, untranslatedProblems } from './translation-check.ts';

export { errorsOf, formatProblems, type ContentProblem } from './problems.ts';
export { aliasesOf };

export interface CheckedStudy {
  slug: string;
  /** The file as messages name it (relative to the atlas folder). */
  file: string;
  data: Study;
}

/**
 * A study while it is checked: with its text and where each field of its frontmatter is. Both
 * are left behind once the check is done: nothing after it reads them (the pages read the texts
 * from the content layer), and at 1,000 studies the positions alone (the parsed YAML documents,
 * about 100 KB a study) were a third of what the build kept in memory.
 */
export interface StudyUnderCheck extends CheckedStudy {
  body: string;
  lineOf: LineOf;
}

export interface CheckedEntry {
  id: string;
  file: string;
  data: GlossaryEntry;
  body: string;
  bodyLine: number;
  lineOf: LineOf;
}

export interface CheckResult {
  /** Errors, warnings and (for drafts) what is left to review; only errors stop the build. */
  problems: ContentProblem[];
  /** The published studies: everything built from the check sees these only. */
  studies: CheckedStudy[];
  /** The studies marked `draft: true`: checked, shown by the dev server, never published. */
  drafts: CheckedStudy[];
  glossary: CheckedEntry[];
  /** Every quote the site shows as evidence, found in its passage; the index pages link with. */
  evidence: Pick<EvidenceResult, 'index' | 'quotes' | 'background'>;
  /** The passages that hold the drafts' own quotes (overview, editorial notes), for the dev server's draft pages. */
  draftEvidence: EvidenceIndex;
}

const CONTENT_EXTENSIONS = new Set(['.md', '.mdx']);
const STUDY_SCHEMA_FILE = 'src/lib/model/study-schema.ts';
const GLOSSARY_SCHEMA_FILE = 'src/lib/model/glossary-schema.ts';

/** The heading every glossary body needs, in the language glossary bodies are written in. */
export function studiesSayHeading(atlas: Pick<Atlas, 'config'>): string {
  return t(atlas.config.languages.interface[0]!)['glossary.studiesSay'];
}

/** The glossary's entries as the content check reads them, with what it found wrong in them. */
export interface GlossaryCheck {
  problems: ContentProblem[];
  glossary: CheckedEntry[];
  glossaryIds: string[];
  relatedLines: Map<string, LineOf>;
}

/**
 * The glossary part of the content check, which the rest of it needs first; the build runs it
 * on its own before the rest, so that work needing only the glossary's terms can start early.
 */
export function checkGlossary(atlas: Atlas): GlossaryCheck {
  const { layout, config } = atlas;
  const show = (path: string) => displayPath(path, layout.root);
  const problems: ContentProblem[] = [];
  const glossaryRoute = `/${config.glossary.route}/`;
  const heading = studiesSayHeading(atlas);

  // A folder named after a later interface language holds the bodies translated into it.
  const translationFolders = new Set(config.languages.interface.slice(1));
  const glossaryFiles = collectionFiles(layout.glossaryDir, 'glossary entry', glossaryRoute, problems, show, [], translationFolders);
  const glossaryIds = glossaryFiles.map((f) => f.slug);
  const glossary: CheckedEntry[] = [];
  const relatedLines = new Map<string, LineOf>();
  const entrySchema = glossarySchema(config);
  for (const { slug, file, text } of glossaryFiles) {
    const parsed = parseFrontmatter(text, file, problems, 'README, "Adding a glossary entry"');
    if (!parsed) continue;
    const data = validate(entrySchema, parsed, file, GLOSSARY_SCHEMA_FILE, problems);
    if (!data) continue;
    if (!new RegExp(`^##\\s+${escapeRegExp(heading)}\\s*$`, 'm').test(parsed.body)) {
      problems.push({
        file,
        line: parsed.bodyLine,
        message: `the body has no section "## ${heading}": add it, with what each study says about the term and a link to the study`,
      });
    }
    data.related.forEach((id, index) => {
      if (glossaryIds.includes(id) && id !== slug) return;
      problems.push({
        file,
        line: parsed.lineOf(['related', index]),
        field: `related.${index}`,
        message: id === slug ? 'an entry cannot be related to itself: remove it' : unknownIdMessage(id, glossaryIds, show(layout.glossaryDir)),
      });
    });
    relatedLines.set(slug, parsed.lineOf);
    glossary.push({ id: slug, file, data, body: parsed.body, bodyLine: parsed.bodyLine, lineOf: parsed.lineOf });
    problems.push(...untranslatedProblems(parsed.input, config.languages, file, parsed.lineOf));
  }
  return { problems, glossary, glossaryIds, relatedLines };
}

export function checkContent(atlas: Atlas, glossaryCheck: GlossaryCheck = checkGlossary(atlas)): CheckResult {
  const { layout, config } = atlas;
  // Paths in problems are relative to the atlas folder: the author's own view of it.
  const show = (path: string) => displayPath(path, layout.root);
  const problems: ContentProblem[] = [...glossaryCheck.problems];
  const { glossary, glossaryIds, relatedLines } = glossaryCheck;
  const translations = glossaryTranslations(atlas, glossary, problems);
  problems.push(...aliasConflicts(glossary, relatedLines));

  const unreadableStudies: string[] = [];
  const studyFiles = collectionFiles(layout.studiesDir, 'study', `/${config.studies.route}/`, problems, show, unreadableStudies);
  const studies: StudyUnderCheck[] = [];
  const drafts: StudyUnderCheck[] = [];
  const sourceOwners = new Map<string, string>();
  const schema = studySchema(config);
  const listFields = config.studies.glossaryLists.map((list) => list.field);
  const needs = placeholderNeeds(config);
  // Each body is parsed once, for its headings here and its passages in the evidence check.
  const bodies = new Map<string, StudyBody | null>();
  const readBefore = buildCache('study-bodies');
  for (const { slug, file, text } of studyFiles) {
    const parsed = parseFrontmatter(text, file, problems, 'README, "Adding a study"');
    if (!parsed) continue;
    const draft = valueAt(parsed.input, ['draft']) === true;
    problems.push(...reviewProblems(reviewItems(parsed, needs), file, draft));
    const unknownIds = unknownGlossaryIds(parsed.input, listFields, glossaryIds, file, parsed.lineOf, show(layout.glossaryDir));
    problems.push(...unknownIds);
    const data = validate(schema, parsed, file, STUDY_SCHEMA_FILE, problems);
    if (!data || unknownIds.length > 0) continue;

    const sourceLine = parsed.lineOf(['source', 'file']);
    const seed = join(layout.seedsDir, data.source.file);
    if (!existsSync(seed)) {
      problems.push({
        file,
        line: sourceLine,
        field: 'source.file',
        message: `source.file "${data.source.file}" is not in ${show(layout.seedsDir)}/: copy the raw text there or correct the name`,
      });
    } else {
      const seedText = readTextFile(seed);
      if (!seedText.ok) problems.push({ file: show(seed), message: seedText.problem });
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
    const read = cachedJson(readBefore, cacheKey(parsed.body), () => readStudyBody(parsed.body) ?? null);
    bodies.set(slug, read);
    if (read === null) {
      const error = mdxSyntaxError(parsed.body, parsed.bodyLine);
      problems.push({
        file,
        line: error?.line ?? parsed.bodyLine,
        message: `the study's text does not parse as MDX: ${error?.reason ?? 'unknown error'}. A study's text is Markdown with the engine's components: close each element you open, and write a literal { or < as \\{ or \\<`,
      });
    }
    const headings = read?.headings;
    for (const heading of Object.keys(data.headingGlosses)) {
      if (!headings || headings.includes(heading.trim())) continue;
      problems.push({
        file,
        line: parsed.lineOf(['headingGlosses', heading]),
        field: `headingGlosses."${heading}"`,
        message: `no heading of the study reads "${heading}": key each gloss by a heading exactly as written${headings.length > 0 ? `, one of ${headings.slice(0, 8).map((h) => `"${h}"`).join(', ')}${headings.length > 8 ? ', …' : ''}` : ''}`,
      });
    }
    if (draft) {
      // A draft is under review: its translations and the glossary terms it mentions wait for its publication.
      drafts.push({ slug, file, data, body: parsed.body, lineOf: parsed.lineOf });
      continue;
    }
    studies.push({ slug, file, data, body: parsed.body, lineOf: parsed.lineOf });
    problems.push(...untranslatedProblems(parsed.input, config.languages, file, parsed.lineOf));
    problems.push(...untranslatedInserts(parsed.body, parsed.bodyLine, file, config.languages.interface));
  }
  problems.push(...untranslatedProblems(config, config.languages, show(layout.configFile)));
  problems.push(...draftsFidelity(atlas, drafts));

  problems.push(...unmentionedEntries(glossary, studies, listFields, config.languages.interface[0]!));
  const studySlugs = [...studyFiles.map((f) => f.slug), ...unreadableStudies];
  const draftSlugs = drafts.map((d) => d.slug);
  const timeline = checkTimeline(atlas, studies, studySlugs, glossaryIds, new Map(drafts.map((d) => [d.slug, d.file])));
  problems.push(...timeline.problems);
  const checked = [...studies, ...drafts];
  const checkedSlugs = new Set(checked.map((study) => study.slug));
  const evidence = checkEvidence(
    checked.map((study) => ({ slug: study.slug, file: study.file, body: study.body, languages: study.data.languages, abstracts: study.data.abstracts, overview: study.data.overview, notes: study.data.editorialNotes, shownOnPage: shownAboveText(study, glossary, config.studies.headingGlosses), read: bodies.get(study.slug), lineOf: study.lineOf })),
    [
      ...glossary.map((entry) => ({ id: entry.id, file: entry.file, body: entry.body, bodyLine: entry.bodyLine, definitionBasis: entry.data.definitionBasis, lineOf: entry.lineOf })),
      // A translated body quotes the studies as the entry's own does (its definition is the entry's).
      ...translations.map((t) => ({ id: `${t.lang}/${t.id}`, file: t.file, body: t.body, bodyLine: 1, definitionBasis: BACKGROUND, lineOf: () => undefined })),
    ],
    timeline.quotes,
    // A study whose file has its own problem is not checked again through the quotes from it.
    studySlugs.filter((slug) => !checkedSlugs.has(slug)),
    draftSlugs,
  );
  problems.push(...evidence.problems);
  const published = (slug: string) => !draftSlugs.includes(slug);
  const checkedOnly = ({ slug, file, data }: StudyUnderCheck): CheckedStudy => ({ slug, file, data: detached(data) });
  return {
    problems,
    studies: studies.map(checkedOnly),
    drafts: drafts.map(checkedOnly),
    glossary,
    evidence: {
      index: Object.fromEntries(Object.entries(evidence.index).filter(([slug]) => published(slug))),
      quotes: evidence.quotes.filter((quote) => published(quote.study)),
      background: evidence.background,
    },
    draftEvidence: Object.fromEntries(Object.entries(evidence.index).filter(([slug]) => !published(slug))),
  };
}

/**
 * What a study's page may show above its text: every text of its frontmatter but the abstracts
 * (which are part of the text), and the terms and definitions of the glossary.
 */
function shownAboveText(study: StudyUnderCheck, glossary: readonly CheckedEntry[], standardGlosses: unknown): string[] {
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
  const { abstracts: _abstracts, ...rest } = study.data;
  return [...strings(rest), ...strings(standardGlosses), ...glossary.flatMap((entry) => [...strings(entry.data.term), ...strings(entry.data.definition)])];
}

/** Plain text of a study as a reader sees it: abstracts and body, markup removed, white space collapsed. */
export function studyPlainText(study: StudyUnderCheck): string {
  return [...study.data.abstracts.map((a) => a.text.replace(/\*/g, '')), study.body]
    .join(' ')
    .replace(/<[^>]+>/g, '')
    .replace(/\\([.)])/g, '$1')
    .replace(/\s+/g, ' ');
}

interface TimelineQuote {
  file: string;
  line?: number;
  field: string;
  study: string;
  quote: string;
}

/**
 * Every timeline event is valid, names existing published studies and entries, and quotes the
 * study's words exactly. `drafts`: the drafts' slugs and files.
 */
function checkTimeline(
  atlas: Atlas,
  studies: readonly StudyUnderCheck[],
  studySlugs: readonly string[],
  glossaryIds: readonly string[],
  drafts: ReadonlyMap<string, string>,
): { problems: ContentProblem[]; quotes: TimelineQuote[] } {
  const path = atlas.layout.timelineFile;
  const quotes: TimelineQuote[] = [];
  if (!existsSync(path)) return { problems: [], quotes };
  const show = (p: string) => displayPath(p, atlas.layout.root);
  const file = show(path);
  const decoded = readTextFile(path);
  if (!decoded.ok) return { problems: [{ file, message: decoded.problem }], quotes };
  const problems: ContentProblem[] = [];
  const counter = new LineCounter();
  const doc = parseDocument(decoded.text, { lineCounter: counter });
  if (doc.errors.length > 0 || !isSeq(doc.contents)) {
    return { problems: [{ file, line: doc.errors[0] ? counter.linePos(doc.errors[0].pos[0]).line : 1, message: 'the timeline must be a YAML list of events' }], quotes };
  }
  const schema = timelineEventSchema(atlas.config);
  const texts = new Map(studies.map((s) => [s.slug, studyPlainText(s)]));
  const ids = new Set<string>();
  doc.contents.items.forEach((node, index) => {
    const start = node.range?.[0];
    const line = start === undefined ? undefined : counter.linePos(start).line;
    const parsed = schema.safeParse(node.toJSON());
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ file, line, field: `${index}.${issue.path.join('.')}`, message: issue.message });
      return;
    }
    const event = parsed.data;
    problems.push(...untranslatedProblems(node.toJSON(), atlas.config.languages, file, () => line, [index]));
    if (ids.has(event.id)) problems.push({ file, line, field: `${index}.id`, message: `the id "${event.id}" is used twice: make it unique` });
    ids.add(event.id);
    for (const id of event.glossary) {
      if (!glossaryIds.includes(id)) problems.push({ file, line, field: `${index}.glossary`, message: unknownIdMessage(id, glossaryIds, show(atlas.layout.glossaryDir)) });
    }
    event.mentions.forEach((mention, position) => {
      const text = texts.get(mention.study);
      if (!studySlugs.includes(mention.study)) {
        problems.push({ file, line, field: `${index}.mentions`, message: `no study "${mention.study}": use a file name from ${show(atlas.layout.studiesDir)}/` });
      } else if (drafts.has(mention.study)) {
        problems.push({ file, line, field: `${index}.mentions`, message: draftMessage(mention.study, drafts.get(mention.study)!, `the quote "${mention.quote.length > 60 ? `${mention.quote.slice(0, 60)}…` : mention.quote}"`) });
      } else if (text !== undefined && !text.includes(mention.quote.replace(/\s+/g, ' '))) {
        problems.push({ file, line, field: `${index}.mentions`, message: `the quote "${mention.quote.slice(0, 60)}…" is not in ${mention.study}: copy the words exactly as the page has them` });
      } else if (text !== undefined) {
        quotes.push({ file, line, field: `${index}.mentions.${position}`, study: mention.study, quote: mention.quote });
      }
    });
  });
  return { problems, quotes };
}

interface CollectionFile {
  slug: string;
  file: string;
  text: string;
}

/** The files of one collection, with their slugs; reports stray files, bad names, duplicates and unreadable files. */
/** The files of a collection that can be read; the slugs of those that cannot go to `unreadable`. */
function collectionFiles(
  folder: string,
  noun: string,
  urlPrefix: string,
  problems: ContentProblem[],
  show: (path: string) => string,
  unreadable: string[] = [],
  translationFolders: ReadonlySet<string> = new Set(),
): CollectionFile[] {
  if (!existsSync(folder)) return [];
  const files: CollectionFile[] = [];
  const owners = new Map<string, string>();
  for (const name of readdirSync(folder).sort()) {
    if (translationFolders.has(name) && statSync(join(folder, name)).isDirectory()) continue;
    const file = show(join(folder, name));
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
    const decoded = readTextFile(join(folder, name));
    if (!decoded.ok) {
      problems.push({ file, message: decoded.problem });
      unreadable.push(slug);
      continue;
    }
    files.push({ slug, file, text: decoded.text });
  }
  return files;
}

/** `glossaryFolder` as messages show it. */
function unknownIdMessage(id: string, knownIds: readonly string[], glossaryFolder: string): string {
  const nearest = knownIds.length > 0 ? closest(id, [...knownIds]) : undefined;
  const suggestion = nearest && distance(id, nearest) <= Math.max(2, Math.floor(id.length / 3)) ? nearest : undefined;
  return `unknown glossary id "${id}"${suggestion ? `: did you mean "${suggestion}"?` : ':'} Glossary ids are the file names in ${glossaryFolder}/; add an entry there if the term is new`;
}

/** Glossary ids that name no entry, checked even when other fields are wrong, so one run reports both. */
function unknownGlossaryIds(
  input: unknown,
  listFields: readonly string[],
  knownIds: readonly string[],
  file: string,
  lineOf: LineOf,
  glossaryFolder: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const key of listFields) {
    const ids = valueAt(input, [key]);
    if (!Array.isArray(ids)) continue;
    ids.forEach((id: unknown, index) => {
      if (typeof id !== 'string' || !idPattern.test(id) || knownIds.includes(id)) return;
      problems.push({ file, line: lineOf([key, index]), field: `${key}.${index}`, message: unknownIdMessage(id, knownIds, glossaryFolder) });
    });
  }
  return problems;
}

/** An alias (or term) that two entries claim would link to either: the build refuses it. */
function aliasConflicts(glossary: readonly CheckedEntry[], lines: Map<string, LineOf>): ContentProblem[] {
  const owners = new Map<string, { id: string; file: string }>();
  const problems: ContentProblem[] = [];
  for (const entry of glossary) {
    const forms: { alias: string; path: (string | number)[] }[] = [
      ...Object.entries(entry.data.term).map(([lang, alias]) => ({ alias, path: ['term', lang] })),
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

interface GlossaryTranslation {
  id: string;
  lang: string;
  file: string;
  body: string;
}

/**
 * The bodies of glossary entries in the later interface languages (`<glossary>/<lang>/<id>.mdx`):
 * each belongs to an entry, has no frontmatter (the entry's file keys its fields by language)
 * and the section every body has, headed in its language. A missing one is a warning.
 */
function glossaryTranslations(atlas: Atlas, glossary: readonly CheckedEntry[], problems: ContentProblem[]): GlossaryTranslation[] {
  const { layout, config } = atlas;
  const show = (path: string) => displayPath(path, layout.root);
  const [first, ...later] = config.languages.interface;
  const found: GlossaryTranslation[] = [];
  for (const lang of later) {
    const folder = join(layout.glossaryDir, lang);
    const names = existsSync(folder) ? readdirSync(folder).sort() : [];
    const heading = t(lang)['glossary.studiesSay'];
    for (const name of names) {
      const file = show(join(folder, name));
      const id = basename(name, extname(name));
      if (!CONTENT_EXTENSIONS.has(extname(name)) || !glossary.some((entry) => entry.id === id)) {
        problems.push({
          file,
          message: `"${name}" translates no glossary entry: a translated body is named after its entry (${show(layout.glossaryDir)}/<id>.mdx → ${show(folder)}/<id>.mdx); rename or remove it`,
        });
        continue;
      }
      const decoded = readTextFile(join(folder, name));
      if (!decoded.ok) {
        problems.push({ file, message: decoded.problem });
        continue;
      }
      if (decoded.text.startsWith('---')) {
        problems.push({
          file,
          line: 1,
          message: `a translated body has no frontmatter: its fields are keyed by language in ${show(layout.glossaryDir)}/${id}.mdx (write ${lang}: beside ${first}: there); remove the --- block`,
        });
        continue;
      }
      if (!new RegExp(`^##\\s+${escapeRegExp(heading)}\\s*$`, 'm').test(decoded.text)) {
        problems.push({ file, message: `the body has no section "## ${heading}": add it, with what each study says about the term and a link to the study` });
      }
      found.push({ id, lang, file, body: decoded.text });
    }
    for (const entry of glossary) {
      if (names.includes(`${entry.id}.mdx`) || names.includes(`${entry.id}.md`)) continue;
      problems.push({
        file: entry.file,
        field: 'body',
        message: untranslatedMessage(lang, first!, `the body`).replace(/add \S+: beside \S+:/, `write ${show(folder)}/${entry.id}.mdx`),
        severity: 'warning',
      });
    }
  }
  return found;
}

/** Entries that no study applies or mentions: reported as warnings. */
function unmentionedEntries(glossary: readonly CheckedEntry[], studies: readonly StudyUnderCheck[], listFields: readonly string[], locale: string): ContentProblem[] {
  if (studies.length === 0) return [];
  const matcher = new TermMatcher(glossary.map((entry) => ({ id: entry.id, aliases: aliasesOf(entry.data) })));
  const used = new Set<string>();
  for (const study of studies) for (const key of listFields) study.data.lists[key]?.forEach((id) => used.add(id));
  for (const study of studies) {
    // Matching the texts is the costly part: it stops once every entry is known to be used.
    if (glossary.every((entry) => used.has(entry.id))) break;
    const text = [study.body, ...study.data.abstracts.map((a) => a.text)].join('\n');
    for (const id of matcher.mentioned(text)) used.add(id);
  }
  return glossary
    .filter((entry) => !used.has(entry.id))
    .map((entry) => ({
      file: entry.file,
      severity: 'warning' as const,
      message: `no study applies or mentions "${pick(entry.data.term, locale).text}": check its aliases against the study texts, or remove the entry`,
    }));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function suggestSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
