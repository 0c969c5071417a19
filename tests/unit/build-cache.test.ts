/**
 * The build cache keeps results between builds and must never change what a build writes: a
 * result is found only under the hash of its inputs, an entry that cannot be read is computed
 * again, and archive entries replayed from it give the same bytes as compressing afresh.
 */
import { unzipSync } from 'fflate';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCache, CACHE_ENV, cachedJson, cacheKey, cacheRoot, engineFingerprint, openBuildCache } from '../../src/lib/build/build-cache.ts';
import { DownloadArchive, deflateEntry, packEntry, unpackEntry } from '../../src/lib/build/download.ts';
import { loadAtlas } from '../../src/lib/atlas/load.ts';
import { checkContent } from '../../src/lib/checks/content-check.ts';

let project: string;
let before: string | undefined;

beforeEach(() => {
  before = process.env[CACHE_ENV];
  project = mkdtempSync(join(tmpdir(), 'atlas-cache-'));
  mkdirSync(join(project, 'src', 'lib'), { recursive: true });
  mkdirSync(join(project, 'src', 'content', 'studies'), { recursive: true });
  writeFileSync(join(project, 'src', 'lib', 'engine.ts'), 'export const x = 1;\n');
  writeFileSync(join(project, 'src', 'content', 'studies', 'a.mdx'), 'a study\n');
  writeFileSync(join(project, 'package-lock.json'), '{}\n');
});

afterEach(() => {
  if (before === undefined) delete process.env[CACHE_ENV];
  else process.env[CACHE_ENV] = before;
  rmSync(project, { recursive: true, force: true });
});

describe('the build cache', () => {
  it('is not used when no build opened it', () => {
    delete process.env[CACHE_ENV];
    expect(buildCache('anything')).toBeUndefined();
    let calls = 0;
    expect(cachedJson(undefined, cacheKey('x'), () => ++calls)).toBe(1);
    expect(cachedJson(undefined, cacheKey('x'), () => ++calls)).toBe(2);
  });

  it('computes a result once and reads it again under the same inputs only', () => {
    openBuildCache(project);
    const cache = buildCache('results');
    let calls = 0;
    const compute = () => ({ n: ++calls });
    expect(cachedJson(cache, cacheKey('input', 'one'), compute)).toEqual({ n: 1 });
    expect(cachedJson(buildCache('results'), cacheKey('input', 'one'), compute)).toEqual({ n: 1 });
    expect(cachedJson(cache, cacheKey('input', 'two'), compute)).toEqual({ n: 2 });
    // The parts of a key are kept apart: "ab" + "c" is not "a" + "bc".
    expect(cacheKey('ab', 'c')).not.toBe(cacheKey('a', 'bc'));
    expect(calls).toBe(2);
  });

  it('computes again when an entry cannot be read', () => {
    const dir = openBuildCache(project);
    const cache = buildCache('results')!;
    const key = cacheKey('input');
    cache.set(key, '{"n":');
    expect(existsSync(join(dir, 'results', key.slice(0, 2), key))).toBe(true);
    expect(cachedJson(cache, key, () => ({ n: 7 }))).toEqual({ n: 7 });
    expect(JSON.parse(cache.get(key)!.toString('utf8'))).toEqual({ n: 7 });
  });

  it('belongs to one version of the engine: a changed engine file opens a new cache and removes the old one', () => {
    const first = openBuildCache(project);
    buildCache('results')!.set(cacheKey('x'), '1');
    writeFileSync(join(project, 'src', 'lib', 'engine.ts'), 'export const x = 2;\n');
    const second = openBuildCache(project);
    expect(second).not.toBe(first);
    expect(readdirSync(cacheRoot(project))).toEqual([second.split(/[\\/]/).at(-1)]);
    expect(buildCache('results')!.get(cacheKey('x'))).toBeUndefined();
  });

  it('is not renewed by an edit to the content of the project’s atlas', () => {
    const fingerprint = engineFingerprint(project);
    writeFileSync(join(project, 'src', 'content', 'studies', 'a.mdx'), 'a study, edited\n');
    expect(engineFingerprint(project)).toBe(fingerprint);
    writeFileSync(join(project, 'package-lock.json'), '{"lockfileVersion":3}\n');
    expect(engineFingerprint(project)).not.toBe(fingerprint);
  });
});

describe('the evidence check with the cache', () => {
  it('finds every quote where it found it without the cache, and reads it back on the next check', { timeout: 60_000 }, async () => {
    const atlas = await loadAtlas(resolve(import.meta.dirname, '../..'));
    delete process.env[CACHE_ENV];
    const fresh = checkContent(atlas).evidence;
    const dir = openBuildCache(project);
    const first = checkContent(atlas).evidence;
    const kept = readdirSync(join(dir, 'evidence'), { recursive: true }).length;
    expect(kept).toBeGreaterThan(0);
    const second = checkContent(atlas).evidence;
    expect(first).toEqual(fresh);
    expect(second).toEqual(fresh);
    expect(readdirSync(join(dir, 'evidence'), { recursive: true }).length).toBe(kept);
  });
});

describe('archive entries kept in the cache', () => {
  const files: [string, string][] = [
    ['index.html', '<!doctype html><title>A</title><p>Some text, some text, some text.</p>'],
    ['studies/a/index.html', 'x'.repeat(100_000)],
    ['empty.txt', ''],
  ];
  it('give the same archive, byte for byte, as compressing each entry afresh, and it unpacks to the same files', () => {
    const out = mkdtempSync(join(tmpdir(), 'atlas-zip-'));
    try {
      const replayed = new DownloadArchive(join(out, 'replayed.zip'), 'top');
      for (const [path, text] of files) replayed.addDeflated(path, unpackEntry(packEntry(deflateEntry(text))));
      replayed.finish();
      const fresh = new DownloadArchive(join(out, 'fresh.zip'), 'top');
      for (const [path, text] of files) fresh.add(path, text);
      fresh.finish();
      const written = readFileSync(join(out, 'replayed.zip'));
      expect(Buffer.compare(written, readFileSync(join(out, 'fresh.zip')))).toBe(0);
      const unpacked = unzipSync(new Uint8Array(written));
      expect(Object.keys(unpacked)).toEqual(files.map(([path]) => `top/${path}`));
      for (const [path, text] of files) expect(new TextDecoder().decode(unpacked[`top/${path}`])).toBe(text);
      // Every entry dated the same fixed day, so that two builds give the same bytes.
      const dates = [...written.toString('latin1').matchAll(/PK\x03\x04/g)].map((match) => written.readUInt32LE(match.index + 10));
      expect(new Set(dates).size).toBe(1);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
