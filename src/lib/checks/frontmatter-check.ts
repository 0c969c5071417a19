/**
 * Parses a content file's frontmatter and validates it against a zod schema, reporting each
 * problem with its line, its field and the fix. Shared by every collection's check and by the
 * check of `site.config.ts`.
 */
import { isMap, isNode, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import type { ContentProblem } from './problems.ts';

export type { ContentProblem } from './problems.ts';

/** 1-based line of a frontmatter field in one file, if it exists. */
export type LineOf = (path: readonly PropertyKey[]) => number | undefined;

export interface ParsedFile {
  /** The frontmatter as plain data, before validation. */
  input: unknown;
  lineOf: LineOf;
  /** The text after the frontmatter, and the line it starts on. */
  body: string;
  bodyLine: number;
}

/** Reads the frontmatter with line positions; pushes YAML problems and returns undefined on failure. */
export function parseFrontmatter(text: string, file: string, problems: ContentProblem[], guide: string): ParsedFile | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match || match[1] === undefined) {
    problems.push({
      file,
      line: 1,
      message: `the file has no frontmatter: start it with a line "---", the fields, and another "---" (see ${guide})`,
    });
    return undefined;
  }
  const lineOffset = 1;
  const lineCounter = new LineCounter();
  const doc = parseDocument(match[1], { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const seen = new Set<string>();
    for (const error of doc.errors) {
      const pos = lineCounter.linePos(error.pos[0]);
      const key = `${pos.line}:${error.code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push({
        file,
        line: pos.line + lineOffset,
        message: `the frontmatter is not valid YAML (${error.code}): ${error.message.split('\n')[0]}. Check indentation and quote text that contains ": " or starts with a special character`,
      });
    }
    return undefined;
  }
  const body = text.slice(match[0].length);
  return {
    input: doc.toJS(),
    lineOf: (path) => fieldLine(doc, path, lineCounter, lineOffset),
    body,
    bodyLine: match[0].split('\n').length,
  };
}

/** Validates parsed frontmatter; pushes every problem and returns the data only if valid. */
export function validate<S extends z.ZodType>(
  schema: S,
  parsed: Pick<ParsedFile, 'input' | 'lineOf'>,
  file: string,
  schemaFile: string,
  problems: ContentProblem[],
): z.infer<S> | undefined {
  const result = schema.safeParse(parsed.input);
  if (result.success) return result.data;
  problems.push(...problemsOfIssues(result.error.issues as Issue[], parsed.input, file, schemaFile, parsed.lineOf));
  return undefined;
}

interface Issue {
  code: string;
  message: string;
  path: PropertyKey[];
  keys?: string[];
  errors?: Issue[][];
}

/** Zod issues as problems: the field, its line where known, and what to write. */
export function problemsOfIssues(issues: Issue[], input: unknown, file: string, schemaFile: string, lineOf?: LineOf): ContentProblem[] {
  return flattenUnions(issues, input).map((issue) => {
    const missing = (issue.code === 'invalid_type' || issue.code === 'invalid_union') && valueAt(input, issue.path) === undefined;
    const keyPath = issue.code === 'unrecognized_keys' && issue.keys?.length ? [...issue.path, issue.keys[0]!] : issue.path;
    const field = issue.path.map(String).join('.');
    return {
      file,
      // A missing field has no line of its own: point at its parent, or the opening fence.
      line: lineOf ? (missing ? (issue.path.length > 1 ? lineOf(issue.path.slice(0, -1)) : 1) : lineOf(keyPath)) : undefined,
      field: field || undefined,
      message: missing ? `required field "${field}" is missing: add it (${issue.message})` : describeIssue(issue, schemaFile),
    };
  });
}

/**
 * A union ("a list of periods or not-stated") reports only that nothing matched; when the
 * value has the shape of one branch, that branch's own issues say what is wrong.
 */
function flattenUnions(issues: Issue[], input: unknown): Issue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union' || !issue.errors) return [issue];
    const value = valueAt(input, issue.path);
    const branch =
      issue.errors.find((branchIssues) => branchIssues.length > 0 && branchIssues.every((inner) => inner.path.length > 0)) ??
      (isRecord(value) ? onlyBranchForObjects(issue.errors) : undefined);
    if (value === undefined || typeof value !== 'object' || !branch) return [issue];
    const nested = branch.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
    return flattenUnions(nested, input);
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * For an object given to a union of a word and an object (`overview: TODO` or the overview
 * itself), the one branch that did not refuse the value for its type: its issues, even those
 * about the object as a whole (an unknown key), say what is wrong.
 */
function onlyBranchForObjects(branches: Issue[][]): Issue[] | undefined {
  const refusesType = (inner: Issue) => inner.path.length === 0 && (inner.code === 'invalid_type' || inner.code === 'invalid_value');
  const shaped = branches.filter((branchIssues) => branchIssues.length > 0 && !branchIssues.every(refusesType));
  return shaped.length === 1 ? shaped[0] : undefined;
}

export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function describeIssue(issue: Issue, schemaFile: string): string {
  // Zod's own wording ("Unrecognized key"); a schema's custom message says more and is kept.
  if (issue.code === 'unrecognized_keys' && issue.keys && /^Unrecognized key/.test(issue.message)) {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling against the content model in ${schemaFile}, or remove it`;
  }
  return issue.message;
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
