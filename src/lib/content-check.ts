/**
 * The content check: validates every study file before Astro builds, so that a mistake stops
 * the build with the file, the line, the field and the fix (Astro's own schema errors name
 * neither the file path nor the line). It also checks what only a pass over all files can
 * see: duplicate slugs, two studies claiming one source file, unknown glossary ids.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { closest } from 'fastest-levenshtein';
import { isMap, isNode, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { idPattern, studySchema, type Study } from './study-schema.ts';

export interface ContentProblem {
  /** Path relative to the project root. */
  file: string;
  /** 1-based line, where it can be known. */
  line?: number;
  /** Dotted path of the frontmatter field, where there is one. */
  field?: string;
  /** What is wrong and what to write instead. */
  message: string;
}

export interface CheckOptions {
  /** Project root; paths in problems are relative to it. */
  root: string;
  /** Folder of study files. Default `src/content/studies`. */
  studiesDir?: string;
  /** Folder of the raw source texts. Default `sources/seeds`. */
  seedsDir?: string;
  /** JSON file mapping glossary ids to labels. Default `src/content/terms.json`. */
  termsFile?: string;
}

export interface CheckedStudy {
  slug: string;
  file: string;
  data: Study;
}

/** 1-based line of a frontmatter field in one file, if it exists. */
type LineOf = (path: readonly PropertyKey[]) => number | undefined;

export interface CheckResult {
  problems: ContentProblem[];
  studies: CheckedStudy[];
}

const STUDY_EXTENSIONS = new Set(['.md', '.mdx']);

export function checkContent(options: CheckOptions): CheckResult {
  const root = options.root;
  const studiesDir = join(root, options.studiesDir ?? 'src/content/studies');
  const seedsDir = join(root, options.seedsDir ?? 'sources/seeds');
  const termIds = Object.keys(readJson(join(root, options.termsFile ?? 'src/content/terms.json')));
  const problems: ContentProblem[] = [];
  const studies: CheckedStudy[] = [];
  const slugOwners = new Map<string, string>();
  const sourceOwners = new Map<string, string>();

  for (const name of readdirSync(studiesDir).sort()) {
    const path = join(studiesDir, name);
    const file = relative(root, path);
    const extension = extname(name);
    if (!STUDY_EXTENSIONS.has(extension)) {
      problems.push({ file, message: `"${name}" is not a study file: studies are .mdx (or .md) files; move or rename it` });
      continue;
    }
    const slug = basename(name, extension);
    if (!idPattern.test(slug)) {
      problems.push({
        file,
        message: `the file name "${name}" is not a valid slug: rename it to lower-case words joined by hyphens, for example "${suggestSlug(slug)}${extension}"`,
      });
    }
    const owner = slugOwners.get(slug.toLowerCase());
    if (owner) {
      problems.push({
        file,
        message: `duplicate slug "${slug}": ${owner} already publishes /studies/${slug}/; rename one of the two files`,
      });
    } else {
      slugOwners.set(slug.toLowerCase(), file);
    }

    const checked = checkStudyFile(readFileSync(path, 'utf8'), file, termIds, problems);
    if (!checked) continue;
    const { data, lineOf } = checked;
    const sourceLine = lineOf(['source', 'file']);

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
    studies.push({ slug, file, data });
  }
  return { problems, studies };
}

/** Validates one study file's frontmatter; pushes problems with lines and returns the data if valid. */
export function checkStudyFile(
  text: string,
  file: string,
  termIds: readonly string[],
  problems: ContentProblem[],
): { data: Study; lineOf: LineOf } | undefined {
  const frontmatter = extractFrontmatter(text);
  if (!frontmatter) {
    problems.push({
      file,
      line: 1,
      message: 'the file has no frontmatter: start it with a line "---", the fields, and another "---" (see README, "Adding a study")',
    });
    return undefined;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(frontmatter.yaml, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const seen = new Set<string>();
    for (const error of doc.errors) {
      const pos = lineCounter.linePos(error.pos[0]);
      const key = `${pos.line}:${error.code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push({
        file,
        line: pos.line + frontmatter.lineOffset,
        message: `the frontmatter is not valid YAML (${error.code}): ${firstLine(error.message)}. Check indentation and quote text that contains ": " or starts with a special character`,
      });
    }
    return undefined;
  }
  const lineOf = (path: readonly PropertyKey[]) => fieldLine(doc, path, lineCounter, frontmatter.lineOffset);

  const input: unknown = doc.toJS();
  const parsed = studySchema.safeParse(input);
  const unknownIds = unknownGlossaryIds(input, termIds, file, lineOf);
  problems.push(...unknownIds);
  if (!parsed.success) {
    for (const issue of flattenUnions(parsed.error.issues as Issue[], input)) {
      const missing = issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined;
      const keyPath = issue.code === 'unrecognized_keys' && issue.keys?.length ? [...issue.path, issue.keys[0]!] : issue.path;
      const field = issue.path.map(String).join('.');
      problems.push({
        file,
        // A missing field has no line of its own: point at its parent, or the opening fence.
        line: missing ? (issue.path.length > 1 ? lineOf(issue.path.slice(0, -1)) : 1) : lineOf(keyPath),
        field: field || undefined,
        message: missing ? `required field "${field}" is missing: add it (${issue.message})` : describeIssue(issue),
      });
    }
    return undefined;
  }
  if (unknownIds.length > 0) return undefined;
  return { data: parsed.data, lineOf };
}

/** Glossary ids that name no term, checked even when other fields are wrong, so one run reports both. */
function unknownGlossaryIds(input: unknown, termIds: readonly string[], file: string, lineOf: LineOf): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const key of ['frameworks', 'actors', 'instruments'] as const) {
    const ids = valueAt(input, [key]);
    if (!Array.isArray(ids)) continue;
    ids.forEach((id: unknown, index) => {
      if (typeof id !== 'string' || !idPattern.test(id) || termIds.includes(id)) return;
      const suggestion = closest(id, [...termIds]);
      problems.push({
        file,
        line: lineOf([key, index]),
        field: `${key}.${index}`,
        message: `unknown glossary id "${id}"${suggestion ? `: did you mean "${suggestion}"?` : ''} Known ids are listed in src/content/terms.json; add the term there first if it is new`,
      });
    });
  }
  return problems;
}

interface Issue {
  code: string;
  message: string;
  path: PropertyKey[];
  keys?: string[];
  errors?: Issue[][];
}

/**
 * A union ("a list of periods or not-stated") reports only that nothing matched; when the
 * value has the shape of one branch, that branch's own issues say what is wrong.
 */
function flattenUnions(issues: Issue[], input: unknown): Issue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union' || !issue.errors) return [issue];
    const value = valueAt(input, issue.path);
    const branch = issue.errors.find(
      (branchIssues) => branchIssues.length > 0 && branchIssues.every((inner) => inner.path.length > 0),
    );
    if (value === undefined || typeof value !== 'object' || !branch) return [issue];
    const nested = branch.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
    return flattenUnions(nested, input);
  });
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function describeIssue(issue: Issue): string {
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling against the content model in src/lib/study-schema.ts, or remove it`;
  }
  return issue.message;
}

interface Frontmatter {
  yaml: string;
  /** Lines before the YAML's first line (the opening fence). */
  lineOffset: number;
}

function extractFrontmatter(text: string): Frontmatter | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---\s*(?:\r?\n|$)/.exec(text);
  if (!match || match[1] === undefined) return undefined;
  return { yaml: match[1], lineOffset: 1 };
}

/** Line of the deepest node of `path` that exists in the document. */
function fieldLine(doc: Document, path: readonly PropertyKey[], counter: LineCounter, offset: number): number | undefined {
  let node: unknown = doc.contents;
  let keyNode: unknown;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isNode(item.key) && (item.key as { value?: unknown }).value === segment);
      if (!pair) break;
      keyNode = pair.key;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (!item) break;
      keyNode = undefined;
      node = item;
    } else {
      break;
    }
  }
  const target = isNode(keyNode) ? keyNode : isNode(node) ? node : undefined;
  const start = target?.range?.[0];
  return start === undefined ? undefined : counter.linePos(start).line + offset;
}

function suggestSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

/** One problem a line: `file:line field: message`, the form editors and CI logs link. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems
    .map((p) => `${p.file}${p.line ? `:${p.line}` : ''}${p.field ? ` (${p.field})` : ''}: ${p.message}`)
    .join('\n');
}
