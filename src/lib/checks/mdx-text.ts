/**
 * The text of an MDX body as its page shows it, without building the page: Markdown read as the
 * build reads it (escapes and character references undone, markup dropped), comments
 * (`{/* … *\/}`) and the atlas's editorial additions left out, blocks joined with spaces and
 * white space collapsed. It is what the fidelity check compares with the source when there is
 * no built page to read (a draft is never built).
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { EDITORIAL_ELEMENTS } from './evidence-check.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string }[];
  children?: MdxNode[];
}

/** Markdown blocks: the page separates their text from what is around it. */
const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'tableCell', 'code', 'footnoteDefinition', 'mdxJsxFlowElement']);
/** HTML elements written in MDX whose text the page sets apart as a block (or, `br`, breaks). */
const BLOCK_TAGS = new Set(['address', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul']);
/** Nodes that show no text of the source: comments and other expressions, imports, images. */
const SILENT = new Set(['mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'image', 'imageReference', 'definition', 'footnoteReference', 'thematicBreak']);

/**
 * The body's text, or undefined when it is not valid MDX (the MDX compiler then stops the build
 * with the file and the line). `editorial` names the elements that are the atlas's additions; an
 * element with a `data-editorial` attribute is one too.
 */
export function mdxText(body: string, editorial: readonly string[] = EDITORIAL_ELEMENTS): string | undefined {
  let tree: Root;
  try {
    tree = parser.parse(body);
  } catch {
    return undefined;
  }
  const added = new Set(editorial);
  const textOf = (node: MdxNode): string => {
    if (SILENT.has(node.type)) return '';
    if (node.type === 'break') return ' ';
    const jsx = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
    if (jsx && ((node.name && added.has(node.name)) || node.attributes?.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'data-editorial'))) return '';
    const own = typeof node.value === 'string' ? node.value : (node.children ?? []).map(textOf).join('');
    return BLOCKS.has(node.type) || (jsx && node.name && BLOCK_TAGS.has(node.name)) ? ` ${own} ` : own;
  };
  return textOf(tree as unknown as MdxNode).replace(/\s+/g, ' ').trim();
}
