/**
 * The build as `npm run build` runs it (package.json's `build` script: Node with its flags, then
 * Astro's command line), for the scripts that build the atlas themselves: the tests and the
 * benchmark build it the way a reader of the README does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The arguments to give `process.execPath` (the script without its leading `node`), relative to `project`. */
export function buildArgs(project: string): string[] {
  const { scripts } = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const [command, ...args] = (scripts.build ?? '').trim().split(/\s+/);
  if (command !== 'node' || !args.includes('build')) {
    throw new Error(`package.json's "build" script is "${scripts.build}": write it as "node [flags] node_modules/astro/bin/astro.mjs build", which the tests and the benchmark run the same way.`);
  }
  return args.map((arg) => (arg.endsWith('.mjs') ? join(project, arg) : arg));
}
