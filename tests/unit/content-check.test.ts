/**
 * The content check on fixture folders: each `tests/fixtures/content/<case>/studies/` holds
 * study files and `expected.txt` the exact report the build prints for them.
 * Run `UPDATE_FIXTURES=1 npx vitest run --project unit` to rewrite `expected.txt` after a
 * deliberate change of wording, then review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, errorsOf, formatProblems } from '../../src/lib/content-check.ts';

const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures/content');

/** A fixture may bring its own glossary; without one it is checked against the real glossary. */
const ownGlossary = (name: string) => existsSync(join(fixtures, name, 'glossary'));

function check(name: string) {
  return checkContent({
    root,
    studiesDir: `tests/fixtures/content/${name}/studies`,
    seedsDir: 'sources/seeds',
    glossaryDir: ownGlossary(name) ? `tests/fixtures/content/${name}/glossary` : 'src/content/glossary',
    // The real timeline quotes the real studies; fixtures have their own.
    timelineFile: `tests/fixtures/content/${name}/timeline.yaml`,
  });
}

describe('content check on the real studies', () => {
  it('accepts the five studies with no problem', () => {
    const { problems, studies } = checkContent({ root });
    expect(formatProblems(errorsOf(problems))).toBe('');
    expect(studies.map((s) => s.slug).sort()).toEqual(
      [
        'actip-wc-effectiveness-vietnam',
        'iom-human-trafficking-vietnam',
        'unicef-child-trafficking-vietnam',
        'vietnam-anti-trafficking-strategy',
        'vietnam-child-trafficking-uk',
      ].filter((slug) => existsSync(join(root, 'src/content/studies', `${slug}.mdx`))),
    );
  });
});

describe('content check on broken fixtures', () => {
  for (const name of readdirSync(fixtures).sort()) {
    it(`${name}: reports exactly expected.txt`, () => {
      // Against the real glossary, a fixture study leaves most entries unmentioned: compare errors only.
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
      line: 5,
      field: 'kind',
    });
    expect(problem?.message).toContain('journal-article, undergraduate-thesis-abstract, undergraduate-thesis-chapter');
  });

  it('suggests the nearest glossary id for a typo', () => {
    const [problem] = errorsOf(check('unknown-glossary-id').problems);
    expect(problem?.message).toContain('did you mean "human-security"?');
    expect(problem?.line).toBe(8);
  });

  it('does not drop the other studies when one is broken', () => {
    const { studies } = check('duplicate-source');
    expect(studies.map((s) => s.slug)).toEqual(['first-study', 'second-study']);
  });
});
