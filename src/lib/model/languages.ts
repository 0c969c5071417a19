/**
 * Language codes and their names. Names come from `Intl.DisplayNames` in the reader's
 * interface language, never from a list in the code.
 */
import { z } from 'astro/zod';

/** A BCP 47 primary language subtag, optionally with a region: `fr`, `en`, `en-GB`. */
const CODE = /^[a-z]{2,3}(?:-[A-Z]{2})?$/;

/** True when `code` is well formed and names a language `Intl` knows. */
export function isKnownLanguage(code: string): boolean {
  if (!CODE.test(code)) return false;
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(code);
    return name !== undefined;
  } catch {
    return false;
  }
}

/** The name of `code` in the language `inLanguage`: (`fr`, `en`) → "French"; the code itself when unknown. */
export function languageName(code: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "English or French", in `inLanguage`. */
export function languageList(codes: readonly string[], inLanguage: string, type: 'conjunction' | 'disjunction'): string {
  return new Intl.ListFormat(inLanguage, { type }).format(codes.map((code) => languageName(code, inLanguage)));
}

/** The zod type of one language code, with an error that says what to write. */
export const languageCode = z.string({ error: 'a language is a code such as "en" or "fr" (BCP 47)' }).refine(isKnownLanguage, {
  error: (issue) => `"${String(issue.input)}" is not a language code: write a BCP 47 code such as "en" (English) or "fr" (French)`,
});
