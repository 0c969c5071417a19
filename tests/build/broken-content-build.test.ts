/**
 * Broken content stops the real `astro build` with the file, the line or field, and the fix;
 * HTML typed into frontmatter is shown as text. Each folder in tests/fixtures/broken-builds/
 * holds a `case.json`: edits to a copy of the project (`patch`, `add`) and what the build must
 * print, or, for a build that must succeed, what the built page must and must not contain.
 * The copy lives in `.tmp-tests/` inside the project, so that node_modules resolves.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_FILES } from '../../scripts/project-files.ts';
import { root } from './site.ts';

interface Case {
  description: string;
  patch?: { file: string; find: string; replace: string }[];
  add?: Record<string, string>;
  expect:
    | { fails: true; output: string[] }
    | { fails: false; page: string; contains: string[]; absent: string[] };
}

const fixtures = join(root, 'tests/fixtures/broken-builds');
const scratch = join(root, '.tmp-tests');

function buildCase(name: string, spec: Case) {
  const work = join(scratch, name);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  for (const entry of PROJECT_FILES) {
    cpSync(join(root, entry), join(work, entry), { recursive: true });
  }
  for (const { file, find, replace } of spec.patch ?? []) {
    const text = readFileSync(join(work, file), 'utf8');
    if (!text.includes(find)) throw new Error(`${name}/case.json: "${find}" is not in ${file}; update the fixture`);
    writeFileSync(join(work, file), text.replace(find, replace));
  }
  for (const [file, content] of Object.entries(spec.add ?? {})) writeFileSync(join(work, file), content);
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, BASE_PATH: '/', OUT_DIR: './dist', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { work, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('broken content in a real build', () => {
  for (const name of readdirSync(fixtures).sort()) {
    const spec = JSON.parse(readFileSync(join(fixtures, name, 'case.json'), 'utf8')) as Case;
    it(`${name}: ${spec.description}`, () => {
      const { work, status, output } = buildCase(name, spec);
      if (spec.expect.fails) {
        expect(status, output).not.toBe(0);
        for (const line of spec.expect.output) expect(output).toContain(line);
      } else {
        expect(status, output).toBe(0);
        const page = join(work, 'dist', spec.expect.page);
        expect(existsSync(page)).toBe(true);
        const html = readFileSync(page, 'utf8');
        for (const text of spec.expect.contains) expect(html).toContain(text);
        for (const text of spec.expect.absent) expect(html).not.toContain(text);
      }
    });
  }
});
