/**
 * Glosses of a source's headings in the reader's language, so that a reader who does not read
 * the source's language can find its introduction or its conclusion. A study's own glosses
 * (by the heading as written) come first, then the atlas's glosses of standard headings,
 * which match the heading without its numbering and whatever its case.
 */
import type { LocalizedText } from '../model/localized-text.ts';

/**
 * A heading without its numbering: a leading word followed by a numeral ("Chapter IV", "Part 2"),
 * then a section number ("4.1", "2.", "A.", "iv."): "CHAPTER V CONCLUSION" → "CONCLUSION".
 */
export function withoutNumbering(heading: string): string {
  return heading
    .trim()
    .replace(/^\p{L}+\s+(?:[IVXLCDM]+|\d+)\b[.:]?\s+/u, '')
    .replace(/^(?:(?:\d+\.)*\d+\.?|[A-Z]\.|[ivxlcdm]+\.)\s+/i, '')
    .trim();
}

const key = (text: string) => text.normalize('NFC').toLocaleLowerCase().replace(/\s+/g, ' ');

export interface HeadingGlosses {
  /** The atlas's glosses of standard headings, by the headings' language. */
  standard: Readonly<Record<string, Readonly<Record<string, LocalizedText>>>>;
  /** The study's glosses of its own headings, by the heading as written. */
  own: Readonly<Record<string, LocalizedText>>;
}

/** The gloss of a heading in `lang` (a language of the study's headings), or undefined. */
export function headingGloss(heading: string, lang: string, glosses: HeadingGlosses): LocalizedText | undefined {
  const own = glosses.own[heading.trim()];
  if (own) return own;
  const standard = glosses.standard[lang];
  if (!standard) return undefined;
  const wanted = key(withoutNumbering(heading));
  const found = Object.entries(standard).find(([source]) => key(source) === wanted);
  return found?.[1];
}
