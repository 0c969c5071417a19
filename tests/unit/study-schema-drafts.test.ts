/**
 * The study schema's rules for drafts: `draft: true` lets an imported study leave `kind` and
 * `overview` as `TODO`; a published study may not; every other rule applies to drafts too.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../src/lib/atlas/load.ts';
import { problemsOfIssues } from '../../src/lib/checks/frontmatter-check.ts';
import { studySchema } from '../../src/lib/model/study-schema.ts';

const atlas = await loadAtlas(resolve(import.meta.dirname, '../..'));
const schema = studySchema(atlas.config);
const kinds = atlas.config.kinds.map((k) => k.id).join(', ');

const study = {
  title: { en: 'A title' },
  shortTitle: { en: 'A title' },
  titleDescriptive: true,
  kind: 'journal-article',
  languages: ['en'],
  periods: 'not-stated',
  overview: { en: { summary: { text: 'A summary.', evidence: ['Text.'] }, findings: [{ text: 'A finding.', evidence: ['Text.'] }] } },
  source: { file: 'report.txt', holds: { en: 'The report' } },
  rights: 'not-stated',
};

/** The problems the content check would report, as `field: message`. */
function problems(input: Record<string, unknown>): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : problemsOfIssues(result.error.issues as never, input, 'study.mdx', 'study-schema.ts').map((p) => `${p.field}: ${p.message}`);
}

describe('the study schema and drafts', () => {
  it('publishes a study unless it says draft: true', () => {
    expect(schema.parse(study).draft).toBe(false);
    expect(schema.parse({ ...study, draft: true }).draft).toBe(true);
    expect(problems({ ...study, draft: 'yes' })).toEqual(['draft: draft is true (an imported study under review) or left out']);
  });

  it('lets a draft leave kind and overview as TODO: the kind stays "TODO", the overview is empty', () => {
    const parsed = schema.parse({ ...study, draft: true, kind: 'TODO', overview: 'TODO' });
    expect(parsed.kind).toBe('TODO');
    expect(parsed.overview).toEqual({});
  });

  it('refuses kind: TODO and overview: TODO in a published study, with what to write', () => {
    expect(problems({ ...study, kind: 'TODO', overview: 'TODO' })).toEqual([
      `kind: kind is still TODO: choose one of: ${kinds} (only a draft, "draft: true", may leave it to review)`,
      'overview: overview is still TODO: write the overview (a summary and findings, each with its evidence) under "en" (only a draft may leave it to review)',
    ]);
  });

  it('checks everything else in a draft as in a published study', () => {
    expect(problems({ ...study, draft: true, kind: 'thesis' })).toEqual([`kind: kind must be one of: ${kinds} (the kinds in site.config.ts)`]);
    expect(problems({ ...study, draft: true, overview: 'todo' })).toEqual(['overview: overview is keyed by language: overview: { en: { summary: …, findings: [ … ] } }']);
    expect(problems({ ...study, draft: true, overview: { fr: study.overview.en } })).toEqual([
      'overview.en: required field "overview.en" is missing: add it (Invalid input: expected object, received undefined)',
      'overview: "fr" is not a language of this atlas: write the overview under "en" or "id"',
    ]);
    const { overview: _overview, ...withoutOverview } = study;
    expect(problems({ ...withoutOverview, draft: true })).toEqual(['overview: required field "overview" is missing: add it (overview is keyed by language: overview: { en: { summary: …, findings: [ … ] } })']);
  });
});
