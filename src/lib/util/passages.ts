/**
 * Passages of a study's text: every paragraph and list item, each with an id made from its own
 * words, so that the id changes only when that passage changes (never when text is added or
 * removed elsewhere). Evidence links point at a passage (`#p-1x2y3z4`) and carry the quoted
 * words as a text fragment (`:~:text=`), which browsers that support it highlight.
 *
 * The remark plugin that gives the rendered paragraphs their ids and the content check that
 * finds quotes in them both use `collectPassages`, so the two always agree.
 */
import type { ListItem, Node, Paragraph, Parent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

export interface Passage {
  id: string;
  /** The passage's words as the source has them, white space collapsed. */
  text: string;
  /**
   * The same words with `GAP` where the page shows something the source does not have (an
   * inline element with no words of its own, such as a `[sic]` mark) or where one paragraph of a
   * list item ends and the next begins; only when there is one.
   */
  shape?: string;
}

/** Stands, in a passage's `shape`, for what an inline element without words adds to the page. */
export const GAP = '\uFFFC';

/** Quotes and passages are compared as written, with runs of white space as one space and the source's `*` italics marks gone. */
export function normalizeQuote(text: string): string {
  return text.replace(/\*/g, '').replace(/\\([.)\]])/g, '$1').replace(/\s+/g, ' ').trim();
}

/** FNV-1a, 32 bits: a short, stable hash with no dependency, the same in Node and the browser. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The ids of passages in page order: `p-` and a hash of the words; a repeated passage gets `-2`, `-3`. */
export function passageIds(texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const id = `p-${fnv1a(normalizeQuote(text)).toString(36)}`;
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    return count === 1 ? id : `${id}-${count}`;
  });
}

interface JsxElement extends Parent {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
}

/**
 * The passages of a Markdown or MDX tree, in order: top-level paragraphs and list items (a list
 * item's own paragraphs are part of it), never inside the elements named in `skip` (what the
 * atlas inserts, such as `EditorialInsert`). `assign` receives each node with its id.
 */
export function collectPassages(
  tree: Root,
  skip: readonly string[] = [],
  assign?: (node: Paragraph | ListItem, id: string) => void,
): Passage[] {
  const nodes: (Paragraph | ListItem)[] = [];
  const walk = (parent: Parent) => {
    for (const child of parent.children as RootContent[]) {
      const element = child as unknown as JsxElement;
      if ((element.type === 'mdxJsxFlowElement' || element.type === 'mdxJsxTextElement') && skip.includes(element.name ?? '')) continue;
      if (child.type === 'paragraph' || child.type === 'listItem') {
        nodes.push(child);
        // A list item's nested lists are passages of their own.
        if (child.type === 'listItem') for (const inner of child.children) if (inner.type === 'list') walk(inner);
        continue;
      }
      if ('children' in child && child.type !== 'heading' && child.type !== 'table') walk(child as Parent);
    }
  };
  walk(tree);
  const shapes = nodes.map((node) => normalizeQuote(node.type === 'listItem' ? ownText(node) : wordsOf(node)));
  const texts = shapes.map((shape) => normalizeQuote(shape.replaceAll(GAP, '')));
  const ids = passageIds(texts);
  nodes.forEach((node, index) => assign?.(node, ids[index]!));
  return texts.map((text, index) => (shapes[index]!.includes(GAP) ? { id: ids[index]!, text, shape: shapes[index]! } : { id: ids[index]!, text }));
}

/** A node's words, with `GAP` for each inline element or expression that has none of its own. */
function wordsOf(node: Node): string {
  const jsx = node.type === 'mdxJsxTextElement' || node.type === 'mdxTextExpression';
  if (jsx && !(node as Parent).children?.length) return GAP;
  if ('children' in node) return (node as Parent).children.map(wordsOf).join('');
  return toString(node);
}

/**
 * A list item's words without those of the lists nested in it. Its paragraphs are joined with a
 * `GAP`: a text fragment's words cannot run from one block of the page into the next.
 */
function ownText(item: ListItem): string {
  return item.children.filter((child) => child.type !== 'list').map(wordsOf).join(` ${GAP} `);
}

/** The passages of abstract paragraphs (frontmatter text), with the ids their page gives them. */
export function abstractPassages(paragraphs: readonly string[]): Passage[] {
  const texts = paragraphs.map(normalizeQuote);
  const ids = passageIds(texts);
  return texts.map((text, index) => ({ id: ids[index]!, text }));
}

/**
 * Which words of a passage a quote is, as `[first, end)` indices into the passage's words split at
 * white space (a quote that starts inside a word counts that word), the way the page's script
 * finds them in the passage's text.
 */
export function wordSpan(quote: string, passage: Passage): [number, number] {
  const wanted = normalizeQuote(quote);
  const at = Math.max(0, passage.text.indexOf(wanted));
  const first = passage.text.slice(0, at).split(' ').length - 1;
  return [first, first + wanted.split(' ').length];
}

/** The passage that holds a quote, if one does. */
export function findPassage(passages: readonly Passage[], quote: string): Passage | undefined {
  const wanted = normalizeQuote(quote);
  return passages.find((passage) => passage.text.includes(wanted));
}

/** The passage most like a quote that is not found, and its stretch of the same length: for "did you mean". */
export function nearestPassage(passages: readonly Passage[], quote: string): string | undefined {
  const words = normalizeQuote(quote).toLowerCase().split(' ');
  let best: { score: number; text: string } | undefined;
  for (const passage of passages) {
    const own = passage.text.split(' ');
    const lower = own.map((w) => w.toLowerCase());
    for (let start = 0; start < Math.max(1, lower.length - words.length + 1); start += 1) {
      const window = lower.slice(start, start + words.length);
      // Words in their place count most; words elsewhere in the stretch count half.
      const score = words.reduce((sum, word, i) => sum + (window[i] === word ? 1 : window.includes(word) ? 0.5 : 0), 0);
      if (!best || score > best.score) best = { score, text: own.slice(start, start + words.length).join(' ') };
    }
  }
  return best && best.score > 0 ? best.text : undefined;
}

/**
 * The text fragment for a quote found in a passage (`:~:text=…`), or `''` when the passage's id
 * must do alone. A browser highlights the first match in the page, and the page may show the
 * same words earlier (a study's overview quotes its own text, between quotation marks), so the
 * fragment names the words around the quote in its passage, `prefix-` and `-suffix`, which the
 * quotation marks elsewhere never match. With a prefix, a long quote is named by its first and
 * last words (`start,end`); without one, only the whole quote is safe (a range would start at
 * the first earlier match and run on to the passage). When the page adds something inside the
 * quoted words (a `GAP`, such as a `[sic]` mark), the range starts before it and ends after it,
 * and context stops at it. `shown` is all the page shows before the passage (the rest of the
 * page above the study's text, the passages before this one): when the fragment could match
 * there too, the passage's id is safer alone; give it normalized (`normalizeQuote`) and in lower
 * case. A quote
 * that is the whole passage, or that no context singles out, also gets `''`. `-`, `,` and `&`
 * are escaped, as the syntax needs.
 */
export function textFragment(quote: string, passage: Passage, shown: readonly string[] = []): string {
  const wanted = normalizeQuote(quote);
  const source = passage.shape ?? passage.text;
  const match = locate(source, wanted);
  if (!match) return '';
  const before = source.slice(0, match.start);
  const after = source.slice(match.end);
  const segments = source.slice(match.start, match.end).split(GAP).map((part) => part.trim()).filter(Boolean);
  const prefix = before.split(GAP).at(-1)!.trimEnd().split(' ').slice(-3).join(' ').trim();
  const suffix = after.split(GAP)[0]!.trimStart().split(' ').slice(0, 3).join(' ').trim();
  if (!prefix && (segments.length > 1 || !suffix)) return '';
  const first = segments[0]!.split(' ');
  const last = segments.at(-1)!.split(' ');
  const range = Boolean(prefix) && (segments.length > 1 || first.length > 10);
  const quoted = range ? `${encode(first.slice(0, 5).join(' '))},${encode(last.slice(-5).join(' '))}` : encode(segments[0]!);
  // What the browser must find in one piece; browsers match regardless of case.
  const lead = prefix ? before.slice(before.lastIndexOf(prefix)) : '';
  const tail = suffix ? after.slice(0, after.indexOf(suffix) + suffix.length) : '';
  const piece = normalizeQuote(range ? `${lead}${first.slice(0, 5).join(' ')}` : `${lead}${segments[0]!}${tail}`).toLowerCase();
  const earlier = normalizeQuote(before.replaceAll(GAP, '')).toLowerCase();
  if (earlier.includes(piece) || shown.some((text) => text.includes(piece))) return '';
  return `:~:text=${prefix ? `${encode(prefix)}-,` : ''}${quoted}${suffix ? `,-${encode(suffix)}` : ''}`;
}

function encode(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

const REGEXP_SYNTAX = new Set('.*+?^${}()|[]\\');

/** Where a quote is in a passage's words or shape (gaps inside the quote allowed). */
function locate(source: string, quote: string): { start: number; end: number } | undefined {
  if (!source.includes(GAP)) {
    const start = source.indexOf(quote);
    return start < 0 ? undefined : { start, end: start + quote.length };
  }
  const escape = (char: string) => (REGEXP_SYNTAX.has(char) ? `\\${char}` : char);
  const pattern = [...quote].map((char, i) => (char === ' ' ? `[\\s${GAP}]+` : `${escape(char)}${i < quote.length - 1 ? `${GAP}*` : ''}`)).join('');
  const match = new RegExp(pattern).exec(source);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}
