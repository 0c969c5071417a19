/**
 * How much of a reviewed study an imported draft already has: its abstracts, and its headings,
 * list items and paragraphs with exactly the reviewed text (markup and white space aside), and
 * whether every sentence of the source is in the draft. For the importer's measurements.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';

export interface BlockCounts {
  expected: number;
  found: number;
}

export interface DraftComparison {
  abstracts: BlockCounts;
  headings: BlockCounts;
  items: BlockCounts;
  paragraphs: BlockCounts;
  /** Blocks a person still has to change: reviewed blocks the draft lacks as written. */
  blocksToEdit: number;
  /** Blocks of the draft that the reviewed page does not have as such. */
  extraBlocks: number;
}

interface StudyBlocks {
  abstracts: string[];
  headings: string[];
  items: string[];
  paragraphs: string[];
  /** Every block in reading order, abstracts first (heading, paragraphs, keyword line). */
  ordered: { kind: 'heading' | 'item' | 'paragraph'; text: string }[];
}

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

export function studyBlocks(file: string): StudyBlocks {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(file);
  if (!match) throw new Error('not a study file: no frontmatter');
  const data = parseYaml(match[1]!) as { abstracts?: { heading: string; text: string; keywords?: string[]; keywordsLabel?: string }[] };
  const abstracts = data.abstracts ?? [];
  const blocks: StudyBlocks = {
    abstracts: abstracts.map((a) => normal(`${a.heading} ${a.text.replace(/\*/g, '')} ${(a.keywords ?? []).join('; ')}`)),
    headings: [],
    items: [],
    paragraphs: [],
    ordered: abstracts.flatMap((a) => [
      { kind: 'heading' as const, text: a.heading },
      ...a.text.split(/\n\s*\n/).map((p) => ({ kind: 'paragraph' as const, text: normal(p) })),
      ...(a.keywords ? [{ kind: 'paragraph' as const, text: `${a.keywordsLabel ?? 'Keywords'}: ${a.keywords.join('; ')}` }] : []),
    ]),
  };
  const add = (kind: 'heading' | 'item' | 'paragraph', node: RootContent) => {
    const text = normal(toString(node));
    blocks[kind === 'heading' ? 'headings' : kind === 'item' ? 'items' : 'paragraphs'].push(text);
    blocks.ordered.push({ kind, text });
  };
  const visit = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'heading') add('heading', node);
      else if (node.type === 'list') {
        // An item's first paragraph is the item; paragraphs set inside it count as paragraphs.
        for (const item of node.children) {
          const [first, ...rest] = item.children;
          if (first) add('item', first);
          visit(rest);
        }
      } else if (node.type === 'paragraph') add('paragraph', node);
      else if (node.type === 'mdxJsxFlowElement' && node.name !== 'EditorialInsert') visit(node.children);
    }
  };
  visit((processor.parse(match[2]!) as Root).children);
  return blocks;
}

function matched(expected: readonly string[], found: readonly string[]): number {
  const pool = new Map<string, number>();
  for (const text of found) pool.set(text, (pool.get(text) ?? 0) + 1);
  let count = 0;
  for (const text of expected) {
    const left = pool.get(text) ?? 0;
    if (left > 0) {
      count += 1;
      pool.set(text, left - 1);
    }
  }
  return count;
}

export function compareDraft(reviewed: string, draft: string): DraftComparison {
  const want = studyBlocks(reviewed);
  const got = studyBlocks(draft);
  const counts = (kind: Exclude<keyof StudyBlocks, 'ordered'>): BlockCounts => ({ expected: want[kind].length, found: matched(want[kind], got[kind]) });
  const kinds = ['abstracts', 'headings', 'items', 'paragraphs'] as const;
  const result = Object.fromEntries(kinds.map((k) => [k, counts(k)])) as Pick<DraftComparison, (typeof kinds)[number]>;
  const expected = kinds.reduce((sum, k) => sum + result[k].expected, 0);
  const found = kinds.reduce((sum, k) => sum + result[k].found, 0);
  const drafted = kinds.reduce((sum, k) => sum + got[k].length, 0);
  return { ...result, blocksToEdit: expected - found, extraBlocks: drafted - found };
}
