/** Links from a claim to the passage of the study it rests on, highlighted by a text fragment. */
import { evidence } from 'virtual:atlas';
import type { PassageRef } from '../checks/evidence-check.ts';
import { normalizeQuote } from '../util/passages.ts';

/** The passage that holds a quote (the content check has made sure it exists). */
export function passageOf(study: string, quote: string): PassageRef {
  const passage = evidence[study]?.[normalizeQuote(quote)];
  if (!passage) throw new Error(`No passage of "${study}" holds "${quote}": the content check should have stopped the build`);
  return passage;
}

/** `#p-…:~:text=…`: the passage, with the quoted words for browsers that highlight text fragments. */
export function passageFragment(study: string, quote: string): string {
  const passage = passageOf(study, quote);
  return `#${passage.id}${passage.fragment}`;
}
