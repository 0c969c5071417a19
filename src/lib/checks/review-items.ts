/**
 * What an imported study leaves for a person to settle: every frontmatter value that starts
 * with `TODO` (`title: { en: "TODO: a descriptive title" }`, `kind: TODO`, `overview: TODO`)
 * and every `{/* TODO: … *\/}` comment in its MDX body, each with its line in the file.
 * The content check lists them for a draft (`review`) and refuses them in a published study.
 */
import type { AtlasConfig } from '../model/atlas-config.ts';
import type { LineOf } from './frontmatter-check.ts';
import type { ContentProblem } from './problems.ts';

export interface ReviewItem {
  /** Dotted path of the frontmatter field; none for a comment in the body. */
  field?: string;
  /** 1-based line in the file, where it can be known. */
  line?: number;
  /** What is left to do: the placeholder's own words after "TODO:". */
  text: string;
}

export interface ReviewedFile {
  /** The frontmatter as plain data. */
  input: unknown;
  lineOf: LineOf;
  body: string;
  /** The line of the file the body starts on. */
  bodyLine: number;
}

/** A placeholder: `TODO` as a word of its own at the start of the value. */
const PLACEHOLDER = /^TODO(?![\p{L}\p{N}_])\s*:?\s*/u;
const COMMENT = /\{\s*\/\*\s*TODO(?![\p{L}\p{N}_])\s*:?\s*([\s\S]*?)\s*\*\/\s*\}/gu;

/**
 * The items left to review in one file, in the order of their lines. `needs` says what a bare
 * `TODO` (with no words of its own) asks for, by field: `{ kind: "choose one of: …" }`.
 */
export function reviewItems(file: ReviewedFile, needs: Readonly<Record<string, string>> = {}): ReviewItem[] {
  const items: ReviewItem[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      const placeholder = PLACEHOLDER.exec(value);
      if (!placeholder) return;
      const field = path.join('.');
      const own = value.slice(placeholder[0].length).replace(/\s+/g, ' ').trim();
      items.push({ field, line: file.lineOf(path), text: own || needs[field] || `fill in ${field}` });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...path, index]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    }
  };
  walk(file.input, []);
  for (const match of file.body.matchAll(COMMENT)) {
    const line = file.bodyLine + countNewlines(file.body.slice(0, match.index));
    items.push({ line, text: match[1]!.replace(/\s+/g, ' ').trim() || 'a comment left to review' });
  }
  return items.map((item, order) => ({ item, order })).sort((a, b) => (a.item.line ?? Infinity) - (b.item.line ?? Infinity) || a.order - b.order).map(({ item }) => item);
}

function countNewlines(text: string): number {
  let count = 0;
  for (const char of text) if (char === '\n') count += 1;
  return count;
}

/** What a bare `TODO` asks for, by field: `kind` and `overview`, the two a draft may leave so. */
export function placeholderNeeds(config: Pick<AtlasConfig, 'kinds' | 'languages'>): Record<string, string> {
  const language = config.languages.required[0] ?? config.languages.known[0]!;
  return {
    kind: `choose one of: ${config.kinds.map((k) => k.id).join(', ')}`,
    overview: `write the overview (a summary and findings, each with its evidence) under "${language}"`,
  };
}

/**
 * A draft's items are what is left to review (never stopping the build); in a published study
 * each is an error, but `kind` and `overview`, which the schema refuses with its own message.
 */
export function reviewProblems(items: readonly ReviewItem[], file: string, draft: boolean): ContentProblem[] {
  if (draft) return items.map((item) => ({ file, line: item.line, field: item.field, message: item.text, severity: 'review' as const }));
  const refusedBySchema = (item: ReviewItem) => item.field === 'kind' || item.field === 'overview';
  return items
    .filter((item) => !refusedBySchema(item))
    .map((item) => ({
      file,
      line: item.line,
      field: item.field,
      message: item.field
        ? `this value is still to review: ${item.text}: write it, or mark the study "draft: true" while it is under review`
        : `this comment is still to review: ${item.text}: settle it and remove the comment, or mark the study "draft: true" while it is under review`,
    }));
}
