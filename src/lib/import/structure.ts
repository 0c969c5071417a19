/**
 * From cleaned lines to the blocks of a study: headings with their levels, paragraphs, list
 * items with their markers, footnotes, captions, references, and the abstracts with their
 * keyword lines. Lines are joined the way the fidelity check joins them, so every character the
 * draft keeps is the source's, and every change is a correction or a flag.
 */
import { plain, type Replacement, type ReviewFlag, type SourceLine } from './source-lines.ts';
import type { ImportVocabulary } from './vocabulary/vocabulary.ts';
import { abstractHeading, keywordLine, type KeywordLine } from './rules/abstracts.ts';
import { captionKind, type CaptionKind } from './rules/captions.ts';
import { headingShape, levelOf, looksTitled, type HeadingShape, type LevelState } from './rules/headings.ts';
import { joinLines } from './rules/hyphenation.ts';
import { listItem, ordinal } from './rules/list-items.ts';
import { isReferencesHeading, referenceEntries } from './rules/references.ts';
import { splitWordFlags } from './rules/split-words.ts';

export type Block = (
  | { type: 'heading'; level: number; text: string }
  | { type: 'paragraph'; text: string; caption?: CaptionKind; reference?: boolean; lines?: string[] }
  | { type: 'item'; marker: string; text: string }
  | { type: 'note'; text: string }
) & {
  /** The block's language, when it is not the text's main language. */
  lang?: string;
};

export interface ImportedAbstract {
  lang?: string;
  heading: string;
  paragraphs: string[];
  keywords?: KeywordLine;
}

export interface Structure {
  abstracts: ImportedAbstract[];
  /** Flags raised inside the abstracts. */
  abstractFlags: ReviewFlag[];
  blocks: { block: Block; flags: ReviewFlag[] }[];
  replacements: Replacement[];
}

interface RawBlock {
  lines: SourceLine[];
  shape?: HeadingShape;
  footnote?: boolean;
}

const ENDS_SENTENCE = /[.!?:]["”’)]?$/;

/** Cuts lines into blocks: at gaps, headings, list items, keyword lines and footnotes. */
export function rawBlocks(lines: readonly SourceLine[], vocabularies: ReadonlyMap<string, ImportVocabulary>): RawBlock[] {
  const list = [...vocabularies.values()];
  const blocks: RawBlock[] = [];
  let current: RawBlock | undefined;
  lines.forEach((line, i) => {
    const text = plain(line.text);
    const previous = lines[i - 1];
    const previousText = previous ? plain(previous.text) : '';
    const shape = headingShape(text, list);
    const startsItem = listItem(text) !== undefined && (line.gapBefore || /[.;:,]$/.test(previousText) || current?.lines.length === 1 && listItem(plain(current.lines[0]!.text)) !== undefined);
    const unfinished = current !== undefined && !current.shape && !current.footnote && !line.footnote && !ENDS_SENTENCE.test(previousText) && !shape && !startsItem;
    // A sentence broken by a page break (or a blank line where a page ended) goes on in the next block.
    const continuesAcrossPage = unfinished && (line.pageBreakBefore || /^\p{Ll}/u.test(text));
    const starts =
      !current ||
      (line.gapBefore && !continuesAcrossPage) ||
      Boolean(line.footnote) !== Boolean(current.footnote) ||
      (line.footnote && /^(\d{1,3}|[*†]|\uE000)/.test(line.text)) ||
      (current.shape !== undefined && (current.shape.kind === 'upper' || current.shape.kind === 'chapter' || line.gapBefore)) ||
      (current.lines.length === 1 && abstractHeading(plain(current.lines[0]!.text), vocabularies) !== undefined) ||
      (shape !== undefined && (shape.kind === 'upper' || shape.kind === 'chapter' || ENDS_SENTENCE.test(previousText) || line.gapBefore)) ||
      (current.lines.length > 0 && keywordLine(plain(current.lines[0]!.text), vocabularies) !== undefined && !/[;,]$/.test(previousText)) ||
      startsItem ||
      abstractHeading(text, vocabularies) !== undefined ||
      keywordLine(text, vocabularies) !== undefined;
    if (starts) {
      current = { lines: [], ...(line.footnote ? { footnote: true } : {}) };
      blocks.push(current);
    }
    current!.lines.push(line);
    // A heading is one line; a longer block is no heading.
    current!.shape = current!.lines.length === 1 && shape && (line.gapBefore || starts) ? shape : undefined;
  });
  return blocks;
}

export function structure(
  lines: readonly SourceLine[],
  vocabularies: ReadonlyMap<string, ImportVocabulary>,
  words: ReadonlyMap<string, number>,
  headingFloor: number,
): Structure {
  const list = [...vocabularies.values()];
  const raw = rawBlocks(lines, vocabularies);
  const replacements: Replacement[] = [];
  const join = (blockLines: readonly SourceLine[]) => {
    const joined = joinLines(blockLines.map((l) => l.text), words);
    replacements.push(...joined.replacements);
    return { text: joined.text, flags: [...joined.flags, ...splitWordFlags(plain(joined.text), words)] };
  };

  const out: Structure['blocks'] = [];
  const abstracts: ImportedAbstract[] = [];
  const abstractFlags: ReviewFlag[] = [];
  const levels: LevelState = { chapter: false, last: {} };
  let inReferences = false;
  let bodyStarted = false;
  let abstract: ImportedAbstract | undefined;

  raw.forEach((block, index) => {
    const first = plain(block.lines[0]!.text);
    const single = block.lines.length === 1;
    const abstractLang = single ? abstractHeading(first, vocabularies) : undefined;
    if (abstractLang && !bodyStarted) {
      abstract = { ...(abstractLang ? { lang: abstractLang } : {}), heading: first, paragraphs: [] };
      abstracts.push(abstract);
      return;
    }
    if (abstract && !block.shape && !block.footnote) {
      const { text, flags } = join(block.lines);
      const keywords = keywordLine(plain(text), vocabularies);
      if (keywords && keywords.exact && !abstract.keywords) {
        abstract.keywords = keywords;
        if (keywords.replacement) replacements.push(keywords.replacement);
        abstract = undefined;
      } else {
        abstract.paragraphs.push(text);
        if (keywords) abstract = undefined;
      }
      abstractFlags.push(...flags);
      return;
    }
    abstract = undefined;
    bodyStarted = true;

    if (block.footnote) {
      const { text, flags } = join(block.lines);
      out.push({ block: { type: 'note', text }, flags });
      return;
    }
    const previous = raw[index - 1];
    const next = raw[index + 1];
    let shape = block.shape;
    if (shape?.kind === 'numbered' && inRun(raw, index)) shape = undefined;
    if (!shape && single && looksTitled(first) && (!previous || previous.shape || ENDS_SENTENCE.test(plain(previous.lines.at(-1)!.text))) && next && !next.shape) {
      shape = { kind: 'titled' };
    }
    if (shape) {
      const level = levelOf(shape, headingFloor, levels);
      const last = out.at(-1)?.block;
      // "BAB V" then "PENUTUP": one heading, as the chapter's title.
      if (last?.type === 'heading' && previous?.shape?.kind === 'chapter' && (shape.kind === 'upper' || shape.kind === 'titled') && /^\S+\s+\S+$/.test(last.text)) {
        last.text = `${last.text} ${first}`;
        levels.last[shape.kind] = last.level;
        levels.lastLevel = last.level;
        return;
      }
      inReferences = isReferencesHeading(first, list);
      out.push({ block: { type: 'heading', level, text: block.lines[0]!.text }, flags: [] });
      return;
    }
    if (inReferences) {
      for (const entry of referenceEntries(block.lines.map((l) => l.text))) {
        const { text, flags } = join(entry.map((t) => ({ ...block.lines[0]!, text: t })));
        out.push({ block: { type: 'paragraph', text, reference: true }, flags });
      }
      return;
    }
    const { text, flags } = join(block.lines);
    const item = listItem(plain(text));
    const caption = captionKind(plain(text), list);
    if (item && !caption) {
      out.push({ block: { type: 'item', marker: item.marker, text: text.slice(item.marker.length).trimStart() }, flags });
    } else {
      // A table keeps its rows as lines; a row that ends in a hyphen goes on, as the lines are joined.
      const rows = caption === 'table' ? block.lines.map((l) => l.text).reduce<string[]>((all, row) => (all.length > 0 && /[-\u2010\u00ad]$/.test(all.at(-1)!) ? [...all.slice(0, -1), `${all.at(-1)}${row}`] : [...all, row]), []) : [];
      out.push({ block: { type: 'paragraph', text, ...(caption ? { caption } : {}), ...(rows.length > 1 ? { lines: rows } : {}) }, flags });
    }
  });
  return { abstracts, abstractFlags, blocks: out, replacements };
}

/** A numbered line among numbered items ("1.", "2.", …): a list item, not a heading. */
function inRun(raw: readonly RawBlock[], index: number): boolean {
  const number = (i: number) => {
    const block = raw[i];
    if (!block) return undefined;
    const item = listItem(plain(block.lines[0]!.text));
    return item ? ordinal(item.marker) : undefined;
  };
  const own = number(index);
  if (own === undefined) return false;
  return number(index - 1) === own - 1 || number(index + 1) === own + 1;
}
