/**
 * `npm test`: builds the site twice (at `/` into `dist/`, and under the project base path
 * `/atlas/` into `dist-base/`, the way GitHub Pages serves a project site), then runs every
 * vitest project (unit tests and the tests on the built output) once, and ends with the line
 * `N passed, N failed` that CI reads.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const astro = join('node_modules', 'astro', 'bin', 'astro.mjs');
const vitest = join('node_modules', 'vitest', 'vitest.mjs');
export const BASE_BUILD = { basePath: '/atlas/', outDir: 'dist-base' } as const;

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function finish(passed: number, failed: number): never {
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

const builds = [
  { label: 'build at /', env: { BASE_PATH: '/', OUT_DIR: './dist' } },
  { label: `build at ${BASE_BUILD.basePath}`, env: { BASE_PATH: BASE_BUILD.basePath, OUT_DIR: `./${BASE_BUILD.outDir}` } },
];
for (const build of builds) {
  if (!run(build.label, process.execPath, [astro, 'build'], build.env)) {
    console.error(`\n✗ The ${build.label} failed; the tests of the built site cannot run.`);
    finish(0, 1);
  }
}

const reportDir = mkdtempSync(join(tmpdir(), 'atlas-test-'));
const reportFile = join(reportDir, 'vitest.json');
run('vitest', process.execPath, [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`]);
let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numFailedTestSuites: number;
  };
  passed = report.numPassedTests;
  failed = report.numFailedTests + report.numFailedTestSuites;
} catch {
  console.error('✗ vitest wrote no report: it crashed before running the tests.');
  failed = 1;
} finally {
  rmSync(reportDir, { recursive: true, force: true });
}
finish(passed, failed);
