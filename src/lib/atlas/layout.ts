/**
 * Where an atlas keeps what is its own, the one place the engine knows the folder layout:
 *
 *     <atlas>/site.config.ts            identity, languages, kinds of work, collections, prose
 *     <atlas>/src/content/studies/      one .mdx file a study; the file name is its slug
 *     <atlas>/src/content/glossary/     one .mdx file a glossary entry; the file name is its id
 *     <atlas>/src/content/timeline.yaml dated events (optional)
 *     <atlas>/sources/seeds/            the raw source texts, as received (or as extracted, UTF-8)
 *     <atlas>/sources/received/         PDFs and non-UTF-8 texts as received, kept by the importer
 *     <atlas>/sources/corrections.json  the reviewed corrections of extraction artefacts
 *
 * The atlas is the project root unless `ATLAS_DIR` names another folder of the same layout.
 */
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

export interface AtlasLayout {
  /** The atlas folder, absolute. */
  root: string;
  configFile: string;
  studiesDir: string;
  glossaryDir: string;
  timelineFile: string;
  seedsDir: string;
  /** Where the importer keeps a file as received when the seed is its extracted or converted text. */
  receivedDir: string;
  correctionsFile: string;
}

export function atlasLayout(root: string): AtlasLayout {
  const absolute = resolve(root);
  return {
    root: absolute,
    configFile: join(absolute, 'site.config.ts'),
    studiesDir: join(absolute, 'src', 'content', 'studies'),
    glossaryDir: join(absolute, 'src', 'content', 'glossary'),
    timelineFile: join(absolute, 'src', 'content', 'timeline.yaml'),
    seedsDir: join(absolute, 'sources', 'seeds'),
    receivedDir: join(absolute, 'sources', 'received'),
    correctionsFile: join(absolute, 'sources', 'corrections.json'),
  };
}

/** The atlas folder: `ATLAS_DIR` (relative to the working folder) or the working folder itself. */
export function atlasRoot(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const dir = env.ATLAS_DIR?.trim();
  return dir ? resolve(cwd, dir) : resolve(cwd);
}

/** A path as messages show it: relative to the working folder when inside it, with `/`. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  const shown = rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
  return shown.split(sep).join('/');
}

/** For error hints: where the paths of an atlas outside the working folder are relative to. */
export function pathsNote(atlasRoot: string, cwd = process.cwd()): string {
  return resolve(atlasRoot) === resolve(cwd) ? '' : ` Paths are relative to the atlas folder ${displayPath(atlasRoot, cwd)}/ (ATLAS_DIR).`;
}
