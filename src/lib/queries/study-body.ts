/**
 * A study's compiled text, for its pages: from the build cache (where the worker that compiles
 * the texts ahead puts them, `src/lib/build/study-bodies-ahead.ts`, and where a page puts one it
 * compiled), else compiled here; the result is the same wherever it comes from.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { studyTextInputs } from 'virtual:atlas';
import { buildCache, readCachedJson } from '../build/build-cache.ts';
import { countStudyBodyHere, STUDY_BODIES_CACHE, takeStudyBodyAhead } from '../build/study-bodies-ahead.ts';
import { studyBodyCompiler, studyBodyKey, type CompiledBody } from '../build/study-body.ts';
import type { StudyEntry } from './studies.ts';

let compile: ReturnType<typeof studyBodyCompiler> | undefined;

/** Whether a study's text is compiled by the engine (an MDX file) rather than rendered by its loader. */
export const hasCompiledBody = (entry: StudyEntry) => entry.filePath?.endsWith('.mdx') === true;

export async function studyBody(entry: StudyEntry): Promise<CompiledBody> {
  const path = `${studyTextInputs.studiesDir}/${basename(entry.filePath!)}`;
  const text = readFileSync(path, 'utf8');
  const key = studyBodyKey(studyTextInputs, path, text);
  // Whether the worker compiled it or not, a text in the build cache is read from there.
  await takeStudyBodyAhead(key)?.catch(() => undefined);
  const cache = buildCache(STUDY_BODIES_CACHE);
  const cached = readCachedJson<CompiledBody>(cache, key);
  if (cached) return cached;
  compile ??= studyBodyCompiler(studyTextInputs);
  const body = await compile(path, text);
  countStudyBodyHere();
  cache?.set(key, JSON.stringify(body));
  return body;
}
