/**
 * The content check on fixture folders: each `tests/fixtures/content/<case>/studies/` holds
 * study files and `expected.txt` the exact report the build prints for them. The cases are
 * checked with the settings and source texts of the project's own atlas (its kinds and glossary
 * lists are what the messages name), with the fixture's folders in place of its studies, and its
 * own glossary and timeline where it has them (else a small shared glossary,
 * `tests/fixtures/content-glossary/`).
 * Run `UPDATE_FIXTURES=1 npx vitest run --project unit` to rewrite `expected.txt` after a
 * deliberate change of wording, then review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../src/lib/atlas/load.ts';
import type { AtlasConfig } from '../../src/lib/model/atlas-config.ts';
import { checkContent, errorsOf, formatProblems } from '../../src/lib/checks/content-check.ts';

const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures/content');
const atlas = await loadAtlas(root);

/** A fixture may bring its own glossary; without one it is checked against a small shared one (`content-glossary/`). */
const ownGlossary = (name: string) => existsSync(join(fixtures, name, 'glossary'));
const sharedGlossary = join(root, 'tests/fixtures/content-glossary');

/**
 * The fixtures are written in the first interface language only: they are checked as an atlas
 * with that one language (the translation warnings have their own test below).
 */
const oneLanguage: AtlasConfig = { ...atlas.config, languages: { ...atlas.config.languages, interface: atlas.config.languages.interface.slice(0, 1) } };

function check(name: string, config: AtlasConfig = oneLanguage) {
  const folder = join(fixtures, name);
  return checkContent({
    config,
    layout: {
      ...atlas.layout,
      studiesDir: join(folder, 'studies'),
      glossaryDir: ownGlossary(name) ? join(folder, 'glossary') : sharedGlossary,
      // The atlas's timeline quotes its own studies; fixtures have their own.
      timelineFile: join(folder, 'timeline.yaml'),
    },
  });
}

describe('content check on broken fixtures', () => {
  for (const name of readdirSync(fixtures).sort()) {
    it(`${name}: reports exactly expected.txt`, () => {
      // Against the shared glossary, a fixture study may leave an entry unmentioned: compare errors only.
      const all = check(name).problems;
      const problems = ownGlossary(name) ? all : errorsOf(all);
      const actual = formatProblems(problems);
      const expectedPath = join(fixtures, name, 'expected.txt');
      if (process.env.UPDATE_FIXTURES) writeFileSync(expectedPath, actual === '' ? '' : `${actual}\n`);
      expect(actual === '' ? '' : `${actual}\n`).toBe(readFileSync(expectedPath, 'utf8'));
      if (name === 'valid') expect(problems).toEqual([]);
      else expect(problems.length).toBeGreaterThan(0);
    });
  }

  it('names the file, the line and the field of a wrong value', () => {
    const [problem] = errorsOf(check('unknown-kind').problems);
    expect(problem).toMatchObject({
      file: 'tests/fixtures/content/unknown-kind/studies/example-study.mdx',
      line: 7,
      field: 'kind',
    });
    expect(problem?.message).toContain(atlas.config.kinds.map((k) => k.id).join(', '));
  });

  it('suggests the nearest glossary id for a typo', () => {
    const [problem] = errorsOf(check('unknown-glossary-id').problems);
    expect(problem?.message).toContain('did you mean "human-security"?');
    expect(problem?.line).toBe(10);
  });

  it('does not drop the other studies when one is broken', () => {
    const { studies } = check('duplicate-source');
    expect(studies.map((s) => s.slug)).toEqual(['first-study', 'second-study']);
  });
});

describe('content check of translations', () => {
  it('warns of each text not yet in a later interface language, by file, line and field, and of a glossary body not yet written in it', () => {
    const warnings = formatProblems(check('glossary-unmentioned', atlas.config).problems.filter((p) => p.severity === 'warning' && p.message.includes('not yet translated')));
    expect(warnings).toContain('warning: tests/fixtures/content/glossary-unmentioned/studies/example-study.mdx:11 (overview.id): this text is not yet translated into Indonesian: add id: beside en: (until then the Indonesian pages show the English, marked as such)');
    expect(warnings).toMatch(/warning: tests\/fixtures\/content\/glossary-unmentioned\/glossary\/[a-z-]+\.mdx \(body\): the body is not yet translated into Indonesian: write tests\/fixtures\/content\/glossary-unmentioned\/glossary\/id\/[a-z-]+\.mdx/);
    expect(errorsOf(check('glossary-unmentioned', atlas.config).problems)).toEqual(errorsOf(check('glossary-unmentioned').problems));
  });
});
