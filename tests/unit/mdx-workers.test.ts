/**
 * MDX compiled on worker threads must be what the main thread compiles, byte for byte, for every
 * file of both atlases; a compile error must come back with the file's line and message; and a
 * worker whose renderer differs must leave the build on the main thread, saying why.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../src/lib/atlas/load.ts';
import { checkContent } from '../../src/lib/checks/content-check.ts';
import { markdownInputsOf, markdownProcessor, type MarkdownInputs } from '../../src/lib/build/markdown-pipeline.ts';
import { compileOnWorkers, type MdxWorkerStats } from '../../src/lib/build/mdx-workers.ts';

const root = resolve(import.meta.dirname, '../..');
/** What `@astrojs/mdx` hands the processor (its settings and Astro's). */
const shared = { syntaxHighlight: 'shiki', shikiConfig: {}, gfm: true, smartypants: true } as const;
const mdx = { optimize: false, srcDir: new URL(`file://${root}/src/`), sourcemap: false };

const frontmatterless = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');

async function renderers(inputs: MarkdownInputs, stats: MdxWorkerStats, workers = 1) {
  const here = await markdownProcessor(inputs).createMdxRenderer!(shared as never, mdx);
  const there = await compileOnWorkers(markdownProcessor(inputs), inputs, stats, () => true, workers).createMdxRenderer!(shared as never, mdx);
  return { here, there };
}

describe.each([
  ['the project atlas', root],
  ['the mini atlas', join(root, 'tests/fixtures/atlas-mini')],
])('MDX on worker threads: %s', (_, atlasRoot) => {
  it('compiles every study and glossary entry as the main thread does', { timeout: 60_000 }, async () => {
    const atlas = await loadAtlas(atlasRoot);
    const inputs = markdownInputsOf(atlas, checkContent(atlas), '/atlas/');
    const stats: MdxWorkerStats = { onWorkers: 0 };
    const { here, there } = await renderers(inputs, stats);
    const files = [atlas.layout.studiesDir, atlas.layout.glossaryDir].flatMap((dir) =>
      readdirSync(dir)
        .filter((name) => name.endsWith('.mdx'))
        .map((name) => join(dir, name)),
    );
    expect(files.length).toBeGreaterThan(3);
    const compiled = await Promise.all(files.map((file) => there.process(frontmatterless(readFileSync(file, 'utf8')), file, {})));
    for (const [index, file] of files.entries()) {
      const expected = await here.process(frontmatterless(readFileSync(file, 'utf8')), file, {});
      expect(compiled[index], file).toEqual(expected);
    }
    expect(stats.notUsed).toBeUndefined();
    // The first file is compiled in both places to compare them; the rest only on a worker.
    expect(stats.onWorkers).toBe(files.length - 1);
  });
});

describe('MDX on worker threads, when something is wrong', () => {
  it('gives a compile error back with its line and message', { timeout: 60_000 }, async () => {
    const atlas = await loadAtlas(root);
    const inputs = markdownInputsOf(atlas, checkContent(atlas), '/');
    const { here, there } = await renderers(inputs, { onWorkers: 0 });
    const file = join(atlas.layout.studiesDir, 'broken.mdx');
    await there.process('A paragraph.\n', file, {});
    const broken = 'A paragraph.\n\n<Sic>\n\nThe element is never closed.\n';
    const failure = (compiling: Promise<unknown>) =>
      compiling.then(
        () => ({}) as Record<string, unknown>,
        (error: unknown) => error as Record<string, unknown>,
      );
    const mine = await failure(here.process(broken, file, {}));
    const theirs = await failure(there.process(broken, file, {}));
    expect(theirs).toBeInstanceOf(Error);
    expect(theirs.message).toBe(mine.message);
    expect(theirs.line).toBe(mine.line);
    expect(theirs.column).toBe(mine.column);
    expect(theirs.name).toBe(mine.name);
    expect(theirs.ruleId).toBe(mine.ruleId);
    expect(theirs.message).toMatch(/closing tag for `<Sic>` \(3:1-3:6\)/);
  });

  it('compiles on the main thread when a worker’s renderer differs, and says why', { timeout: 60_000 }, async () => {
    const atlas = await loadAtlas(root);
    const inputs = markdownInputsOf(atlas, checkContent(atlas), '/');
    const stats: MdxWorkerStats = { onWorkers: 0 };
    // A worker that makes its renderer from other data than the main thread's.
    const processor = compileOnWorkers(markdownProcessor(inputs), { ...inputs, base: '/elsewhere/', terms: [] }, stats, () => true, 1);
    const renderer = await processor.createMdxRenderer!(shared as never, mdx);
    const file = join(atlas.layout.studiesDir, 'a-study.mdx');
    const text = 'Human trafficking in Vietnam, and [a link](/studies/).\n';
    const first = await renderer.process(text, file, {});
    const second = await renderer.process(text, file, {});
    expect(stats.notUsed).toContain('differently from the main thread');
    expect(stats.onWorkers).toBe(0);
    expect(second).toEqual(first);
    expect(first.code).toContain('/glossary/human-trafficking/');
  });

  it('compiles on the main thread when a worker cannot start, and says why', { timeout: 60_000 }, async () => {
    const atlas = await loadAtlas(root);
    const inputs = markdownInputsOf(atlas, checkContent(atlas), '/');
    const stats: MdxWorkerStats = { onWorkers: 0 };
    // Settings a worker cannot make a processor from: it stops as it starts.
    const broken = { ...inputs, config: undefined } as unknown as MarkdownInputs;
    const renderer = await compileOnWorkers(markdownProcessor(inputs), broken, stats, () => true, 1).createMdxRenderer!(shared as never, mdx);
    const file = join(atlas.layout.studiesDir, 'a-study.mdx');
    const first = await renderer.process('Human trafficking in Vietnam.\n', file, {});
    const second = await renderer.process('Human trafficking in Vietnam, again.\n', file, {});
    expect(stats.notUsed).toMatch(/^a worker failed on .*a-study\.mdx/);
    expect(stats.onWorkers).toBe(0);
    expect(first.code).toContain('/glossary/human-trafficking/');
    expect(second.code).toContain('again');
  });
});
