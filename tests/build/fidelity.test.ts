/**
 * Every sentence of each source text is on its page, and the page adds none of its own, after
 * applying exactly the reviewed corrections of the atlas (`sources/corrections.json`): for every
 * study of every atlas. The fidelity report (`scripts/fidelity-report.ts`) says so too, and finds
 * every quote the site shows in the passage its link points at.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanSource, compare, sentences, type CorrectionsFile } from '../../src/lib/checks/fidelity.ts';
import { readTextFile } from '../../src/lib/checks/text-file.ts';
import { rootBuilds } from '../support/atlases.ts';
import { html, root } from '../support/site.ts';

describe.each(rootBuilds.map((b) => [b.name, b] as const))('fidelity of the study pages of the %s', (_name, build) => {
  const { layout } = build.atlas;
  const corrections: CorrectionsFile = existsSync(layout.correctionsFile)
    ? (JSON.parse(readFileSync(layout.correctionsFile, 'utf8')) as CorrectionsFile)
    : { files: {} };

  it.each(build.content.studies.map((s) => [s.slug, s] as const))('%s is carried whole and unaltered by its page', (_slug, study) => {
    const file = study.data.source.file;
    const seed = readTextFile(join(layout.seedsDir, file));
    if (!seed.ok) throw new Error(seed.problem);
    const raw = seed.text;
    const report = compare(raw, html(build.routes.study(study.slug), build.dist), corrections.files[file]);
    expect(report.unusedCorrections, 'corrections that match nothing in the raw text').toEqual([]);
    expect(report.missingFromPage, 'source sentences missing from the page').toEqual([]);
    expect(report.notInSource, 'page sentences that are not in the source').toEqual([]);
    expect(sentences(cleanSource(raw, corrections.files[file]).text).length).toBeGreaterThan(5);
  });
});

describe.each(rootBuilds.map((b) => [b.name, b] as const))('the fidelity report of the %s', (_name, build) => {
  it('finds every study faithful, every quote where its link points, and says what each glossary entry rests on', () => {
    const run = spawnSync(process.execPath, ['scripts/fidelity-report.ts', '--dist', build.dist], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ATLAS_DIR: build.atlas.layout.root },
    });
    expect(run.stderr).toBe('');
    expect(run.status, run.stdout).toBe(0);
    for (const study of build.content.studies) {
      const quotes = build.content.evidence.quotes.filter((q) => q.study === study.slug).length;
      expect(run.stdout).toContain(`## ${study.slug} (${study.data.source.file}): faithful`);
      expect(run.stdout).toContain(`all ${quotes} quotes are in the passages their links point at`);
    }
    for (const entry of build.content.glossary) expect(run.stdout).toMatch(new RegExp(`^  ${entry.id}: definition: (general background|\\d+ quotes? \\()`, 'm'));
  });
});
