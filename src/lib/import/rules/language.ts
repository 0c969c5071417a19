/**
 * The language of a block of text, among the atlas's languages that have an importer
 * vocabulary (franc, a trigram detector, limited to those). Undefined when the text is too short
 * or unclear.
 */
import { franc } from 'franc-min';
import type { ImportVocabulary } from '../vocabulary/vocabulary.ts';

export function languageOf(text: string, vocabularies: ReadonlyMap<string, ImportVocabulary>): string | undefined {
  const byIso = new Map([...vocabularies].map(([code, v]) => [v.iso6393, code]));
  if (byIso.size === 0 || text.length < 40) return byIso.size === 1 && text.length >= 40 ? [...byIso.values()][0] : undefined;
  if (byIso.size === 1) return [...byIso.values()][0];
  return byIso.get(franc(text, { only: [...byIso.keys()], minLength: 40 }));
}
