/** Queries over the studies collection shared by pages. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { drafts } from 'virtual:atlas';
import type { DraftReview } from '../checks/draft-review.ts';
import { compareStudies } from '../model/study-order.ts';
import { NOT_STATED, type Period, type Study } from '../model/study-schema.ts';
import { config } from './context.ts';

export type StudyEntry = CollectionEntry<'studies'>;

const sorted = new Map<string, Promise<StudyEntry[]>>();

/**
 * All published studies (never a draft) in the atlas's order (`studies.order` in
 * site.config.ts): by source file name, the order the sources were received in, or by title in
 * the reader's language.
 */
export function getStudies(locale = config.languages.interface[0]!): Promise<StudyEntry[]> {
  const key = config.studies.order === 'title' ? locale : '';
  let studies = sorted.get(key);
  if (!studies) {
    const compare = compareStudies(config, locale);
    studies = getCollection('studies', (entry) => !entry.data.draft).then((entries) => entries.sort((a, b) => compare(a.data, b.data)));
    sorted.set(key, studies);
  }
  return studies;
}

/** The drafts (`draft: true`), on the dev server only: a build publishes none. */
export async function getDraftStudies(): Promise<StudyEntry[]> {
  if (!import.meta.env.DEV) return [];
  // A build run with NODE_ENV other than "production" (under a test runner) is DEV too: only the
  // dev server hands the pages the drafts' reviews (`virtual:atlas`).
  return getCollection('studies', (entry) => entry.data.draft && entry.id in drafts);
}

/** What a draft leaves to review (known on the dev server only). */
export function draftReviewOf(slug: string): DraftReview | undefined {
  return drafts[slug];
}

export function primaryPeriod(study: Study): Period | undefined {
  return study.periods === NOT_STATED ? undefined : study.periods.find((p) => p.primary);
}
