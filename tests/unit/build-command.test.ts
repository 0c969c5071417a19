/**
 * The tests and the benchmark build the atlas as `npm run build` does: from package.json's
 * `build` script, Node's flags included; a script they could not run that way stops them with
 * how to write it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArgs } from '../../scripts/build-command.ts';
import { YOUNG_GENERATION_MB } from '../../src/lib/build/worker-heap.ts';

function projectWith(build: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-build-command-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ scripts: { build } }));
  return dir;
}

describe('buildArgs', () => {
  it("runs this project's build script, with its Node flags", () => {
    const args = buildArgs(process.cwd());
    expect(args).toContain('--max-semi-space-size=16');
    expect(args.at(-2)).toBe(join(process.cwd(), 'node_modules/astro/bin/astro.mjs'));
    expect(args.at(-1)).toBe('build');
  });

  it("gives the main thread the young generation the workers get (three semi-spaces)", () => {
    const flag = buildArgs(process.cwd()).find((arg) => arg.startsWith('--max-semi-space-size='));
    expect(Number(flag?.split('=')[1]) * 3).toBe(YOUNG_GENERATION_MB);
  });

  it('says how to write a build script it cannot run', () => {
    expect(() => buildArgs(projectWith('astro build'))).toThrow(
      `package.json's "build" script is "astro build": write it as "node [flags] node_modules/astro/bin/astro.mjs build"`,
    );
  });
});
