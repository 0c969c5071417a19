/**
 * The elements of an HTML page as its tags say them, with where each stands in the text: what the
 * after-build pass needs from a built page (links and ids to check, tags to rewrite for the
 * downloadable copy). A tokenizer (htmlparser2) instead of a parser that builds the page's tree
 * (parse5): reading a 200-study build's 609 pages takes 0.8 s instead of 5 s, and nothing here
 * needs the tree.
 */
import { Parser } from 'htmlparser2';

export interface HtmlTag {
  /** Lower-case, as HTML compares it. */
  name: string;
  /** Attribute values with character references decoded; the first of a repeated name, as browsers keep. */
  attributes: Record<string, string>;
  /** Where the start tag begins (its `<`); undefined when the parser implied the element. */
  from: number | undefined;
  /** Just after the start tag's `>`. */
  startTagEnd: number;
  /**
   * Just after the element's end: its end tag's `>`, or its start tag's for a void or
   * self-closed element; undefined when its end is implied (no end tag in the text).
   */
  to: number | undefined;
}

/** Every element's start tag, in the order of the text. */
export function readTags(html: string): HtmlTag[] {
  const tags: HtmlTag[] = [];
  const open: HtmlTag[] = [];
  const parser = new Parser({
    onopentag(name, attributes, isImplied) {
      const tag: HtmlTag = { name, attributes, from: isImplied ? undefined : parser.startIndex, startTagEnd: parser.endIndex + 1, to: undefined };
      tags.push(tag);
      open.push(tag);
    },
    onclosetag(name, isImplied) {
      const tag = open.pop();
      if (!tag || tag.name !== name) throw new Error(`readTags: "${name}" closed while "${tag?.name}" was open`);
      if (tag.from === undefined) return;
      if (!isImplied) tag.to = parser.endIndex + 1;
      // A void or self-closed element is closed by its start tag, which the parser reports as implied.
      else if (parser.endIndex + 1 === tag.startTagEnd) tag.to = tag.startTagEnd;
    },
  });
  parser.write(html);
  parser.end();
  return tags;
}

/** One attribute as written in a start tag: `[from, to)` covers the space before it, its name and its value; its name ends at `nameTo`. */
interface WrittenAttribute {
  name: string;
  from: number;
  nameTo: number;
  to: number;
}

/** The attributes of the start tag `[from, to)` of `html`, as written, and where what follows them (`>`, `/>`) begins. */
function writtenAttributes(html: string, from: number, to: number): { attributes: WrittenAttribute[]; close: number } {
  const attributes: WrittenAttribute[] = [];
  let at = from + 1;
  while (at < to && !/[\s/>]/.test(html[at]!)) at += 1;
  for (;;) {
    const before = at;
    while (at < to && /[\s/]/.test(html[at]!)) at += 1;
    if (at >= to || html[at] === '>') return { attributes, close: before };
    const nameFrom = at;
    at += 1;
    while (at < to && !/[\s/>=]/.test(html[at]!)) at += 1;
    const nameTo = at;
    const name = html.slice(nameFrom, nameTo).toLowerCase();
    let afterName = at;
    while (afterName < to && /\s/.test(html[afterName]!)) afterName += 1;
    if (html[afterName] === '=') {
      at = afterName + 1;
      while (at < to && /\s/.test(html[at]!)) at += 1;
      const quote = html[at];
      if (quote === '"' || quote === "'") {
        const end = html.indexOf(quote, at + 1);
        at = end === -1 || end >= to ? to : end + 1;
      } else {
        while (at < to && !/[\s>]/.test(html[at]!)) at += 1;
      }
    }
    attributes.push({ name, from: before, nameTo, to: at });
  }
}

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/**
 * The start tag `[tag.from, tag.startTagEnd)` of `html` with some attributes changed: a string
 * sets the value (in place, or added at the end), `null` removes the attribute. Every other byte
 * of the tag stays as written.
 */
export function editStartTag(html: string, tag: HtmlTag & { from: number }, changes: Record<string, string | null>): string {
  const { attributes, close } = writtenAttributes(html, tag.from, tag.startTagEnd);
  const pending = new Map(Object.entries(changes));
  let text = html.slice(tag.from, attributes[0]?.from ?? close);
  const seen = new Set<string>();
  for (const attribute of attributes) {
    const change = pending.get(attribute.name);
    if (change === undefined || seen.has(attribute.name)) text += html.slice(attribute.from, attribute.to);
    else if (change !== null) text += `${html.slice(attribute.from, attribute.nameTo)}="${escapeAttribute(change)}"`;
    seen.add(attribute.name);
  }
  for (const [name, value] of pending) if (value !== null && !seen.has(name)) text += ` ${name}="${escapeAttribute(value)}"`;
  return text + html.slice(close, tag.startTagEnd);
}
