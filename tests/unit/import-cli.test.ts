/**
 * `npm run import` as a maintainer uses it, on a copy of the mini atlas (ATLAS_DIR): what it
 * writes, what it says, what it refuses, and that it never overwrites anything.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { MINI_ATLAS_DIR } from '../support/atlases.ts';
import { root } from '../support/site.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-import-cli-'));
const atlas = join(work, 'atlas');
const inbox = join(work, 'inbox');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const REPORT = [
  'Summary',
  '',
  'Village water committees in the three valleys met every month during the dry season. The com-',
  'mittees kept records of every repair and of the tariffs each household paid.',
  '',
  'Keywords: water; committees; tariffs',
  '',
  '1. Introduction',
  '',
  'The committees were set up after the drought. Each committee had five members and met in the',
  'school building of its village.',
  '',
  'Committees in the upper valley also ran the spring capture and its pipes.',
  '',
].join('\n');

function importer(...args: string[]) {
  return spawnSync(process.execPath, [join(root, 'scripts/import.ts'), ...args], { cwd: work, encoding: 'utf8', env: { ...process.env, ATLAS_DIR: atlas } });
}

function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(folder, path)] = readFileSync(path, 'base64');
    }
  };
  walk(folder);
  return files;
}

beforeEach(() => {
  rmSync(atlas, { recursive: true, force: true });
  rmSync(inbox, { recursive: true, force: true });
  cpSync(MINI_ATLAS_DIR, atlas, { recursive: true });
  mkdirSync(inbox);
  writeFileSync(join(inbox, 'Valley_Report 2019.txt'), REPORT);
});

// Each case runs the importer as a process (Node, the atlas's content check, pdf.js) once or more.
describe('npm run import', { timeout: 60_000 }, () => {
  it('writes the source text, a draft study and its corrections into the atlas, and lists what is left to review', () => {
    const run = importer(join(inbox, 'Valley_Report 2019.txt'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Valley_Report 2019.txt: UTF-8 text; 1 abstracts, 1 headings, 2 paragraphs');
    expect(run.stdout).toContain('all 6 sentences of the source are in the draft');
    expect(run.stdout).toMatch(/wrote sources\/seeds\/valley-report-2019\.txt|wrote .*atlas\/sources\/seeds\/valley-report-2019\.txt/);
    expect(run.stdout).toMatch(/left to review \(\d+\)/);
    expect(run.stdout).toContain('kind: one of');
    expect(run.stdout).toContain('glossary entries the text names: spring-capture (1×), tariff-policy (1×), water-committee (1×); list those the study is about in themes, organisations');

    expect(readFileSync(join(atlas, 'sources/seeds/valley-report-2019.txt'), 'utf8')).toBe(REPORT);
    const draft = readFileSync(join(atlas, 'src/content/studies/valley-report-2019.mdx'), 'utf8');
    expect(draft).toMatch(/^---\ndraft: true\n/);
    expect(draft).toContain('file: valley-report-2019.txt');
    expect(draft).toContain('    heading: Summary\n');
    expect(draft).toContain('    keywordsLabel: Keywords\n    keywords:\n      - water\n      - committees\n      - tariffs\n');
    expect(draft).toContain('\n### 1\\. Introduction\n\nThe committees were set up after the drought.');
    const corrections = JSON.parse(readFileSync(join(atlas, 'sources/corrections.json'), 'utf8')) as { files: Record<string, unknown> };
    expect(corrections.files['valley-report-2019.txt']).toEqual({
      replace: [{ find: 'com-mittees', replace: 'committees', reason: expect.stringContaining('rejoined') }],
    });
    expect(Object.keys(corrections.files).length).toBeGreaterThan(1);
    expect(existsSync(join(atlas, 'sources/received'))).toBe(false);
  });

  it('writes a draft the content check accepts as it stands, listing what is left to review by line', () => {
    expect(importer(join(inbox, 'Valley_Report 2019.txt')).status).toBe(0);
    const check = spawnSync(process.execPath, [join(root, 'scripts/check-content.ts')], { cwd: work, encoding: 'utf8', env: { ...process.env, ATLAS_DIR: atlas } });
    expect(check.stderr).toBe('');
    expect(check.status, check.stdout).toBe(0);
    const draft = readFileSync(join(atlas, 'src/content/studies/valley-report-2019.mdx'), 'utf8').split('\n');
    const lineOf = (start: string) => draft.findIndex((line) => line.startsWith(start)) + 1;
    expect(check.stdout).toContain(`to review: src/content/studies/valley-report-2019.mdx:${lineOf('kind: TODO')} (kind)`);
    expect(check.stdout).toContain(`to review: src/content/studies/valley-report-2019.mdx:${lineOf('overview: TODO')} (overview)`);
    expect(check.stdout).toContain(`to review: src/content/studies/valley-report-2019.mdx:${lineOf('{/* TODO: periods')}`);
    expect(check.stdout).toMatch(/; 0 errors, 0 warnings/);
  });

  it('refuses to overwrite a study or a source, and writes nothing', () => {
    expect(importer(join(inbox, 'Valley_Report 2019.txt')).status).toBe(0);
    const before = snapshot(atlas);
    const again = importer(join(inbox, 'Valley_Report 2019.txt'));
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/valley-report-2019\.(mdx|txt) already exists: nothing was written; give the study another slug with --slug/);
    expect(snapshot(atlas)).toEqual(before);
    const existing = importer(join(inbox, 'Valley_Report 2019.txt'), '--slug', 'water-committees-three-valleys');
    expect(existing.status).toBe(1);
    expect(existing.stderr).toContain('water-committees-three-valleys.mdx already exists');
    expect(snapshot(atlas)).toEqual(before);
  });

  it('with --out writes the draft, text and corrections there and leaves the atlas untouched', () => {
    const before = snapshot(atlas);
    const out = join(work, 'out');
    rmSync(out, { recursive: true, force: true });
    const run = importer(join(inbox, 'Valley_Report 2019.txt'), '--slug', 'trial', '--out', out);
    expect(run.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['corrections.json', 'trial.mdx', 'trial.txt']);
    expect(snapshot(atlas)).toEqual(before);
  });

  it('imports a batch with a line per file and a summary, refusing the files it cannot read with the reason', () => {
    writeFileSync(join(inbox, 'empty.txt'), '');
    writeFileSync(join(inbox, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0x03, 0x41, 0x00, 0x42]));
    writeFileSync(join(inbox, 'scanned.pdf'), '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
    writeFileSync(join(inbox, 'not-a.pdf'), 'just some words, not a PDF at all');
    const files = ['Valley_Report 2019.txt', 'empty.txt', 'binary.txt', 'scanned.pdf', 'not-a.pdf'].map((f) => join(inbox, f));
    const run = importer(...files);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('[1/5]');
    expect(run.stderr).toMatch(/\[2\/5\] .*empty\.txt: not imported: the file is empty/);
    expect(run.stderr).toMatch(/\[3\/5\] .*binary\.txt: not imported: the file is binary, not text/);
    expect(run.stderr).toMatch(/\[4\/5\] .*scanned\.pdf: not imported: it has no text layer \(a scanned PDF is pictures of pages\): run it through OCR first/);
    expect(run.stderr).toMatch(/\[5\/5\] .*not-a\.pdf: not imported: it is not a PDF that can be read/);
    expect(run.stdout).toMatch(/1 imported, 4 not imported \(.*empty\.txt.*\)/);
    expect(readdirSync(join(atlas, 'sources/seeds'))).not.toContain('empty.txt');
  });

  it('converts a Windows-1252 text to UTF-8, says so, and keeps the file as received', () => {
    writeFileSync(join(inbox, 'latin.txt'), Buffer.from(REPORT.replace('drought', '\x93drought\x94'), 'latin1'));
    const run = importer(join(inbox, 'latin.txt'));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('not UTF-8: read as Windows-1252 (Latin-1) and converted to UTF-8');
    expect(readFileSync(join(atlas, 'sources/seeds/latin.txt'), 'utf8')).toContain('after the “drought”.');
    expect(readFileSync(join(atlas, 'sources/received/latin.txt'))).toEqual(readFileSync(join(inbox, 'latin.txt')));
  });

  it('reads UTF-8 with a byte-order mark and CRLF line ends', () => {
    writeFileSync(join(inbox, 'windows.txt'), `\uFEFF${REPORT.replace(/\n/g, '\r\n')}`);
    const run = importer(join(inbox, 'windows.txt'));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('UTF-8 text (byte-order mark removed), CRLF line ends made LF');
    expect(readFileSync(join(atlas, 'sources/seeds/windows.txt'), 'utf8')).toBe(REPORT);
  });

  it('refuses --slug for several files, a slug that is no slug, and a file it does not read', () => {
    const two = importer(join(inbox, 'Valley_Report 2019.txt'), join(inbox, 'Valley_Report 2019.txt'), '--slug', 'one');
    expect(two.status).toBe(1);
    expect(two.stderr).toContain('--slug names one study');
    const bad = importer(join(inbox, 'Valley_Report 2019.txt'), '--slug', 'Valley Report');
    expect(bad.stderr).toContain('--slug "Valley Report" is not a slug: write lower-case words joined by hyphens, for example "valley-report"');
    writeFileSync(join(inbox, 'thesis.docx'), 'x');
    const docx = importer(join(inbox, 'thesis.docx'));
    expect(docx.stderr).toContain('".docx" is not a file the importer reads: give it a PDF (.pdf) or a text file (.txt)');
    expect(importer().stderr).toContain('Usage: npm run import -- <file.pdf|file.txt>... [--slug <slug>] [--out <dir>]');
  });
});

describe('the importer is a development tool', () => {
  it('is imported by nothing the site or the build loads', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
          if (path !== join(root, 'src/lib/import')) walk(path);
        } else if (/\.(ts|mjs|astro)$/.test(name) && /from ['"](?:[^'"]*\/lib\/import\/|pdfjs-dist|franc-min)/.test(readFileSync(path, 'utf8'))) {
          offenders.push(relative(root, path));
        }
      }
    };
    walk(join(root, 'src'));
    for (const file of ['astro.config.mjs']) if (/lib\/import\/|pdfjs-dist|franc-min/.test(readFileSync(join(root, file), 'utf8'))) offenders.push(file);
    expect(offenders).toEqual([]);
  });
});
