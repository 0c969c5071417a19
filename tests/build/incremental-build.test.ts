/**
 * Astro's incremental build copies a study page, a page of the comparison or of the studies index, from the last build when its key
 * (src/lib/queries/page-cache-key.ts), its code and its text are unchanged. A copied page must be
 * the page a build from nothing would write: after an edit, the build that copies what it can
 * and a build with no cache give byte-for-byte the same site. Two edits, each checked this way:
 * one study's text (the other studies' pages are copied), and a glossary entry's definition
 * (which every study page that links the term shows, so none may be copied).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATLAS_FILES } from '../../scripts/project-files.ts';
import { walkFiles } from '../../src/lib/util/walk-files.ts';
import { MINI_ATLAS_DIR } from '../support/atlases.ts';
import { root } from '../support/site.ts';

const scratch = join(root, '.tmp-tests-incremental');
const atlasDir = join(scratch, 'atlas');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
/** The Astro cache of the copy (astro.config.mjs: one per atlas folder), which holds the last build's pages. */
const astroCache = join(root, 'node_modules/.astro', createHash('sha256').update(atlasDir).digest('hex').slice(0, 12));

function build(out: string): { log: string; copied: string[] } {
  const result = spawnSync(process.execPath, [astro, 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ATLAS_DIR: atlasDir, BASE_PATH: '/', SITE_URL: '', OUT_DIR: join(scratch, out), NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const log = `${result.stdout}\n${result.stderr}`;
  expect(result.status, log).toBe(0);
  return { log, copied: [...log.matchAll(/├─ (\S+) \((?:restored|cached)\)/g)].map((match) => match[1]!) };
}

function tree(out: string): Map<string, string> {
  const dir = join(scratch, out);
  return new Map(walkFiles(dir).map((path) => [relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex')]));
}

function expectSameSite(warm: string, cold: string): void {
  const a = tree(warm);
  const b = tree(cold);
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  expect([...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file)).toEqual([]);
}

function edit(file: string, change: (text: string) => string): void {
  const path = join(atlasDir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after, `the edit changes ${file}`).not.toBe(before);
  writeFileSync(path, after);
}

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(astroCache, { recursive: true, force: true });
});

describe('incremental build', () => {
  const studies = readdirSync(join(MINI_ATLAS_DIR, 'src/content/studies')).sort();
  const edited = studies[0]!.replace(/\.mdx?$/, '');
  beforeAll(() => {
    rmSync(scratch, { recursive: true, force: true });
    rmSync(astroCache, { recursive: true, force: true });
    mkdirSync(atlasDir, { recursive: true });
    for (const entry of ATLAS_FILES) cpSync(join(MINI_ATLAS_DIR, entry), join(atlasDir, entry), { recursive: true });
  });

  it('copies the pages of the studies an edit did not touch, and the site is the one a build from nothing gives', () => {
    build('first');
    edit(`src/content/studies/${studies[0]}`, (text) => `${text.trimEnd()}\n\nOne more sentence, added after the first build.\n`);
    const warm = build('warm-text');
    // Every other study's page is copied; the edited study's page is rendered again.
    expect(warm.copied.filter((page) => page.includes(`/${edited}/`))).toEqual([]);
    expect(warm.copied.length).toBeGreaterThanOrEqual(studies.length - 1);
    // The pages of the studies index show the studies' frontmatter only: copied.
    expect(warm.copied.filter((page) => /^\/reports\/(?:kind|language)\//.test(page)).length).toBeGreaterThan(0);
    // The comparison's later page is copied unless it holds the edited study's column.
    const onLaterPage = readFileSync(join(scratch, 'first', 'compare/page/2/index.html'), 'utf8').includes(`/${edited}/`);
    expect(warm.copied.includes('/compare/page/2/index.html')).toBe(!onLaterPage);
    rmSync(astroCache, { recursive: true, force: true });
    const cold = build('cold-text');
    expect(cold.copied).toEqual([]);
    expectSameSite('warm-text', 'cold-text');
  });

  it('renders every study page again when the glossary changes, and the site is the one a build from nothing gives', () => {
    const glossary = readdirSync(join(atlasDir, 'src/content/glossary')).filter((name) => /\.mdx?$/.test(name)).sort();
    edit(`src/content/glossary/${glossary[0]}`, (text) => text.replace(/(definition:\s*\n\s*en:\s*)/, '$1Edited. '));
    const warm = build('warm-glossary');
    expect(warm.copied.filter((page) => /\/index\.html$/.test(page) && studies.some((file) => page.includes(`/${file.replace(/\.mdx?$/, '')}/`)))).toEqual([]);
    rmSync(astroCache, { recursive: true, force: true });
    build('cold-glossary');
    expectSameSite('warm-glossary', 'cold-glossary');
  });
});
