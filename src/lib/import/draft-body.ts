/**
 * The draft's MDX body: each block as Markdown whose text is exactly the source's (escaped so
 * that nothing in it is read as Markdown or JSX), the list markers as written, footnotes as
 * notes, footnote markers raised, and each flag a `{/* TODO: … *\/}` comment above its block.
 */
import { MARKER_END, MARKER_START, type ReviewFlag } from './source-lines.ts';
import type { Block } from './structure.ts';

/** Escapes text so that MDX shows it as written. */
export function escapeText(text: string): string {
  // A pair of asterisks marks italics in an earlier extraction, as the fidelity check reads it: kept as emphasis.
  const parts = text.split(/(\*[^*\s](?:[^*]*[^*\s])?\*)/);
  return parts.map((part, i) => (i % 2 === 1 ? `*${escapePlain(part.slice(1, -1))}*` : escapePlain(part, i === 0))).join('');
}

function escapePlain(text: string, atStart = false): string {
  let escaped = text
    .replace(/[\\`*_{}[\]<>~|&]/g, '\\$&')
    .replace(new RegExp(`${MARKER_START}([^${MARKER_END}]*)${MARKER_END}`, 'g'), '<sup>$1</sup>');
  // At the start of a block these would begin a heading, a quote, a list or a numbered list.
  if (atStart) escaped = escaped.replace(/^([#+-])(?=\s|$)/, '\\$1').replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
  return escaped;
}

/** A flag as an MDX comment the content check lists as left to review. */
export function todoComment(flag: ReviewFlag): string {
  return `{/* TODO: ${flag.message.replace(/\*\//g, '* /').replace(/\s+/g, ' ')} */}`;
}

export function blockMarkdown(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${escapeText(block.text)}`;
    case 'item':
      // A "-" bullet is the list itself; other markers are kept as written, escaped where Markdown would read them.
      return block.marker === '-' ? `- ${escapeText(block.text)}` : `- ${block.marker.replace(/^(\d+)([.)])$/, '$1\\$2').replace(/^([*+-])$/, '\\$1')} ${escapeText(block.text)}`;
    case 'note':
      return `<p role="note" class="source-note">${escapeText(block.text)}</p>`;
    case 'paragraph':
      // A table's rows stay on their own lines (hard line breaks), so that its figures can be read and checked.
      return block.lines ? block.lines.map((line) => escapeText(line)).join('\\\n') : escapeText(block.text);
  }
}

export function draftBody(top: readonly ReviewFlag[], blocks: readonly { block: Block; flags: readonly ReviewFlag[] }[]): string {
  const parts: string[] = top.map(todoComment);
  for (const { block, flags } of blocks) {
    for (const flag of flags) parts.push(todoComment(flag));
    // A passage in another language than the text's is marked, for screen readers and hyphenation.
    parts.push(block.lang ? `<div lang="${block.lang}">\n\n${blockMarkdown(block)}\n\n</div>` : blockMarkdown(block));
  }
  return `${parts.join('\n\n')}\n`;
}
