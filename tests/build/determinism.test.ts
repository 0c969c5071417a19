/**
 * Two builds of the same commit give identical output (scripts/test.ts builds `dist/` and,
 * the same way, `dist-repeat/`). Known exceptions: none.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, root } from './site.ts';

function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return files;
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
