/**
 * Results of pure functions of the content, kept between builds so that a build after a small
 * edit redoes only what the edit changed. Entries live in `node_modules/.cache/atlas/<engine>/`
 * (CI caches may keep the folder), one file per result, named by a hash of everything the result
 * depends on; `<engine>` is a hash of the engine's own code and locked dependencies, so a changed
 * engine never reads a result of the old one. A cache only saves time, never changes output: a
 * missing or unreadable entry is computed again, and entries are written whole (a temporary file
 * renamed), so two builds at once cannot read half an entry.
 *
 * `astro.config.mjs` opens the cache and names its folder in `ATLAS_BUILD_CACHE`, the one channel
 * that reaches both the integrations and the bundled page code of the same build. Without it
 * (unit tests, scripts) nothing is kept on disk.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { walkFiles } from '../util/walk-files.ts';

export const CACHE_ENV = 'ATLAS_BUILD_CACHE';

/** The folder that holds every engine's cache, in a project. */
export const cacheRoot = (projectRoot: string) => join(projectRoot, 'node_modules', '.cache', 'atlas');

/**
 * A hash of the engine: every file of its source folder (with their paths) but the content of the
 * project's own atlas (`src/content/`), its configuration and its lockfile. Content and settings
 * of an atlas are not part of it: the entries' own keys hold what each result depends on.
 */
export function engineFingerprint(projectRoot: string, files: readonly string[] = ['astro.config.mjs', 'package-lock.json']): string {
  const hash = createHash('sha256');
  const source = join(projectRoot, 'src');
  const content = join(source, 'content');
  for (const file of walkFiles(source).filter((path) => !path.startsWith(`${content}${sep}`))) hash.update(`${relative(source, file).split(sep).join('/')}\n`).update(readFileSync(file));
  for (const name of files) {
    hash.update(`${name}\n`);
    try {
      hash.update(readFileSync(join(projectRoot, name)));
    } catch {
      // A project without a lockfile is still fingerprinted by its code.
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Opens the cache of this engine in a project: creates its folder, removes the folders of other
 * engine versions (never read again), and names it in `ATLAS_BUILD_CACHE` for this process.
 */
export function openBuildCache(projectRoot: string): string {
  const root = cacheRoot(projectRoot);
  const dir = join(root, engineFingerprint(projectRoot));
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(root)) if (join(root, name) !== dir) rmSync(join(root, name), { recursive: true, force: true });
  process.env[CACHE_ENV] = dir;
  return dir;
}

/**
 * Writes a file whole: a temporary file renamed into place, so that a reader (another build at
 * the same time) never sees half of it. Throws when it cannot; the temporary file is removed.
 */
export function writeWhole(file: string, value: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, value);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** A hash of a result's inputs, as the key of its entry. */
export function cacheKey(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(typeof part === 'string' ? part : Buffer.from(part.buffer, part.byteOffset, part.byteLength)).update('\0');
  return hash.digest('hex');
}

export interface BuildCache {
  /** The entry stored under `key`, or undefined. */
  get(key: string): Buffer | undefined;
  /** Whether an entry is stored under `key` (without reading it). */
  has(key: string): boolean;
  /** Stores an entry; false when it could not be written. */
  set(key: string, value: string | Uint8Array): boolean;
}

/** One kind of result (`name`: its own subfolder), or undefined when no cache is open in this process. */
export function buildCache(name: string): BuildCache | undefined {
  const root = process.env[CACHE_ENV];
  if (!root) return undefined;
  const dir = join(root, name);
  const fileOf = (key: string) => join(dir, key.slice(0, 2), key);
  return {
    get(key) {
      try {
        return readFileSync(fileOf(key));
      } catch {
        return undefined;
      }
    },
    has(key) {
      return existsSync(fileOf(key));
    },
    set(key, value) {
      try {
        writeWhole(fileOf(key), value);
        return true;
      } catch {
        // A cache that cannot be written costs time on the next build, nothing else.
        return false;
      }
    },
  };
}

/** A JSON result stored under `key`, or undefined when there is none or it cannot be read. */
export function readCachedJson<T>(cache: BuildCache | undefined, key: string): T | undefined {
  const hit = cache?.get(key);
  if (!hit) return undefined;
  try {
    return JSON.parse(hit.toString('utf8')) as T;
  } catch {
    // An unreadable entry is computed again.
    return undefined;
  }
}

/** A JSON result cached under a hash of its inputs: computed and stored when not there. */
export function cachedJson<T>(cache: BuildCache | undefined, key: string, compute: () => T): T {
  const hit = readCachedJson<T>(cache, key);
  if (hit !== undefined) return hit;
  const value = compute();
  cache?.set(key, JSON.stringify(value));
  return value;
}
