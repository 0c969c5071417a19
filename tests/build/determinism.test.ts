/**
 * Two builds of the same commit give identical output (scripts/test.ts builds `dist/` and,
 * the same way, `dist-repeat/`). The first starts with no build cache and the repeat reads the
 * entries the first builds kept (compiled MDX modules, citations, study bodies, built pages,
 * archive entries), so a cache that changed the output would fail here. Known exceptions: none.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkFiles } from '../../src/lib/util/walk-files.ts';
import { dist, root } from '../support/site.ts';

function tree(dir: string): Map<string, string> {
  return new Map(walkFiles(dir).map((path) => [relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex')]));
}

describe('deterministic builds', () => {
  it('a second build of the same sources is byte-for-byte the same', () => {
    const first = tree(dist);
    const second = tree(join(root, 'dist-repeat'));
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
    expect(first.size).toBeGreaterThan(10);
  });

  it('the repeat build read from the build cache what the first kept', () => {
    // scripts/test.ts keeps the repeat build's output; the after-build pass counts its pages.
    const log = readFileSync(join(root, 'dist-repeat.log'), 'utf8');
    const pages = /(\d+) pages read again from the build cache, (\d+) parsed/.exec(log);
    expect(pages, 'the repeat build says how many pages the build cache gave').not.toBeNull();
    expect(Number(pages![1])).toBeGreaterThan(10);
    expect(Number(pages![2])).toBe(0);
    const modules = /(\d+) MDX modules read again from the build cache, (\d+) compiled/.exec(log);
    expect(modules, 'the repeat build says how many compiled MDX modules the build cache gave').not.toBeNull();
    expect(Number(modules![1])).toBeGreaterThan(10);
    expect(Number(modules![2])).toBe(0);
  });
});
