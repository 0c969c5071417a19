/**
 * Headings the way theses and articles write them: "BAB V" or "Chapter 4", "1." and "4.1"
 * numbered titles, upper-case lines ("PENDAHULUAN"), "A." lettered titles, and short
 * title-case lines that stand alone. The kind decides the level (`levelHeadings`).
 */
import type { ImportVocabulary } from '../vocabulary/vocabulary.ts';

export type HeadingKind = 'chapter' | 'numbered' | 'upper' | 'lettered' | 'titled';

export interface HeadingShape {
  kind: HeadingKind;
  /** For numbered headings, how many numbers: "4.1" is 2. */
  depth?: number;
}

const MAX_WORDS = 12;
const ENDS_SENTENCE = /[.,;:!?]$/;

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** What kind of heading a line is, if it looks like one on its own; `titled` needs the caller's context. */
export function headingShape(text: string, vocabularies: readonly ImportVocabulary[]): HeadingShape | undefined {
  const chapterWords = vocabularies.flatMap((v) => v.chapter).map(escape);
  if (chapterWords.length > 0 && new RegExp(`^(?:${chapterWords.join('|')})\\s+(?:[IVXLC]+|\\d{1,2})\\b`, 'i').test(text) && words(text).length <= MAX_WORDS) {
    return { kind: 'chapter' };
  }
  const numbered = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(\S.*)$/.exec(text);
  if (numbered && !ENDS_SENTENCE.test(text) && words(numbered[2]!).length <= MAX_WORDS && /^\p{Lu}/u.test(numbered[2]!)) {
    return { kind: 'numbered', depth: numbered[1]!.split('.').length };
  }
  if (/^[A-H]\.\s+\p{Lu}/u.test(text) && !ENDS_SENTENCE.test(text) && words(text).length <= MAX_WORDS) return { kind: 'lettered' };
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 4 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters) && words(text).length <= MAX_WORDS && !/[.,;!?]$/.test(text)) {
    return { kind: 'upper' };
  }
  return undefined;
}

/** A short title-case line that may be a heading when it stands alone after a finished sentence. */
export function looksTitled(text: string): boolean {
  const all = words(text);
  if (all.length === 0 || all.length > 10 || ENDS_SENTENCE.test(text) || !/^\p{Lu}/u.test(text)) return false;
  const significant = all.filter((w) => w.replace(/[^\p{L}]/gu, '').length > 3);
  if (significant.length === 0) return all.length === 1;
  return significant.filter((w) => /^\p{Lu}/u.test(w)).length / significant.length >= 0.6;
}

export interface LevelState {
  chapter: boolean;
  /** Level of the last heading of each kind. */
  last: Partial<Record<HeadingKind, number>>;
  lastLevel?: number;
}

/** The level (3–6 for a floor of 3) of a heading, given those before it; updates `state`. */
export function levelOf(shape: HeadingShape, floor: number, state: LevelState): number {
  const cap = (level: number) => Math.min(6, Math.max(floor, level));
  let level: number;
  switch (shape.kind) {
    case 'chapter':
      level = floor;
      state.chapter = true;
      break;
    case 'numbered':
      level = floor + (shape.depth ?? 1) - 1 + (state.chapter && (shape.depth ?? 1) === 1 ? 1 : 0);
      break;
    case 'upper':
      level = state.chapter ? floor + 1 : floor;
      break;
    case 'lettered':
      level = (state.last.numbered ?? state.last.upper ?? state.last.chapter ?? floor - 1) + 1;
      break;
    case 'titled':
      level = (state.last.upper ?? state.last.numbered ?? state.last.chapter ?? state.last.lettered ?? floor - 1) + 1;
      if (state.lastLevel !== undefined && state.last.titled === state.lastLevel) level = state.lastLevel;
      break;
  }
  level = cap(level);
  state.last[shape.kind] = level;
  state.lastLevel = level;
  return level;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
