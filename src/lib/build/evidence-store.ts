/**
 * The evidence index, one file per study, beside the build cache (`build-cache.ts`), instead of in
 * the code Vite builds. As a module it grew with the corpus (18 MB of JSON at 1,000 studies),
 * and Vite evaluated it while syncing the content, bundled it, and evaluated it again to render:
 * about 10 s of a cold build there. Now the module holds a key per study (a hash of its index),
 * and a page reads the files of the studies it quotes, once per build.
 *
 * Unlike cache entries, these files must exist: they are written (when not already there, under
 * the hash of their content) each time the atlas is loaded, and a file that cannot be written or
 * read stops the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvidenceIndex, PassageRef } from '../checks/evidence-check.ts';
import { CACHE_ENV, cacheKey, writeWhole } from './build-cache.ts';

/** One study's quotes (normalized) → the passage that holds each. */
export type StudyEvidence = Record<string, PassageRef>;

function folder(): string {
  const root = process.env[CACHE_ENV];
  if (!root) throw new Error(`The evidence index has no folder: ${CACHE_ENV} is not set (astro.config.mjs sets it by opening the build cache)`);
  return join(root, 'evidence-index');
}

/** Writes each study's index; returns study slug → the key its file is read by. */
export function storeEvidence(index: EvidenceIndex): Record<string, string> {
  const dir = folder();
  const keys: Record<string, string> = {};
  for (const [study, quotes] of Object.entries(index)) {
    const json = JSON.stringify(quotes);
    const key = cacheKey(json).slice(0, 24);
    const file = join(dir, `${key}.json`);
    if (!existsSync(file)) writeWhole(file, json);
    keys[study] = key;
  }
  return keys;
}

/** The index of one study, by the key `storeEvidence` gave it. */
export function readEvidence(key: string): StudyEvidence {
  return JSON.parse(readFileSync(join(folder(), `${key}.json`), 'utf8')) as StudyEvidence;
}
