/**
 * The content check on fixture folders: each `tests/fixtures/content/<case>/studies/` holds
 * study files and `expected.txt` the exact report the build prints for them. The cases are
 * checked with the settings and source texts of the project's own atlas (its kinds and glossary
 * lists are what the messages name), with the fixture's folders in place of its studies, and its
 * own glossary, timeline, source texts (`seeds/`) and corrections (`corrections.json`) where it
 * has them (else a small shared glossary, `tests/fixtures/content-glossary/`, and the project's).
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
      // A draft is checked against its source text: a fixture with drafts brings its own.
      ...(existsSync(join(folder, 'seeds')) ? { seedsDir: join(folder, 'seeds') } : {}),
      ...(existsSync(join(folder, 'corrections.json')) ? { correctionsFile: join(folder, 'corrections.json') } : {}),
    },
  });
}

describe('content check on broken fixtures', () => {
  for (const name of readdirSync(fixtures).sort()) {
    it(`${name}: reports exactly expected.txt`, () => {
      // Against the shared glossary, a fixture study may leave an entry unmentioned: compare errors (and what drafts leave to review) only.
      const all = check(name).problems;
      const problems = ownGlossary(name) ? all : all.filter((p) => p.severity !== 'warning');
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

describe('content check of drafts (draft: true)', () => {
  const draftFile = 'tests/fixtures/content/draft-to-review/studies/imported-study.mdx';

  it('refuses kind: TODO and overview: TODO in a published study, saying what to write', () => {
    const problems = errorsOf(check('published-todo').problems).filter((p) => p.file.endsWith('kind-todo.mdx'));
    expect(problems).toEqual([
      expect.objectContaining({ line: 7, field: 'kind', message: expect.stringContaining('kind is still TODO: choose one of: journal-article, undergraduate-thesis-abstract, undergraduate-thesis-chapter (only a draft, "draft: true", may leave it to review)') }),
      expect.objectContaining({ line: 10, field: 'overview', message: expect.stringContaining('overview is still TODO: write the overview (a summary and findings, each with its evidence) under "en"') }),
    ]);
  });

  it('refuses any other placeholder left in a published study', () => {
    const problems = errorsOf(check('published-todo').problems).filter((p) => p.file.endsWith('title-todo.mdx'));
    expect(problems.map((p) => [p.line, p.field, p.message.split(':')[0]])).toEqual([
      [4, 'title.en', 'this value is still to review'],
      [25, undefined, 'this comment is still to review'],
    ]);
  });

  it('lets a draft leave placeholders: no error, each one to review at its line, and the draft kept apart from the published studies', () => {
    const result = check('draft-to-review', atlas.config);
    expect(errorsOf(result.problems)).toEqual([]);
    expect(result.problems.filter((p) => p.severity === 'review').map((p) => [p.file, p.line, p.field])).toEqual([
      [draftFile, 4, 'title.en'],
      [draftFile, 6, 'shortTitle.en'],
      [draftFile, 8, 'kind'],
      [draftFile, 11, 'overview'],
      [draftFile, 15, 'source.holds.en'],
      [draftFile, 19, undefined],
      [draftFile, 23, undefined],
      [draftFile, 25, undefined],
    ]);
    // No translation is asked of a draft, even in an atlas of two languages.
    expect(result.problems.filter((p) => p.file === draftFile && p.severity === 'warning')).toEqual([]);
    expect(result.studies).toEqual([]);
    expect(result.drafts.map((d) => [d.slug, d.data.draft, d.data.kind, d.data.overview])).toEqual([['imported-study', true, 'TODO', {}]]);
  });

  it('checks a draft against its source: a sentence dropped or added, and a correction that matches nothing, are errors', () => {
    const messages = errorsOf(check('draft-not-faithful').problems).map((p) => p.message);
    expect(messages).toContainEqual(expect.stringContaining('this sentence of the source is not in the draft: "Each farm opens its gate for one day in seven."'));
    expect(messages).toContainEqual(expect.stringContaining('this sentence is not in the source imported-study.txt: "The turns began in 1950."'));
    expect(messages).toContainEqual(expect.stringContaining('the correction replace: "upper vally" matches nothing in imported-study.txt'));
  });

  it('refuses a published glossary entry or timeline event that quotes or names a draft, and does not count a draft as a mention', () => {
    const result = check('glossary-quotes-draft');
    const errors = errorsOf(result.problems);
    expect(errors.map((p) => `${p.file.split('/').pop()}:${p.line}`)).toEqual(['timeline.yaml:9', 'water-turns.mdx:9', 'water-turns.mdx:21', 'water-turns.mdx:21']);
    for (const error of errors) expect(error.message).toMatch(/^the study "draft-study" is a draft and is not published: remove .+, or publish the study by removing "draft: true" from .+draft-study\.mdx$/);
    expect(result.problems.filter((p) => p.severity === 'warning').map((p) => p.message)).toEqual([expect.stringContaining('no study applies or mentions "Water turns"')]);
    // The published site links with the published study's passages only.
    expect(result.studies.map((s) => s.slug)).toEqual(['published-study']);
    expect(Object.keys(result.evidence.index)).toEqual(['published-study']);
    expect(result.evidence.quotes.every((q) => q.study === 'published-study')).toBe(true);
  });
});
