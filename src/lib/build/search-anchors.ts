/**
 * A page as the search bundles are given it: ids kept only where Pagefind's search uses them.
 *
 * Pagefind records every element with an id in the indexed part of a page as an anchor, with the
 * element's whole text, in the page's fragment (what the browser downloads to show a result). Its
 * search reads anchors only to part a result into sections: headings, and elements that name a
 * section title (`data-pagefind-title`). An atlas gives every passage of a study an id (evidence
 * links point to it), so each fragment carried the study's text twice, once as content and once
 * as anchors. Only the copy sent to Pagefind loses those ids; the published page keeps them.
 *
 * Inline elements keep theirs too: Pagefind separates an anchor from the text before it, so taking
 * the id off, say, a note marker could join the marker's number to the word it follows, and change
 * the words the page is found by. Block elements end a word anyway, so the page's words and their
 * positions stay the same.
 */

/** Pagefind's inline elements (`INLINE_SELECTORS` in its HTML reader, `pagefind/src/fossick/parser.rs`). */
const INLINE = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdo', 'big', 'br', 'button', 'cite', 'code', 'dfn', 'em', 'i', 'img', 'input', 'kbd', 'label', 'map',
  'object', 'output', 'q', 'samp', 'script', 'select', 'small', 'span', 'strong', 'sub', 'sup', 'textarea', 'time', 'tt', 'var',
]);

const SECTION_TITLE = 'data-pagefind-title';

/**
 * A start tag with an `id` written in double quotes, as Astro and the Markdown pipeline write
 * attributes (a `"` inside a value is written `&quot;`, so ` id="` cannot be part of another value).
 * A tag whose earlier value holds a `>` is not matched, and keeps its id: an anchor too many, no
 * text lost.
 */
const TAG_WITH_ID = /<([a-zA-Z][a-zA-Z0-9-]*)([^>]*?)\sid="[^"]*"([^>]*)>/g;

const isHeading = (name: string) => /^h[1-6]$/.test(name);

/** `html` without the ids Pagefind would only store: those of block elements other than headings and section titles. */
export function withSearchAnchorsOnly(html: string): string {
  return html.replace(TAG_WITH_ID, (tag: string, name: string, before: string, after: string) => {
    const element = name.toLowerCase();
    if (isHeading(element) || INLINE.has(element) || tag.includes(SECTION_TITLE)) return tag;
    return `<${name}${before}${after}>`;
  });
}
