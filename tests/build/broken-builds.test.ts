/**
 * Broken content stops the real `astro build` with the file, the line or field, and the fix;
 * content saved the way editors save it (byte-order mark, CRLF) builds. Each folder in
 * tests/fixtures/broken-builds/ holds a `case.json`: edits to a copy of an atlas (`patch`,
 * `add`, `save` to re-save a file in another encoding or with other line endings) and what the
 * build must print, or, for a build that must succeed, what the built page must and must not
 * contain (and what it must print, such as warnings); for content that must not be published
 * (a draft), the built files that must not exist (`noPage`) and the texts no built page, script
 * or data file may contain (`nowhere`: no link, search record or manifest entry points to it).
 *
 * An expected line may say `{{line:TEXT}}` for the number of the first line of the edited file
 * that starts with TEXT, so that the cases need no update when content above them changes.
 *
 * The copy of the atlas (`"atlas": "project"`, the default, or `"mini"`) lives in `.tmp-tests/`
 * and is built from the project with `ATLAS_DIR`, as another research group would build theirs.
 * A case that edits the engine itself (a component) builds a copy of the whole project instead.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ATLAS_FILES, ENGINE_FILES } from '../../scripts/project-files.ts';
import { MINI_ATLAS_DIR } from '../support/atlases.ts';
import { root } from '../support/site.ts';

interface Case {
  description: string;
  /** Which atlas the copy starts from. Default "project". */
  atlas?: 'project' | 'mini';
  patch?: { file: string; find: string; replace: string }[];
  add?: Record<string, string>;
  /** Re-save a file: in another encoding, with a byte-order mark, with CRLF line endings. */
  save?: { file: string; encoding?: 'utf8' | 'latin1' | 'utf16le'; bom?: boolean; crlf?: boolean }[];
  expect:
    | { fails: true; output: string[] }
    | { fails: false; page: string; contains: string[]; absent: string[]; output?: string[]; noPage?: string[]; nowhere?: string[] };
}

const fixtures = join(root, 'tests/fixtures/broken-builds');
const scratch = join(root, '.tmp-tests');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

const isAtlasFile = (file: string) => ATLAS_FILES.some((entry) => file === entry || file.startsWith(`${entry}/`));

/** The built files that are text (pages, scripts, data, manifests), relative to `dist`; Pagefind's own index files are compressed. */
function textFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(html|js|json|xml|txt|webmanifest|css|bib|ris)$/.test(file));
}

function buildCase(name: string, spec: Case) {
  const work = join(scratch, name);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const source = spec.atlas === 'mini' ? MINI_ATLAS_DIR : root;
  const edited = [...(spec.patch ?? []).map((p) => p.file), ...Object.keys(spec.add ?? {}), ...(spec.save ?? []).map((s) => s.file)];
  const withEngine = edited.some((file) => !isAtlasFile(file));
  for (const entry of ATLAS_FILES) cpSync(join(source, entry), join(work, entry), { recursive: true });
  const ownContent = join(root, 'src', 'content');
  const notOwnContent = (path: string) => path !== ownContent && !path.startsWith(`${ownContent}/`);
  if (withEngine) for (const entry of ENGINE_FILES) cpSync(join(root, entry), join(work, entry), { recursive: true, filter: notOwnContent });

  for (const { file, find, replace } of spec.patch ?? []) {
    const text = readFileSync(join(work, file), 'utf8');
    if (!text.includes(find)) throw new Error(`${name}/case.json: "${find}" is not in ${file}; update the fixture`);
    writeFileSync(join(work, file), text.replace(find, replace));
  }
  for (const [file, content] of Object.entries(spec.add ?? {})) writeFileSync(join(work, file), content);
  for (const { file, encoding = 'utf8', bom = false, crlf = false } of spec.save ?? []) {
    let text = readFileSync(join(work, file), 'utf8');
    if (crlf) text = text.replace(/\r?\n/g, '\r\n');
    if (bom) text = `\uFEFF${text}`;
    writeFileSync(join(work, file), Buffer.from(text, encoding));
  }

  // An atlas alone is built by the project's engine; a copy with its own engine builds itself.
  const result = spawnSync(process.execPath, [astro, 'build'], {
    cwd: withEngine ? work : root,
    encoding: 'utf8',
    env: {
      ...process.env,
      ATLAS_DIR: withEngine ? '' : work,
      BASE_PATH: '/',
      OUT_DIR: join(work, 'dist'),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  return { work, status: result.status, output: `${result.stdout}\n${result.stderr}`, edited: edited[0] };
}

/** Replaces `{{line:TEXT}}` with the number of the first line of `file` that starts with TEXT. */
function withLines(name: string, expected: string, work: string, file: string | undefined): string {
  return expected.replace(/\{\{line:(.+?)\}\}/g, (_all, start: string) => {
    const lines = file ? readFileSync(join(work, file), 'utf8').split(/\r?\n/) : [];
    const index = lines.findIndex((line) => line.replace(/^\uFEFF/, '').startsWith(start));
    if (index < 0) throw new Error(`${name}/case.json: no line of ${file} starts with "${start}"; update the fixture`);
    return String(index + 1);
  });
}

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('broken content in a real build', () => {
  for (const name of readdirSync(fixtures).sort()) {
    const spec = JSON.parse(readFileSync(join(fixtures, name, 'case.json'), 'utf8')) as Case;
    it(`${name}: ${spec.description}`, () => {
      const { work, status, output, edited } = buildCase(name, spec);
      if (spec.expect.fails) {
        expect(status, output).not.toBe(0);
        for (const line of spec.expect.output) expect(output).toContain(withLines(name, line, work, edited));
      } else {
        expect(status, output).toBe(0);
        const page = join(work, 'dist', spec.expect.page);
        expect(existsSync(page)).toBe(true);
        const html = readFileSync(page, 'utf8');
        for (const text of spec.expect.contains) expect(html).toContain(text);
        for (const text of spec.expect.absent) expect(html).not.toContain(text);
        for (const line of spec.expect.output ?? []) expect(output).toContain(withLines(name, line, work, edited));
        for (const file of spec.expect.noPage ?? []) expect(existsSync(join(work, 'dist', file)), `${file} was built`).toBe(false);
        const files = spec.expect.nowhere ? textFiles(join(work, 'dist')) : [];
        for (const text of spec.expect.nowhere ?? []) {
          expect(files.filter((file) => readFileSync(join(work, 'dist', file), 'utf8').includes(text)), `built files that contain "${text}"`).toEqual([]);
        }
      }
    });
  }
});
