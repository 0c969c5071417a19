/**
 * The importer on fixture folders (tests/fixtures/import/<case>/): `input.txt` as received,
 * `expected.mdx` the draft it must write and `corrections.json` the corrections it must record,
 * with the project atlas's settings. Every draft must also carry every sentence of its source
 * once its corrections are applied. To accept a deliberate change of output, run with
 * UPDATE_IMPORT_FIXTURES=1 and review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../src/lib/atlas/load.ts';
import { cleanSource, sentences } from '../../src/lib/checks/fidelity.ts';
import { draftText } from '../../src/lib/import/draft-text.ts';
import { importStudy } from '../../src/lib/import/import-study.ts';
import { vocabulariesOf } from '../../src/lib/import/vocabulary/vocabulary.ts';
import { root } from '../support/site.ts';

const fixtures = join(root, 'tests/fixtures/import');
const update = process.env.UPDATE_IMPORT_FIXTURES === '1';

describe.each(readdirSync(fixtures).sort())('importing the fixture %s', (name) => {
  const folder = join(fixtures, name);
  it('writes the expected draft and corrections, and the draft carries every sentence of the source', async () => {
    const { config } = await loadAtlas(root);
    const result = await importStudy(
      { name: 'input.txt', bytes: new Uint8Array(readFileSync(join(folder, 'input.txt'))), seedFile: 'fixture.txt' },
      config,
      await vocabulariesOf(config.languages.known),
    );
    const corrections = `${JSON.stringify(result.corrections, null, 2)}\n`;
    if (update || !existsSync(join(folder, 'expected.mdx'))) {
      writeFileSync(join(folder, 'expected.mdx'), result.draft);
      writeFileSync(join(folder, 'corrections.json'), corrections);
    }
    expect(result.draft).toBe(readFileSync(join(folder, 'expected.mdx'), 'utf8'));
    expect(corrections).toBe(readFileSync(join(folder, 'corrections.json'), 'utf8'));
    const page = draftText(result.draft);
    const missing = sentences(cleanSource(result.sourceText, result.corrections).text).filter((s) => !page.includes(s));
    expect(missing).toEqual([]);
  });
});
