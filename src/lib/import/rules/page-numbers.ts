/**
 * Lone page numbers: a line that is only a number ("929", "- 12 -", "xiv"), standing alone
 * at the top or foot of a page (or, in a text file, between blank lines).
 */
import type { SourceLine } from '../source-lines.ts';
import { dropLines, standalone, type Removed } from './running-headers.ts';

export const PAGE_NUMBER = 'a page number of the source, left inside the text';

const PAGE_NUMBER_LINE = /^(?:\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—]|[ivxlc]{1,7})$/;

export function removePageNumbers(lines: readonly SourceLine[]): Removed {
  const drop = new Map<string, string>();
  lines.forEach((line, i) => {
    if (!PAGE_NUMBER_LINE.test(line.text) || line.footnote) return;
    const atEdge = line.position === undefined ? standalone(lines, i) : line.position < 0.12 || line.position > 0.88;
    if (atEdge) drop.set(line.text, PAGE_NUMBER);
  });
  // A number that also stands inside the text (a list, a table) is not only a page number.
  for (const [text] of drop) {
    const elsewhere = lines.some((line, i) => line.text === text && !(line.position === undefined ? standalone(lines, i) : line.position < 0.12 || line.position > 0.88));
    if (elsewhere) drop.delete(text);
  }
  return dropLines(lines, drop);
}
