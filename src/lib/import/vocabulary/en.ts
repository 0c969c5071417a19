import type { ImportVocabulary } from './vocabulary.ts';

export default {
  iso6393: 'eng',
  abstract: ['Abstract', 'Summary'],
  keywords: ['Keywords', 'Key words', 'Keyword'],
  chapter: ['Chapter'],
  references: ['References', 'Bibliography', 'Works Cited', 'Reference List'],
  table: ['Table'],
  figure: ['Figure', 'Fig.', 'Chart', 'Graph', 'Diagram'],
} satisfies ImportVocabulary;
