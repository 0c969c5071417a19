/** Queries over the studies collection shared by pages. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { NOT_STATED, type Period, type Study } from './study-schema.ts';

export type StudyEntry = CollectionEntry<'studies'>;

/** All studies in a stable order: by source file name, the order the corpus was received in. */
export async function getStudies(): Promise<StudyEntry[]> {
  const studies = await getCollection('studies');
  return studies.sort((a, b) => a.data.source.file.localeCompare(b.data.source.file));
}

export function primaryPeriod(study: Study): Period | undefined {
  return study.periods === NOT_STATED ? undefined : study.periods.find((p) => p.primary);
}
