/**
 * Reference lists, kept as text under their heading: one paragraph per entry. Inside the list a
 * line starts a new entry when the line before ends one (a full stop or an address) and it
 * begins as entries do (a capital letter, a bracket or a digit).
 */
import type { ImportVocabulary } from '../vocabulary/vocabulary.ts';

export function isReferencesHeading(text: string, vocabularies: readonly ImportVocabulary[]): boolean {
  const title = text.replace(/^(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-H]\.)\s+/, '').trim();
  return vocabularies.some((v) => v.references.some((word) => word.toLowerCase() === title.toLowerCase()));
}

/** Splits a block of reference lines into entries, each a list of lines. */
export function referenceEntries(lines: readonly string[]): string[][] {
  const entries: string[][] = [];
  for (const line of lines) {
    const previous = entries.at(-1)?.at(-1);
    const ended = previous === undefined || /(?:\.|\/\S*|\d{4}\))$/.test(previous);
    if (ended && /^(?:\p{Lu}|\[|\d)/u.test(line)) entries.push([line]);
    else entries.at(-1)!.push(line);
  }
  return entries;
}
