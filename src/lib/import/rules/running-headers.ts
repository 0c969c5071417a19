/**
 * Running headers and footers: a line at the top or foot of its page that recurs on other
 * pages (page numbers inside it aside), and a line that names a journal with its volume, issue
 * or pages even when it occurs once. Every line with the same text goes, as
 * `sources/corrections.json` drops lines; the line after it is marked as following a page break.
 */
import type { DroppedLine, SourceLine } from '../source-lines.ts';

export interface Removed {
  lines: SourceLine[];
  dropped: DroppedLine[];
}

export const RUNNING_HEADER = 'a running page header or footer of the source, repeated by the PDF inside the text';
export const JOURNAL_LINE = 'the journal’s running page header (its name, volume, issue or pages), left inside the text';

/** How many lines from the top and the foot of a page can be a running header or footer. */
const EDGE_LINES = 2;

/** A journal header: a volume with its issue and pages, or "Vol. 8 No. 4", at the end of a line that is no sentence. */
const JOURNAL = /(?:\b\d{1,3}\s*\(\d{1,2}\)\s*[:,]?\s*\d{1,5}(?:\s*[-–]\s*\d{1,5})?|\bVol(?:ume)?\.?\s*\d{1,3}\b.{0,40}?\b(?:No|Nomor|Issue)\.?\s*\d{1,3}\b.*?)\s*$/i;

export function removeRunningHeaders(lines: readonly SourceLine[]): Removed {
  const pageCount = new Set(lines.map((l) => l.page)).size;
  const drop = new Map<string, string>();
  if (pageCount > 1) {
    const pagesOf = new Map<string, Set<number>>();
    for (const line of edgeLines(lines)) {
      const key = normalise(line.text);
      if (!pagesOf.has(key)) pagesOf.set(key, new Set());
      pagesOf.get(key)!.add(line.page);
    }
    for (const line of edgeLines(lines)) {
      const pages = pagesOf.get(normalise(line.text))!.size;
      // A sentence that recurs at a page edge is the text's own (headers end without a full stop).
      if (pages >= 2 && pages >= Math.min(3, pageCount * 0.3) && !/^\d{1,4}$/.test(line.text) && !/[.!?]$/.test(line.text)) drop.set(line.text, RUNNING_HEADER);
    }
  } else {
    const counts = new Map<string, number>();
    lines.forEach((line, i) => {
      if (standalone(lines, i) && line.text.length >= 15) counts.set(line.text, (counts.get(line.text) ?? 0) + 1);
    });
    for (const [text, count] of counts) if (count >= 2 && !/[.!?]$/.test(text)) drop.set(text, RUNNING_HEADER);
  }
  lines.forEach((line, i) => {
    if (!drop.has(line.text) && standalone(lines, i) && isJournalLine(line.text)) drop.set(line.text, JOURNAL_LINE);
  });
  return dropLines(lines, drop);
}

/** A line that names a journal issue the way running headers do (and not a sentence or a reference). */
export function isJournalLine(text: string): boolean {
  return text.length <= 200 && !/[.!?]$/.test(text) && JOURNAL.test(text);
}

/** Removes every line whose text is a key of `drop`; the next kept line follows a page break. */
export function dropLines(lines: readonly SourceLine[], drop: ReadonlyMap<string, string>): Removed {
  const kept: SourceLine[] = [];
  let afterDropped = false;
  for (const line of lines) {
    if (drop.has(line.text)) {
      afterDropped = true;
      continue;
    }
    kept.push(afterDropped ? { ...line, gapBefore: true, pageBreakBefore: true } : line);
    afterDropped = false;
  }
  return { lines: kept, dropped: [...drop].map(([line, reason]) => ({ line, reason })) };
}

/** A line standing alone: a gap before it and after it (or a page edge). */
export function standalone(lines: readonly SourceLine[], index: number): boolean {
  const line = lines[index]!;
  const next = lines[index + 1];
  return (line.gapBefore || index === 0) && (next === undefined || next.gapBefore || next.page !== line.page);
}

function* edgeLines(lines: readonly SourceLine[]): Generator<SourceLine> {
  const byPage = new Map<number, SourceLine[]>();
  for (const line of lines) {
    if (line.footnote) continue;
    if (!byPage.has(line.page)) byPage.set(line.page, []);
    byPage.get(line.page)!.push(line);
  }
  for (const page of byPage.values()) {
    const edges = new Set([...page.slice(0, EDGE_LINES), ...page.slice(-EDGE_LINES)]);
    yield* edges;
  }
}

/** Page numbers and other figures inside a header change from page to page. */
function normalise(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
}
