import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CACHE_ENV } from '../../src/lib/build/build-cache.ts';
import { readEvidence, storeEvidence } from '../../src/lib/build/evidence-store.ts';
import type { EvidenceIndex } from '../../src/lib/checks/evidence-check.ts';

const passage = (id: string) => ({ id, lang: 'id', fragment: `:~:text=${id}`, n: 1, words: [0, 3] as [number, number] });

describe('the evidence index, one file per study', () => {
  let dir: string;
  let before: string | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'evidence-store-'));
    before = process.env[CACHE_ENV];
    process.env[CACHE_ENV] = dir;
  });
  afterEach(() => {
    if (before === undefined) delete process.env[CACHE_ENV];
    else process.env[CACHE_ENV] = before;
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads back what it stored, by study', () => {
    const index: EvidenceIndex = { a: { 'one quote': passage('p-1') }, b: { 'another quote': passage('p-2'), third: passage('p-3') } };
    const keys = storeEvidence(index);
    expect(Object.keys(keys)).toEqual(['a', 'b']);
    expect(readEvidence(keys.a!)).toEqual(index.a);
    expect(readEvidence(keys.b!)).toEqual(index.b);
  });

  it('keys a study by its index: the same index the same key, a changed index another', () => {
    const first = storeEvidence({ a: { q: passage('p-1') }, b: { q: passage('p-2') } });
    const again = storeEvidence({ a: { q: passage('p-1') }, b: { q: passage('p-9') } });
    expect(again.a).toBe(first.a);
    expect(again.b).not.toBe(first.b);
    expect(readEvidence(again.b!).q!.id).toBe('p-9');
    expect(readEvidence(first.b!).q!.id).toBe('p-2');
    expect(readdirSync(join(dir, 'evidence-index')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('stops with the reason when the build cache is not open', () => {
    delete process.env[CACHE_ENV];
    expect(() => storeEvidence({ a: {} })).toThrow(/ATLAS_BUILD_CACHE is not set/);
  });
});
