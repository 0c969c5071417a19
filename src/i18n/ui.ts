/**
 * The interface dictionaries, one file per language (`en.ts`, `id.ts`, …), and the lookup
 * every page, component and browser script uses with an explicit locale: `t(locale)`. A language
 * is an interface language of an atlas only if it has a dictionary here.
 */
import * as en from './en.ts';
import * as id from './id.ts';

export type { OfflineStrings, SearchStrings, Ui } from './en.ts';

const dictionaries: Record<string, typeof en> = { en, id };

/** The interface languages the engine has dictionaries for. */
export const interfaceLanguages = Object.keys(dictionaries);

export function hasDictionary(locale: string): boolean {
  return locale in dictionaries;
}

function dictionary(locale: string): typeof en {
  const found = dictionaries[locale];
  if (!found) throw new Error(`No interface dictionary for "${locale}": add src/i18n/${locale}.ts (the shape of src/i18n/en.ts) and register it in src/i18n/ui.ts`);
  return found;
}

/** The page and component strings in `locale`. */
export function t(locale: string): typeof en.ui {
  return dictionary(locale).ui;
}

/** The search interface's strings in `locale` (bundled into the browser script). */
export function searchStrings(locale: string): typeof en.search {
  return dictionary(locale).search;
}

/** The offline status's strings in `locale` (bundled into the browser script). */
export function offlineStrings(locale: string): typeof en.offline {
  return dictionary(locale).offline;
}
