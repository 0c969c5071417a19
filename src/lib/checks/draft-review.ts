/**
 * What each draft leaves to review, by slug, as the content check found it: the dev server's
 * draft pages list it in their banner, and the build prints it.
 */
import type { CheckResult } from './content-check.ts';
import { reviewsOf } from './problems.ts';
import type { ReviewItem } from './review-items.ts';

export interface DraftReview {
  /** The draft's file, as messages name it. */
  file: string;
  items: ReviewItem[];
}

export function draftReviews(check: Pick<CheckResult, 'drafts' | 'problems'>): Record<string, DraftReview> {
  const reviews = reviewsOf(check.problems);
  return Object.fromEntries(
    check.drafts.map((draft) => [
      draft.slug,
      { file: draft.file, items: reviews.filter((p) => p.file === draft.file).map((p) => ({ field: p.field, line: p.line, text: p.message })) },
    ]),
  );
}
