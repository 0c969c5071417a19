/**
 * Two builds of the same commit give identical output (scripts/test.ts builds `dist/` and,
 * the same way, `dist-repeat/`). Known exceptions: none.
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
});
