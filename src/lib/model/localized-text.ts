/**
 * Text keyed by language: `title: { id: "…", en: "…" }`. The keys are the atlas's language
 * codes (`site.config.ts`, `languages`); the required languages must be present, the others
 * may be. Pages pick the reader's interface language and mark a fallback with its own `lang`.
 */
import { z } from 'astro/zod';

/** One text in several languages, keyed by language code. */
export type LocalizedText = Readonly<Record<string, string>>;

export interface TextLanguages {
  /** Every language a text may be written in. */
  known: readonly string[];
  /** Languages every text must have. */
  required: readonly string[];
}

/** A non-empty string, trimmed, with an error that names the field and gives an example. */
export const nonEmpty = (field: string, example: string) =>
  z
    .string({ error: `${field} must be text, for example ${example}` })
    .trim()
    .min(1, { error: `${field} is empty: write ${example}, or leave the field out if the source does not state it` });

/**
 * The zod type of a keyed text field: an object with one key per language,
 * `{ en: "Human security", id: "Keamanan manusia" }`.
 */
export function localizedText(languages: TextLanguages, field: string, example: string) {
  const shape = Object.fromEntries(
    languages.known.map((code) => {
      const text = nonEmpty(`${field}.${code}`, example);
      return [code, languages.required.includes(code) ? text : text.optional()];
    }),
  );
  const keys = languages.known.map((code) => `"${code}"`).join(', ');
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        return `${issue.keys.map((k) => `"${k}"`).join(', ')} is not a language of this atlas: the languages are ${keys} (site.config.ts, languages)`;
      }
      if (issue.code === 'invalid_type') {
        return `${field} is text keyed by language, for example ${field}: { ${languages.required[0] ?? languages.known[0]}: ${example} }`;
      }
      return undefined;
    },
  }) as unknown as z.ZodType<LocalizedText>;
}

export interface Picked {
  text: string;
  /** The language of the text picked: the one asked for, or a fallback. */
  lang: string;
}

/**
 * The text in `locale`, or, when it has none, in the first of `fallbacks` it has (then in any
 * language it has). A keyed text always has its required languages, so this always finds one.
 */
export function pick(text: LocalizedText, locale: string, fallbacks: readonly string[] = []): Picked {
  const { value, lang } = pickEntry(text, locale, fallbacks);
  return { text: value, lang };
}

/** Like `pick`, for anything keyed by language (an overview, a list of notes). */
export function pickEntry<T>(values: Readonly<Record<string, T>>, locale: string, fallbacks: readonly string[] = []): { value: T; lang: string } {
  for (const lang of [locale, ...fallbacks, ...Object.keys(values)]) {
    const value = values[lang];
    if (value !== undefined) return { value, lang };
  }
  throw new Error('A text keyed by language has no language at all: the schema should have refused it');
}
