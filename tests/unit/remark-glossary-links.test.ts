/**
 * remark-glossary-links on fixtures (`input.mdx` → `output.html`), through remark-mdx and
 * remark-rehype, with a fixed set of terms. `UPDATE_FIXTURES=1` rewrites the outputs.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Element, ElementContent } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkGlossaryLinks from '../../src/plugins/remark-glossary-links.ts';

const terms = [
  { id: 'unicef', aliases: ['UNICEF', 'United Nations Children’s Fund'] },
  { id: 'united-nations', aliases: ['PBB', 'United Nations'] },
  { id: 'un-act', aliases: ['UN-ACT', 'United Nations Action for Cooperation Against Trafficking in Persons'] },
  { id: 'law-66-2011-qh12', aliases: ['Law No. 66/2011/QH12', '66/2011/QH12'] },
  { id: 'child', aliases: ['anak'] },
  { id: 'human-security', aliases: ['keamanan manusia'] },
  { id: 'vietnam', aliases: ['Viet Nam'] },
];

/** MDX JSX elements become plain HTML elements, so that fixtures show where links landed. */
const jsxToElement = (_state: unknown, node: { name: string | null; attributes: { name: string; value: unknown }[]; children: unknown[] }, ) => ({
  type: 'element',
  tagName: node.name ?? 'div',
  properties: Object.fromEntries(node.attributes.map((a) => [a.name, String(a.value)])),
  children: (_state as { all: (n: unknown) => ElementContent[] }).all(node),
}) as Element;

async function render(source: string, path = '/site/src/content/studies/example.mdx') {
  const file = new VFile({ value: source, path });
  const result = await unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGlossaryLinks, {
      terms,
      href: (id: string) => `/atlas/glossary/${id}/`,
      include: (file: string) => /^\/site\/src\/content\/(studies|glossary)\//.test(file),
      entryOf: (file: string) => /^\/site\/src\/content\/glossary\/([^/]+)\.mdx?$/.exec(file)?.[1],
      entriesFolder: 'src/content/glossary/',
    })
    .use(remarkRehype, { handlers: { mdxJsxFlowElement: jsxToElement, mdxJsxTextElement: jsxToElement } as never })
    .use(rehypeStringify)
    .process(file);
  return { html: `${String(result)}\n`, linked: (file.data as { astro?: { frontmatter?: { linkedTerms?: string[] } } }).astro?.frontmatter?.linkedTerms };
}

const dir = resolve(import.meta.dirname, '../fixtures/remark-glossary-links');

describe('remark-glossary-links fixtures', () => {
  for (const name of readdirSync(dir).sort()) {
    it(`${name}: renders output.html`, async () => {
      const path = name === 'own-entry' ? '/site/src/content/glossary/unicef.mdx' : undefined;
      const { html } = await render(readFileSync(join(dir, name, 'input.mdx'), 'utf8'), path);
      const expectedPath = join(dir, name, 'output.html');
      if (process.env.UPDATE_FIXTURES || !existsSync(expectedPath)) writeFileSync(expectedPath, html);
      expect(html).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});

describe('remark-glossary-links behaviour', () => {
  it('links only the first mention of each term per section, with a description for previews', async () => {
    const { html, linked } = await render('UNICEF dan UNICEF.\n\n### Baru\n\nUNICEF.');
    expect(html.match(/href="\/atlas\/glossary\/unicef\/"/g)).toHaveLength(2);
    expect(html).toContain('<a href="/atlas/glossary/unicef/" class="term" aria-describedby="term-def-unicef">UNICEF</a>');
    expect(linked).toEqual(['unicef']);
  });

  it('stops the build on an unknown <Term> id, naming the line and the nearest id', async () => {
    await expect(render('Teks.\n\nLembaga <Term id="unicf">dana anak</Term>.')).rejects.toThrow(
      'line 3: <Term id="unicf"> names no glossary entry: did you mean "unicef"? Glossary ids are the file names in src/content/glossary/',
    );
  });

  it('links nothing automatically outside studies and glossary, but honours <Term>', async () => {
    const { html } = await render('UNICEF dan <Term id="unicef">dana anak</Term>.', '/site/src/pages/about.mdx');
    expect(html).toBe('<p>UNICEF dan <a href="/atlas/glossary/unicef/" class="term" aria-describedby="term-def-unicef">dana anak</a>.</p>\n');
  });
});
