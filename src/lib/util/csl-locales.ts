/** CSL locale files, from the citeproc-locales package (en-US is built into citation-js). */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The file of a CSL locale such as "fr-FR"; undefined for en-US; throws when the package has none. */
export function cslLocaleFile(locale: string): string | undefined {
  if (locale === 'en-US') return undefined;
  return require.resolve(`citeproc-locales/locales/locales-${locale}.xml`);
}
