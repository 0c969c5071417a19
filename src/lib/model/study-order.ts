/** The atlas's order of its studies (`studies.order` in site.config.ts): by source file name, or by title in a language. */
import type { AtlasConfig } from './atlas-config.ts';
import { pick } from './localized-text.ts';
import type { Study } from './study-schema.ts';

export function compareStudies(config: AtlasConfig, locale: string): (a: Study, b: Study) => number {
  return config.studies.order === 'title'
    ? (a, b) => pick(a.title, locale).text.localeCompare(pick(b.title, locale).text, locale)
    : (a, b) => a.source.file.localeCompare(b.source.file);
}
