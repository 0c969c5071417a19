/**
 * Abstract and keyword blocks: a line that is an abstract heading ("Abstrak", "ABSTRACT"),
 * the paragraphs under it, and a keyword line ("Kata kunci: a; b"). The study page shows
 * abstracts first, each with its heading and keyword line, so they move to the frontmatter
 * only when the page will then read exactly as the source (the keyword line written as
 * `label: a; b; c`); otherwise the keyword line stays a paragraph of its abstract.
 */
import type { Replacement } from '../source-lines.ts';
import type { ImportVocabulary } from '../vocabulary/vocabulary.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The language of an abstract heading line, if the line is one (the heading alone, optionally with a colon). */
export function abstractHeading(text: string, vocabularies: ReadonlyMap<string, ImportVocabulary>): string | undefined {
  for (const [code, vocabulary] of vocabularies) {
    if (vocabulary.abstract.some((word) => new RegExp(`^${escape(word)}\\s*$`, 'i').test(text))) return code;
  }
  return undefined;
}

export interface KeywordLine {
  label: string;
  keywords: string[];
  /** The language whose label it is. */
  lang: string;
  /** Whether `label: k1; k2` is exactly the source's line (or is, with the recorded replacement), so the page can write it so. */
  exact: boolean;
  /** Keywords separated by commas: the change to semicolons, for sources/corrections.json. */
  replacement?: Replacement;
}

export const KEYWORDS_BY_COMMA = 'keywords the source separates by commas, which the page lists separated by semicolons';

/** A keyword line: one of the vocabularies' labels, a colon, then the keywords. */
export function keywordLine(text: string, vocabularies: ReadonlyMap<string, ImportVocabulary>): KeywordLine | undefined {
  for (const [lang, vocabulary] of vocabularies) {
    for (const word of vocabulary.keywords) {
      const match = new RegExp(`^(${escape(word)})(\\s*):\\s*(\\S.*)$`, 'i').exec(text);
      if (!match) continue;
      const rest = match[3]!;
      // The page writes keywords "a; b; c": keywords separated by commas are a recorded change.
      const byComma = !rest.includes(';') && rest.includes(',');
      const keywords = rest.split(byComma ? /\s*,\s*/ : /\s*;\s*/).filter(Boolean);
      const written = `${match[1]}: ${keywords.join('; ')}`;
      const exact = match[2] === '' && (byComma ? `${match[1]}: ${keywords.join(', ')}` === text : written === text);
      return { label: match[1]!, keywords, lang, exact, ...(byComma && exact ? { replacement: { find: rest, replace: keywords.join('; '), reason: KEYWORDS_BY_COMMA } } : {}) };
    }
  }
  return undefined;
}
