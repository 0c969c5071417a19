/**
 * A study's text compiled outside Vite (src/lib/build/study-body.ts) is HTML written as Astro
 * writes an MDX page's elements, with the page's components left as nodes; what MDX could hold
 * but plain data cannot stops with its line and a hint; and the texts compiled ahead on a worker
 * thread are the ones a page compiles itself, whenever the page asks for them.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAtlas } from '../../src/lib/atlas/load.ts';
import { buildCache, CACHE_ENV, readCachedJson } from '../../src/lib/build/build-cache.ts';
import { markdownInputsOf, type MarkdownInputs } from '../../src/lib/build/markdown-pipeline.ts';
import { compileStudyBodiesAhead, STUDY_BODIES_CACHE, takeStudyBodyAhead } from '../../src/lib/build/study-bodies-ahead.ts';
import { NOTE_SLOT, studyBodyCompiler, studyBodyKey, type BodyComponent, type BodyNode } from '../../src/lib/build/study-body.ts';
import { checkContent } from '../../src/lib/checks/content-check.ts';
import { MINI_ATLAS_DIR } from '../support/atlases.ts';

let inputs: MarkdownInputs;
let compile: ReturnType<typeof studyBodyCompiler>;
const studyFile = () => `${inputs.studiesDir}/a-study.mdx`;
const text = (body: string) => `---\ntitle: x\n---\n${body}`;
const components = (nodes: readonly BodyNode[]): BodyComponent[] => nodes.filter((node): node is BodyComponent => typeof node !== 'string');
const html = (nodes: readonly BodyNode[]) => nodes.filter((node) => typeof node === 'string').join('');

beforeAll(async () => {
  const atlas = await loadAtlas(MINI_ATLAS_DIR);
  inputs = markdownInputsOf(atlas, checkContent(atlas), '/');
  compile = studyBodyCompiler(inputs);
});

describe('a study text compiled to HTML and components', () => {
  it('writes paragraphs, headings and tables as HTML, with passage ids and heading ids, escaped as Astro escapes', async () => {
    const body = await compile(studyFile(), text("\n### The source's view\n\nA paragraph's words.\n\n| Year | Cases |\n| --- | --- |\n| 2017 | 350 |\n\n"));
    expect(html(body.nodes)).toMatch(
      /^<h3 id="the-sources-view">The source&#39;s view<\/h3>\n<p id="p-[a-z0-9]+">A paragraph&#39;s words.<\/p>\n<table><thead><tr><th>Year<\/th><th>Cases<\/th><\/tr><\/thead><tbody><tr><td>2017<\/td><td>350<\/td><\/tr><\/tbody><\/table>$/,
    );
    // After the passage's words, the place where the page puts the markers of the notes on it.
    const passage = /<p id="(p-[a-z0-9]+)">/.exec(String(body.nodes[0]))![1];
    expect(body.nodes).toEqual([expect.stringMatching(/words\.$/), { name: NOTE_SLOT, props: { passage } }, expect.stringMatching(/^<\/p>\n<table>/)]);
    expect(body.headings).toEqual([{ depth: 3, slug: 'the-sources-view', text: "The source's view" }]);
  });

  it('leaves each link to the page’s link component, and lists the glossary entries it links', async () => {
    const term = inputs.terms[0]!;
    const body = await compile(studyFile(), text(`See [the report](https://example.org/r) on ${term.aliases[0]}.\n`));
    const links = components(body.nodes);
    expect(links[0]).toEqual({ name: 'a', props: { href: 'https://example.org/r' }, children: ['the report'] });
    expect(links.some((link) => String(link.props.href).includes(term.id))).toBe(true);
    expect(body.linkedTerms).toContain(term.id);
    expect(html(body.nodes)).toMatch(/^<p id="p-[a-z0-9]+">See  on \.<\/p>$/);
    expect(links.map((link) => link.name)).toEqual(['a', 'a', NOTE_SLOT]);
  });

  it('keeps an element written as JSX as HTML, and a component with literal props, its content and its named slots', async () => {
    const body = await compile(
      studyFile(),
      text('A <span lang="en">phrase</span> <Sic />.\n\n<EditorialInsert label={{ en: "Figures", id: "Angka" }}>\n\nIn English.\n\n<Fragment slot="id">\n\nDalam bahasa Indonesia.\n\n</Fragment>\n\n</EditorialInsert>\n'),
    );
    expect(body.nodes[0]).toMatch(/^<p id="p-[a-z0-9]+">A <span lang="en">phrase<\/span> $/);
    const [sic, , insert] = components(body.nodes);
    expect(sic).toEqual({ name: 'Sic', props: {} });
    expect(insert!.name).toBe('EditorialInsert');
    expect(insert!.props).toEqual({ label: { en: 'Figures', id: 'Angka' } });
    expect(html(insert!.children!)).toContain('In English.');
    expect(html(insert!.children!)).not.toContain('Dalam bahasa Indonesia.');
    expect(html(insert!.slots!.id!)).toContain('Dalam bahasa Indonesia.');
  });
});

describe('what a study text cannot hold', () => {
  const failure = (body: string) =>
    compile(studyFile(), text(body)).then(
      () => undefined,
      (error: unknown) => error as Error & { line?: number; column?: number; loc?: { file: string; line: number } },
    );

  it('an expression: stopped at its line, with the fix', async () => {
    const error = await failure('A paragraph.\n\nThe sum is {1 + 1}.\n');
    expect(error?.message).toMatch(/cannot hold an expression \(`\{…\}`\)/);
    expect(error?.message).toMatch(/Hint: write it as Markdown/);
    // The frontmatter's three lines come first: the expression is on line 6 of the file.
    expect(error?.loc).toEqual({ file: studyFile(), line: 6, column: 12 });
  });

  it('an import', async () => {
    const error = await failure("import Chart from './chart.astro';\n\nText.\n");
    expect(error?.message).toMatch(/cannot hold an `import` or `export`/);
    expect(error?.loc?.line).toBe(4);
  });

  it('a component the engine does not give study texts, naming those it does', async () => {
    const error = await failure('Text <Chart /> here.\n');
    expect(error?.message).toMatch(/the component `<Chart>`/);
    expect(error?.message).toMatch(/may use: <Sic>, <EditorialInsert>, <BarChart> \(and `<Fragment slot="…">` inside/);
  });

  it('an attribute that is not a literal value', async () => {
    const error = await failure('<BarChart id="c" title="T" source="S" data={figures} />\n');
    expect(error?.message).toMatch(/the value of `data` \(the name `figures`, not a literal value\)/);
  });

  it('an MDX syntax error, with MDX’s own message', async () => {
    const error = await failure('A <span lang="en">never closed.\n');
    expect(error?.message).toMatch(/Expected a closing tag for `<span>`/);
    expect(error?.loc?.line).toBe(4);
  });
});

describe('study texts compiled ahead on a worker thread', () => {
  let cacheDir: string;
  beforeAll(() => {
    cacheDir = mkdtempSync(join(tmpdir(), 'atlas-bodies-'));
    process.env[CACHE_ENV] = cacheDir;
  });
  afterAll(() => {
    delete process.env[CACHE_ENV];
    rmSync(cacheDir, { recursive: true, force: true });
  });

  const copies = (count: number, name = 'copy') => {
    const text = readFileSync(`${inputs.studiesDir}/water-committees-three-valleys.mdx`, 'utf8');
    // Copies under other names: each its own file to compile, the same words.
    return Array.from({ length: count }, (_, i) => {
      const path = `${cacheDir}/${name}-${i}.mdx`;
      writeFileSync(path, text);
      return { path, text };
    });
  };
  const waitFor = async (done: () => boolean) => {
    for (let i = 0; i < 600 && !done(); i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
  };

  it('gives a page the text the worker compiled or is compiling, once, and leaves it the texts the worker has not reached', { timeout: 60_000 }, async () => {
    const files = copies(40);
    const ahead = compileStudyBodiesAhead(inputs, files, 1);
    await waitFor(() => ahead.stats.onWorkers >= 2);
    expect(ahead.stats.onWorkers).toBeGreaterThanOrEqual(2);
    // Taken in the pages' order: the first texts are unclaimed (the page compiles them, and the worker
    // never will); the last ones are the worker's, answered or being compiled, and must arrive.
    const taken = files.map((file) => takeStudyBodyAhead(studyBodyKey(inputs, file.path, file.text)));
    expect(taken[0]).toBeUndefined();
    expect(taken.at(-1)).toBeDefined();
    const expected = JSON.stringify(await compile(files[0]!.path, files[0]!.text)).replaceAll('copy-0', 'COPY');
    for (const [index, promise] of taken.entries()) {
      if (!promise) continue;
      await promise;
      const file = files[index]!;
      const kept = readCachedJson(buildCache(STUDY_BODIES_CACHE), studyBodyKey(inputs, file.path, file.text));
      expect(JSON.stringify(kept).replaceAll(`copy-${index}`, 'COPY')).toBe(expected);
    }
    // Each text is given once: the page in the next language reads it from the build cache.
    const last = files.at(-1)!;
    expect(takeStudyBodyAhead(studyBodyKey(inputs, last.path, last.text))).toBeUndefined();
    await waitFor(() => ahead.stats.onWorkers === taken.filter(Boolean).length);
    expect(ahead.stats.onWorkers).toBe(taken.filter(Boolean).length);
    expect(readdirSync(join(cacheDir, 'study-texts'), { recursive: true }).length).toBeGreaterThan(0);
  });

  it('leaves every text to the pages when they ask before the worker has started', { timeout: 60_000 }, async () => {
    const files = copies(3, 'early');
    const ahead = compileStudyBodiesAhead(inputs, files, 1);
    expect(files.map((file) => takeStudyBodyAhead(studyBodyKey(inputs, file.path, file.text)))).toEqual([undefined, undefined, undefined]);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(ahead.stats.onWorkers).toBe(0);
  });

  it('leaves to its page a text whose file changed after the build read it', { timeout: 60_000 }, async () => {
    const [file] = copies(1, 'edited');
    const read = { path: file!.path, text: `${file!.text}\nA sentence the file no longer has.\n` };
    const ahead = compileStudyBodiesAhead(inputs, [read], 1);
    await waitFor(() => ahead.stats.failedOnWorkers > 0);
    expect(ahead.stats.failedOnWorkers).toBe(1);
    // The worker found another text in the file than the build read: the page is told to compile it.
    await expect(takeStudyBodyAhead(studyBodyKey(inputs, read.path, read.text))).rejects.toThrow(/changed while the site was built/);
    expect(ahead.stats.onWorkers).toBe(0);
    expect(readCachedJson(buildCache(STUDY_BODIES_CACHE), studyBodyKey(inputs, read.path, read.text))).toBeUndefined();
  });
});
