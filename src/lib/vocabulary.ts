/** Closed vocabularies of the content model. Their labels live in `src/i18n/ui.ts`. */

export const studyKinds = [
  'journal-article',
  'undergraduate-thesis-abstract',
  'undergraduate-thesis-chapter',
] as const;

export type StudyKind = (typeof studyKinds)[number];

export const glossaryKinds = ['concept', 'actor', 'instrument'] as const;

export type GlossaryKind = (typeof glossaryKinds)[number];
