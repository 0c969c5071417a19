/**
 * A study file's text as its page would show it (abstracts, then the body), read from the file
 * itself: what the importer checks its draft with before writing it, as the content check does
 * for every draft (`draftPageText` in src/lib/checks/draft-fidelity.ts).
 */
import { parse as parseYaml } from 'yaml';
import { draftPageText } from '../checks/draft-fidelity.ts';
import type { Abstract } from '../model/study-schema.ts';

export function draftText(file: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(file);
  if (!match) throw new Error('not a study file: it has no frontmatter');
  const data = (parseYaml(match[1]!) ?? {}) as { abstracts?: Abstract[] };
  const text = draftPageText(data.abstracts ?? [], match[2]!, '');
  if (text === undefined) throw new Error('the draft is not valid MDX');
  return text;
}
