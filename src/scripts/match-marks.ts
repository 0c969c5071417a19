/**
 * Marks the searched words in the text Pagefind indexed (`[data-pagefind-body]`, without its
 * `data-pagefind-ignore` parts and navigation), the way Pagefind compares words: any case,
 * accents ignored (NFD without combining marks), from the start of a word; a word the query
 * gives a beginning of is marked whole, and words next to each other are one mark.
 *
 * Written here rather than loading Pagefind's highlighter (mark.js, about 9.6 kB gzipped): this
 * is a tenth of that, and the match bar needs the marks in document order anyway.
 */

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** A text node's text folded, and for each folded character its offset in the node (plus the end). */
function folded(data: string): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  let offset = 0;
  for (const char of data) {
    for (const part of fold(char)) {
      text += part;
      at.push(offset);
    }
    offset += char.length;
  }
  at.push(offset);
  return { text, at };
}

/** The query's words as a pattern: punctuation around a word (quotes) dropped, longest first. */
function pattern(terms: string[]): RegExp | undefined {
  const words = terms
    .map((term) => fold(term).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0) return undefined;
  const word = `(?<![\\p{L}\\p{N}])(?:${words.join('|')})[\\p{L}\\p{N}]*`;
  return new RegExp(`${word}(?:\\s+${word})*`, 'gu');
}

function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node instanceof Element && node.matches('[data-pagefind-ignore], nav, script, style, template, mark') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) if (walker.currentNode instanceof Text) nodes.push(walker.currentNode);
  return nodes;
}

/** Wraps each match of `terms` under `roots` in `<mark class="search-match">`; returns the marks in document order. */
export function markTerms(terms: string[], roots: Iterable<Element>): HTMLElement[] {
  const search = pattern(terms);
  if (!search) return [];
  const marks: HTMLElement[] = [];
  for (const root of roots) {
    for (const node of textNodes(root)) {
      const { text, at } = folded(node.data);
      const found = [...text.matchAll(search)];
      const inNode: HTMLElement[] = [];
      // From the last match back, so that splitting the node keeps the earlier offsets.
      for (const match of found.reverse()) {
        node.splitText(at[match.index + match[0].length]!);
        const word = node.splitText(at[match.index]!);
        const mark = document.createElement('mark');
        mark.className = 'search-match';
        word.replaceWith(mark);
        mark.append(word);
        inNode.unshift(mark);
      }
      marks.push(...inNode);
    }
  }
  return marks;
}
