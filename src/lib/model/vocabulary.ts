/** Closed vocabularies of the content model, the same for every atlas. Their labels live in `src/i18n/`. */

export const glossaryKinds = ['concept', 'actor', 'instrument'] as const;

export type GlossaryKind = (typeof glossaryKinds)[number];

/** The fields of a study's overview, in the order a page shows them. */
export const OVERVIEW_FIELDS = ['summary', 'question', 'framework', 'method', 'findings', 'challenges', 'recommendations'] as const;

export type OverviewField = (typeof OVERVIEW_FIELDS)[number];

/** Overview fields that are lists of items; the others are one paragraph. */
export const OVERVIEW_LIST_FIELDS = ['findings', 'challenges', 'recommendations'] as const satisfies readonly OverviewField[];

export const timelineKinds = ['instrument', 'law', 'programme', 'report', 'ranking', 'incident', 'institution', 'ratification', 'agreement', 'statistic'] as const;

export type TimelineKind = (typeof timelineKinds)[number];
