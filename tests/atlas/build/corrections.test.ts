/** The project's own corrections list covers every source text, and nothing else. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CorrectionsFile } from '../../../src/lib/checks/fidelity.ts';
import { root } from '../../support/site.ts';

describe('the reviewed corrections', () => {
  it('has an entry for every seed and no entry for a file that is not a seed', () => {
    const corrections = JSON.parse(readFileSync(join(root, 'sources/corrections.json'), 'utf8')) as CorrectionsFile;
    const seeds = readdirSync(join(root, 'sources/seeds')).filter((name) => name.endsWith('.txt')).sort();
    expect(Object.keys(corrections.files).sort()).toEqual(seeds);
  });
});
