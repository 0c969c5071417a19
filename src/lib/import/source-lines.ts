/**
 * The importer's view of a source: its lines in reading order, each with the page it is on
 * and whether a blank line (or, in a PDF, a paragraph gap) comes before it. Every rule reads
 * and returns this shape, so a text file and a PDF go through the same rules.
 */
export interface SourceLine {
  /** The line as extracted, without its line break. */
  text: string;
  /** 1-based page; 1 for a text file without page breaks. */
  page: number;
  /** A blank line or a paragraph gap comes before this line. */
  gapBefore: boolean;
  /** A page break (or a removed header or page number) comes right before this line. */
  pageBreakBefore?: boolean;
  /** Font size in a PDF, when known. */
  size?: number;
  /** Where on its page the line sits, from the top (0) to the bottom (1), when known. */
  position?: number;
  /** A footnote's text (a PDF line set smaller at the foot of the page). */
  footnote?: boolean;
}

/**
 * Around a footnote marker (raised, smaller digits in a PDF) inside a line's text: kept as the
 * digits in the source text, written as `<sup>` in the draft.
 */
export const MARKER_START = '\uE000';
export const MARKER_END = '\uE001';

/** The text without marker delimiters: the characters the source has. */
export function plain(text: string): string {
  return text.replace(/[\uE000\uE001]/g, '');
}

/** A line the importer took out of the text, as `sources/corrections.json` records it. */
export interface DroppedLine {
  line: string;
  reason: string;
}

/** A change of the source's characters, as `sources/corrections.json` records it. */
export interface Replacement {
  find: string;
  replace: string;
  reason: string;
}

/** Something only a person can settle, shown in the draft as `{/* TODO: … *\/}` and in the checklist. */
export interface ReviewFlag {
  /** The text of the block it concerns, as a short quote. */
  at?: string;
  message: string;
}

/** Splits a text into source lines: a form feed starts a new page; blank lines become gaps. */
export function linesOfText(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let page = 1;
  let gap = false;
  for (const raw of text.split('\n')) {
    const pages = raw.split('\f');
    for (let i = 0; i < pages.length; i += 1) {
      if (i > 0) {
        page += 1;
        gap = true;
      }
      const line = pages[i]!.trim();
      if (!line) {
        gap = true;
        continue;
      }
      // An indented first line after a finished sentence starts a paragraph, as a blank line does.
      if (/^\s/.test(pages[i]!) && /[.!?]["”’)]?$/.test(lines.at(-1)?.text ?? '')) gap = true;
      const pageBreakBefore = lines.length > 0 && lines[lines.length - 1]!.page !== page;
      lines.push({ text: line, page, gapBefore: gap || lines.length === 0, ...(pageBreakBefore ? { pageBreakBefore } : {}) });
      gap = false;
    }
  }
  return lines;
}
