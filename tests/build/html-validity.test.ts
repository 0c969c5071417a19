/** The Nu HTML Checker (vnu-jar, on the machine's Java) over every built page: no errors. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../../src/lib/link-check.ts';
import { dist } from './site.ts';

const vnuJar = (createRequire(import.meta.url)('vnu-jar') as string);

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

describe('HTML validity', () => {
  it('every built page passes the Nu HTML Checker with no error', () => {
    const files = htmlFiles(dist);
    expect(files.length).toBeGreaterThanOrEqual(8);
    const result = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8' });
    if (result.error) throw new Error(`Could not run Java for the Nu HTML Checker (Java 17 is needed): ${result.error.message}`);
    const { messages } = JSON.parse(result.stderr || '{"messages":[]}') as { messages: VnuMessage[] };
    const errors = messages
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .map((m) => `${relative(dist, new URL(m.url).pathname)}:${m.lastLine ?? '?'}: ${m.message}`);
    expect(errors).toEqual([]);
  });
});
