/** The Nu HTML Checker (vnu-jar, on the machine's Java) over every built page of every atlas: no errors. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../../src/lib/checks/link-check.ts';
import { rootBuilds } from '../support/atlases.ts';
import { root } from '../support/site.ts';

const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

describe('HTML validity', () => {
  it('every built page of every atlas passes the Nu HTML Checker with no error', () => {
    // One run of the checker over every build: Java starts once.
    const files = rootBuilds.flatMap((build) => htmlFiles(build.dist));
    for (const build of rootBuilds) expect(files.filter((f) => f.startsWith(build.dist)).length, build.name).toBeGreaterThanOrEqual(8);
    const result = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (result.error) throw new Error(`Could not run Java for the Nu HTML Checker (Java 17 is needed): ${result.error.message}`);
    const { messages } = JSON.parse(result.stderr || '{"messages":[]}') as { messages: VnuMessage[] };
    const errors = messages
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .map((m) => `${relative(root, new URL(m.url).pathname)}:${m.lastLine ?? '?'}: ${m.message}`);
    expect(errors).toEqual([]);
  });
});
