/** Queries over the studies collection shared by pages. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { pick } from '../model/localized-text.ts';
import { NOT_STATED, type Period, type Study } from '../model/study-schema.ts';
import { config } from './context.ts';

export type StudyEntry = CollectionEntry<'studies'>;

const sorted = new Map<string, Promise<StudyEntry[]>>();

/**
 * All studies in the atlas's order (`studies.order` in site.config.ts): by source file name,
 * the order the sources were received in, or by title in the reader's language.
 */
export function getStudies(locale = config.languages.interface[0]!): Promise<StudyEntry[]> {
  const key = config.studies.order === 'title' ? locale : '';
  let studies = sorted.get(key);
  if (!studies) {
    studies = getCollection('studies').then((entries) =>
      config.studies.order === 'title'
        ? entries.sort((a, b) => pick(a.data.title, locale).text.localeCompare(pick(b.data.title, locale).text, locale))
        : entries.sort((a, b) => a.data.source.file.localeCompare(b.data.source.file)),
    );
    sorted.set(key, studies);
  }
  return studies;
}

export function primaryPeriod(study: Study): Period | undefined {
  return study.periods === NOT_STATED ? undefined : study.periods.find((p) => p.primary);
}
