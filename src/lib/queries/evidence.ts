/** Links from a claim to the passage of the study it rests on, highlighted by a text fragment. */
import { evidenceKeys } from 'virtual:atlas';
import type { PassageRef } from '../checks/evidence-check.ts';
import { readEvidence, type StudyEvidence } from '../build/evidence-store.ts';
import { normalizeQuote } from '../util/passages.ts';

const read = new Map<string, StudyEvidence>();
/** Each quote is looked up by every page that shows it (both languages, the comparison): normalized once. */
const normalized = new Map<string, string>();

function evidenceOf(study: string): StudyEvidence | undefined {
  const key = evidenceKeys[study];
  if (!key) return undefined;
  let quotes = read.get(key);
  if (!quotes) {
    quotes = readEvidence(key);
    read.set(key, quotes);
  }
  return quotes;
}

/** The passage that holds a quote (the content check has made sure it exists). */
export function passageOf(study: string, quote: string): PassageRef {
  let key = normalized.get(quote);
  if (key === undefined) {
    key = normalizeQuote(quote);
    normalized.set(quote, key);
  }
  const passage = evidenceOf(study)?.[key];
  if (!passage) throw new Error(`No passage of "${study}" holds "${quote}": the content check should have stopped the build`);
  return passage;
}

/** `#p-…:~:text=…`: the passage, with the quoted words for browsers that highlight text fragments. */
export function passageFragment(study: string, quote: string): string {
  const passage = passageOf(study, quote);
  return `#${passage.id}${passage.fragment}`;
}
