/**
 * Our remark plugins through Astro's real unified Markdown processor, against fixture folders
 * (`input.md` → `output.html`). `UPDATE_FIXTURES=1` rewrites the outputs; review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import remarkBaseLinks from '../../src/plugins/remark-base-links.ts';
import remarkHeadingFloor from '../../src/plugins/remark-heading-floor.ts';
import remarkLiteralListMarkers from '../../src/plugins/remark-literal-list-markers.ts';

const fixtures = resolve(import.meta.dirname, '../fixtures');

async function render(markdown: string, filePath: string) {
  const processor = await createMarkdownProcessor({
    gfm: false,
    smartypants: false,
    remarkPlugins: [
      remarkGfm,
      [
        remarkHeadingFloor,
        {
          rules: [
            { folder: '/site/src/content/studies', minDepth: 3 },
            { folder: '/site/src/content/glossary', minDepth: 2 },
          ],
        },
      ],
      remarkLiteralListMarkers,
    ],
  });
  return (await processor.render(markdown, { fileURL: new URL(`file://${filePath}`) })).code;
}

describe('remark-literal-list-markers', () => {
  const dir = join(fixtures, 'remark-literal-list-markers');
  for (const name of readdirSync(dir).sort()) {
    it(`${name}: renders output.html`, async () => {
      const html = `${await render(readFileSync(join(dir, name, 'input.md'), 'utf8'), '/site/src/pages/x.md')}\n`;
      const expectedPath = join(dir, name, 'output.html');
      if (process.env.UPDATE_FIXTURES || !existsSync(expectedPath)) writeFileSync(expectedPath, html);
      expect(html).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }

  it('keeps the authors’ marker text and hides only the bullet', async () => {
    const html = await render('- a) Economic Security\n- b) Food Security\n', '/site/x.md');
    expect(html).toContain('<ul class="literal-markers">');
    expect(html).toContain('<li>a) Economic Security</li>');
  });
});

describe('remark-heading-floor', () => {
  const input = readFileSync(join(fixtures, 'remark-heading-floor/input.md'), 'utf8');

  it('stops a study whose body uses a level the page owns, naming the line and the fix', async () => {
    await expect(render(input, '/site/src/content/studies/example.mdx')).rejects.toThrow(
      'example.mdx":\nline 5: heading "Too shallow" is level 2, but the page already uses levels 1 to 2: write it as "### Too shallow"',
    );
  });

  it('leaves files outside the studies folder alone', async () => {
    await expect(render(input, '/site/src/pages/about.md')).resolves.toContain('<h2 id="too-shallow">Too shallow</h2>');
  });
});

describe('remark-base-links', () => {
  async function renderWithBase(markdown: string, base: string) {
    const processor = await createMarkdownProcessor({ remarkPlugins: [[remarkBaseLinks, { base }]] });
    return (await processor.render(markdown)).code;
  }

  it('puts root-relative content links under the base path, once', async () => {
    const html = await renderWithBase(
      '[a](/studies/x/) [b](/atlas/studies/y/) [c](https://example.org/) [d](#part) [e][ref]\n\n[ref]: /sources/z.txt',
      '/atlas/',
    );
    expect(html).toContain('href="/atlas/studies/x/"');
    expect(html).toContain('href="/atlas/studies/y/"');
    expect(html).toContain('href="https://example.org/"');
    expect(html).toContain('href="#part"');
    expect(html).toContain('href="/atlas/sources/z.txt"');
  });

  it('changes nothing at the root base', async () => {
    expect(await renderWithBase('[a](/studies/x/)', '/')).toContain('href="/studies/x/"');
  });
});

describe('remark-base-links in MDX files', () => {
  it('leaves the links of files it does not include to the page’s own link component', async () => {
    const processor = await createMarkdownProcessor({ remarkPlugins: [[remarkBaseLinks, { base: '/atlas/', include: (path: string) => !path.endsWith('.mdx') }]] });
    const mdx = (await processor.render('[a](/studies/x/)', { fileURL: new URL('file:///site/src/content/studies/x.mdx') })).code;
    const md = (await processor.render('[a](/studies/x/)', { fileURL: new URL('file:///site/src/content/studies/x.md') })).code;
    expect(mdx).toContain('href="/studies/x/"');
    expect(md).toContain('href="/atlas/studies/x/"');
  });
});
