/**
 * The words a source uses for its parts, per language: what the importer looks for to find
 * abstracts, keywords, chapters, reference lists, tables and figures. One file a language
 * (`vocabulary/<code>.ts`), like the interface dictionaries: the importer reads the files of
 * the atlas's languages and names none itself. A language without a file is imported with
 * the rules that need no words (headers, page numbers, lines, hyphens, numbered headings).
 */
export interface ImportVocabulary {
  /** The language's ISO 639-3 code, as the language detector (franc) names it. */
  iso6393: string;
  /** Headings of an abstract, e.g. "Abstract". */
  abstract: string[];
  /** Labels of a keyword line, e.g. "Keywords". */
  keywords: string[];
  /** The word before a chapter number, e.g. "Chapter" in "Chapter IV". */
  chapter: string[];
  /** Headings of a reference list. */
  references: string[];
  /** Words that begin a table's caption, e.g. "Table" in "Table 2. Cases by year". */
  table: string[];
  /** Words that begin a figure's caption. */
  figure: string[];
}

const loaded = new Map<string, Promise<ImportVocabulary | undefined>>();

/** The vocabulary of a language, or undefined when the importer has none for it. */
export function vocabularyOf(code: string): Promise<ImportVocabulary | undefined> {
  let vocabulary = loaded.get(code);
  if (!vocabulary) {
    vocabulary = /^[a-z]{2,3}$/.test(code)
      ? import(`./${code}.ts`).then((module: { default: ImportVocabulary }) => module.default).catch(() => undefined)
      : Promise.resolve(undefined);
    loaded.set(code, vocabulary);
  }
  return vocabulary;
}

/** The vocabularies of several languages, keyed by language code; those without one are left out. */
export async function vocabulariesOf(codes: readonly string[]): Promise<Map<string, ImportVocabulary>> {
  const entries = await Promise.all(codes.map(async (code) => [code, await vocabularyOf(code)] as const));
  return new Map(entries.filter((entry): entry is readonly [string, ImportVocabulary] => entry[1] !== undefined));
}
