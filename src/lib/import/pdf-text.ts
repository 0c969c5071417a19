/**
 * The text of a PDF in reading order, with what the rules need to know about each line: its
 * page, its size, where on the page it sits, whether a paragraph gap comes before it, and which
 * lines are footnotes and which characters are footnote markers. pdf.js reads the PDF in Node,
 * without a browser; lines are rebuilt from its positioned text items.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { MARKER_END, MARKER_START, type SourceLine } from './source-lines.ts';

export class PdfTextError extends Error {}

interface RawLine {
  text: string;
  x: number;
  y: number;
  size: number;
  end: number;
}

/** A line's gap above is a paragraph gap when it is this much larger than the usual line spacing. */
const PARAGRAPH_GAP = 1.35;

export async function pdfLines(bytes: Uint8Array): Promise<SourceLine[]> {
  const task = getDocument({ data: bytes.slice(), verbosity: 0, useSystemFonts: false });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    throw new PdfTextError(`it is not a PDF that can be read (${error instanceof Error ? error.message : String(error)})`);
  }
  const pages: { lines: RawLine[]; height: number }[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    const height = page.view[3]! - page.view[1]!;
    pages.push({ lines: rawLines(content.items.filter((item): item is TextItem => 'str' in item)), height });
    page.cleanup();
  }
  await task.destroy();
  const characters = pages.reduce((sum, page) => sum + page.lines.reduce((s, line) => s + line.text.replace(/\s/g, '').length, 0), 0);
  if (characters < 20) {
    throw new PdfTextError(
      'it has no text layer (a scanned PDF is pictures of pages): run it through OCR first (for example `ocrmypdf in.pdf out.pdf`), or import a text file of it',
    );
  }
  return sourceLines(pages);
}

/** Groups pdf.js's text items into lines, top to bottom; raised smaller digits become markers. */
function rawLines(items: TextItem[]): RawLine[] {
  const lines: RawLine[] = [];
  let line: RawLine | undefined;
  for (const item of items) {
    if (item.str === '' && !item.hasEOL) continue;
    const [, , , d, x, y] = item.transform as number[];
    const size = Math.abs(d!) || 1;
    const raised = line !== undefined && size < line.size * 0.85 && y! > line.y + line.size * 0.15 && Math.abs(y! - line.y) < line.size;
    if (!line || (!raised && Math.abs(line.y - y!) > Math.min(size, line.size) * 0.5)) {
      if (item.str.trim() === '') continue;
      line = { text: '', x: x!, y: y!, size, end: x! };
      lines.push(line);
    }
    const gap = x! - line.end;
    if (line.text && gap > size * 0.15 && !/\s$/.test(line.text) && !/^\s/.test(item.str)) line.text += ' ';
    if (raised && /^\s*[\d*†]+\s*$/.test(item.str)) {
      line.text += `${MARKER_START}${item.str.trim()}${MARKER_END}`;
    } else {
      line.text += item.str;
    }
    line.end = x! + item.width;
  }
  for (const l of lines) l.text = l.text.replace(/\s+/g, ' ').trim();
  return lines.filter((l) => l.text !== '').sort((a, b) => b.y - a.y);
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function sourceLines(pages: { lines: RawLine[]; height: number }[]): SourceLine[] {
  const bodySize = median(pages.flatMap((p) => p.lines.map((l) => l.size)));
  const spacings = pages.flatMap((p) =>
    p.lines.slice(1).flatMap((l, i) => {
      const previous = p.lines[i]!;
      return Math.abs(previous.size - bodySize) < 0.5 && Math.abs(l.size - bodySize) < 0.5 ? [previous.y - l.y] : [];
    }),
  );
  const spacing = median(spacings.filter((s) => s > 0)) || bodySize * 1.2;
  const left = median(pages.flatMap((p) => p.lines.map((l) => l.x)));
  const out: SourceLine[] = [];
  pages.forEach((page, index) => {
    const footnoteFrom = footnoteStart(page.lines, bodySize);
    page.lines.forEach((line, i) => {
      const previous = page.lines[i - 1];
      const gap = previous ? previous.y - line.y : Infinity;
      const indented = line.x - left > bodySize * 1.2 && previous !== undefined && /[.!?:]$/.test(previous.text);
      out.push({
        text: line.text,
        page: index + 1,
        ...(i === 0 && index > 0 ? { pageBreakBefore: true } : {}),
        gapBefore: i === 0 || gap > spacing * PARAGRAPH_GAP || indented || Math.abs((previous?.size ?? line.size) - line.size) > 0.5,
        size: Math.round(line.size * 10) / 10,
        position: Math.min(1, Math.max(0, 1 - line.y / page.height)),
        // A page number below the footnotes is no part of them.
        ...(i >= footnoteFrom && /\p{L}/u.test(line.text) ? { footnote: true } : {}),
      });
    });
  });
  return out;
}

/**
 * Where a page's footnotes begin: the first of the lines at its foot that are set smaller than
 * the body and start with a number, when every line after it is small too (a page number or a
 * running footer below them does not count against it).
 */
function footnoteStart(lines: RawLine[], bodySize: number): number {
  const small = (l: RawLine) => l.size < bodySize * 0.92;
  let start = lines.length;
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = lines[i]!;
    if (!small(line)) break;
    const numbered = /^(?:\d{1,3}(?!\d)|[*†])\s*\S/.test(line.text) || line.text.startsWith(MARKER_START);
    if (numbered && /\p{L}/u.test(line.text)) start = i;
  }
  // Only a block of small lines that is below body text is a footnote block.
  return start > 0 && start < lines.length && !small(lines[start - 1]!) ? start : lines.length;
}
