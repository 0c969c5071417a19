/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild` in `astro.config.mjs`): a
 * page that `getStaticPaths` returns with a `cacheKey` is copied from the last build instead of
 * rendered again when its key, its code and the bodies it renders are all unchanged. Astro
 * follows the code (the page's modules, `virtual:atlas` among them: the settings and the evidence
 * index) and the bodies; the key must follow the data the page reads from the collections.
 *
 * The key is deliberately wide: every collection's data and every study's frontmatter, plus the
 * engine, so a page is copied only when nothing it could show has changed; only another study's
 * body (which a study page, a page of the comparison or of the studies index never shows) is left out. An edit to a
 * study's text renders again that study's pages and the comparison's page that holds its
 * column, and copies the others.
 */
import { getCollection } from 'astro:content';
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { CACHE_ENV } from '../build/build-cache.ts';
import type { StudyEntry } from './studies.ts';

interface Entry {
  id: string;
  data: unknown;
  body?: string;
  digest?: string | number;
}

/** An entry's own digest (its file's), or a hash of what it holds. */
function digestOf(entry: Entry): string {
  return entry.digest !== undefined ? String(entry.digest) : createHash('sha256').update(JSON.stringify(entry.data)).update('\0').update(entry.body ?? '').digest('hex');
}

let shared: Promise<string> | undefined;

/** A hash of everything a page may show but a study's own text, computed once a build. */
export function sharedContentKey(): Promise<string> {
  shared ??= Promise.all([getCollection('glossary'), getCollection('glossaryTranslations'), getCollection('timeline'), getCollection('seeds'), getCollection('studies')]).then(
    ([glossary, translations, timeline, seeds, studies]) => {
      const hash = createHash('sha256');
      // The engine's code (the build cache's folder is named by its fingerprint): a changed engine renders every page.
      hash.update(`engine ${basename(process.env[CACHE_ENV] ?? '')}\n`);
      for (const [name, entries] of Object.entries({ glossary, translations, timeline, seeds })) {
        for (const entry of entries as Entry[]) hash.update(`${name} ${entry.id} ${digestOf(entry)}\n`);
      }
      for (const study of studies) hash.update(`study ${study.id} ${JSON.stringify(study.data)}\n`);
      return hash.digest('hex');
    },
  );
  return shared;
}

/** The key of a page that shows these studies (a study's page, a page of the comparison): what every page may show, and the studies' own files. */
export async function studiesPageKey(studies: readonly StudyEntry[]): Promise<string> {
  return [await sharedContentKey(), ...studies.map(digestOf)].join(':');
}
