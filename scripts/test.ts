/**
 * `npm test`: builds the project's atlas three times — at `/` into `dist/` (with no site URL, as
 * a local build), under the project base path `/atlas/` with a site URL into `dist-base/` (the
 * way GitHub Pages serves a project site), and at `/`
 * again into `dist-repeat/` (to prove builds are deterministic, the first without the build cache
 * and the repeat with what the first builds kept) — and a second, small atlas
 * (`tests/fixtures/atlas-mini/`, another language and topic) into `dist-mini/` with `ATLAS_DIR`,
 * so that the engine is tested on more than one corpus. Then it runs the vitest projects: unit,
 * build and e2e together, and Lighthouse alone so that nothing else loads the CPU it measures.
 * Ends with the line `N passed, N failed` that CI reads.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheRoot } from '../src/lib/build/build-cache.ts';
import { buildArgs } from './build-command.ts';

const vitest = join('node_modules', 'vitest', 'vitest.mjs');

/** The repeat build's output, which the determinism test reads to see that the build cache was used. */
const REPEAT_BUILD_LOG = 'dist-repeat.log';

const builds: { label: string; env: Record<string, string>; log?: string }[] = [
  { label: 'build at /', env: { BASE_PATH: '/', OUT_DIR: './dist' } },
  { label: 'build at https://example.org/atlas/', env: { BASE_PATH: '/atlas/', OUT_DIR: './dist-base', SITE_URL: 'https://example.org' } },
  { label: 'repeat build at / (determinism)', env: { BASE_PATH: '/', OUT_DIR: './dist-repeat' }, log: REPEAT_BUILD_LOG },
  { label: 'build of the mini atlas (ATLAS_DIR=tests/fixtures/atlas-mini)', env: { BASE_PATH: '/', OUT_DIR: './dist-mini', ATLAS_DIR: 'tests/fixtures/atlas-mini' } },
];
const runs = [
  { label: 'unit, build and browser tests', projects: ['unit', 'build', 'e2e'] },
  { label: 'Lighthouse', projects: ['lighthouse'] },
];

function run(label: string, args: string[], env: Record<string, string> = {}, log?: string): boolean {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(process.execPath, args, {
    stdio: ['inherit', log ? 'pipe' : 'inherit', 'inherit'],
    env: { ...process.env, SITE_URL: '', ATLAS_DIR: '', ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (log) {
    process.stdout.write(result.stdout);
    writeFileSync(log, result.stdout);
  }
  return result.status === 0;
}

function finish(passed: number, failed: number): never {
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

// The first build starts with no build cache (cold); the repeat build reads what the first two
// kept (warm), so the determinism test also shows that the cache never changes the output.
rmSync(cacheRoot(process.cwd()), { recursive: true, force: true });
for (const build of builds) {
  if (!run(build.label, buildArgs('.'), build.env, build.log)) {
    console.error(`\n✗ The ${build.label} failed; the tests of the built site cannot run.`);
    finish(0, 1);
  }
}

let passed = 0;
let failed = 0;
const reportDir = mkdtempSync(join(tmpdir(), 'atlas-test-'));
for (const [index, { label, projects }] of runs.entries()) {
  const reportFile = join(reportDir, `vitest-${index}.json`);
  const projectArgs = projects.flatMap((name) => ['--project', name]);
  run(label, [vitest, 'run', ...projectArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`]);
  try {
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numFailedTestSuites: number;
      numTotalTests: number;
    };
    passed += report.numPassedTests;
    // A test file that fails to load has no failed test of its own: count it once.
    failed += report.numFailedTests + (report.numFailedTests === 0 ? report.numFailedTestSuites : 0);
    if (report.numTotalTests === 0) {
      console.error(`✗ ${label}: no test ran.`);
      failed += 1;
    }
  } catch {
    console.error(`✗ ${label}: vitest wrote no report; it crashed before running the tests.`);
    failed += 1;
  }
}
rmSync(reportDir, { recursive: true, force: true });
finish(passed, failed);
