/**
 * Tables and figures: a block that begins with a caption word and a number ("Tabel 1",
 * "Figure 2."). Their text is kept as the source has it; the draft flags them, since a table's
 * cells come out of a PDF as lines and a figure's image is not in the text at all.
 */
import type { ImportVocabulary } from '../vocabulary/vocabulary.ts';

export type CaptionKind = 'table' | 'figure';

export function captionKind(text: string, vocabularies: readonly ImportVocabulary[]): CaptionKind | undefined {
  const starts = (words: string[]) => words.some((word) => new RegExp(`^${word.replace(/[.]/g, '\\.')}\\s*\\d`, 'i').test(text));
  if (starts(vocabularies.flatMap((v) => v.table))) return 'table';
  if (starts(vocabularies.flatMap((v) => v.figure))) return 'figure';
  return undefined;
}
