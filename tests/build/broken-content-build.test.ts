/**
 * A broken study stops the real `astro build` with the file, the line, the field and the fix.
 * Builds a copy of the project in `.tmp-tests/` (inside the project, so that node_modules
 * resolves) with one study broken, and reads what Astro prints.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from './site.ts';

const work = join(root, '.tmp-tests', 'broken-build');
const study = 'src/content/studies/iom-human-trafficking-vietnam.mdx';

function buildWith(edit: (text: string) => string): { status: number | null; output: string } {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  for (const name of ['src', 'sources', 'astro.config.mjs', 'site.config.ts', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, name), join(work, name), { recursive: true });
  }
  writeFileSync(join(work, study), edit(readFileSync(join(root, study), 'utf8')));
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, BASE_PATH: '/', OUT_DIR: './dist', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterAll(() => rmSync(join(root, '.tmp-tests'), { recursive: true, force: true }));

describe('a broken study stops the build', () => {
  it('names file, line, field and fix for every frontmatter mistake in one run', () => {
    const { status, output } = buildWith((text) =>
      text.replace('kind: undergraduate-thesis-chapter', 'kind: thesis').replace('actors: [iom, government-of-vietnam]', 'actors: [iom, goverment-of-vietnam]'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('The content has 2 problems:');
    expect(output).toContain(
      `${study}:5 (kind): kind must be one of: journal-article, undergraduate-thesis-abstract, undergraduate-thesis-chapter`,
    );
    expect(output).toContain(`${study}:9 (actors.1): unknown glossary id "goverment-of-vietnam": did you mean "government-of-vietnam"?`);
  });

  it('names the line and the fix for a heading level the page owns', () => {
    const { status, output } = buildWith((text) => text.replace('#### Kesimpulan', '## Kesimpulan'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/line \d+: heading "Kesimpulan" is level 2, but the page already uses levels 1 to 2: write it as "### Kesimpulan"/);
    expect(output).toMatch(new RegExp(`${study.replaceAll('.', '\\.')}:\\d+:1`));
  });
});
