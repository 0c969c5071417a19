/**
 * What the atlas adds to a study's text: glosses of its headings in the reader's language and
 * markers at the passages its editorial notes concern. The plugins run on MDX trees as the build
 * parses them; what they add carries no text of its own, so the passages and heading ids stay
 * the source's.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { headingGloss, withoutNumbering } from '../../src/lib/util/heading-glosses.ts';
import { notePlaces } from '../../src/lib/util/note-places.ts';
import remarkHeadingGlosses from '../../src/plugins/remark-heading-glosses.ts';
import remarkNoteMarkers from '../../src/plugins/remark-note-markers.ts';
import remarkPassageIds from '../../src/plugins/remark-passage-ids.ts';

const STANDARD = { de: { Einleitung: { en: 'Introduction' }, 'Fazit und Ausblick': { en: 'Conclusion and outlook' } } };

async function run(markdown: string, frontmatter: object, plugins: unknown[]): Promise<Root> {
  const file = new VFile({ value: markdown, path: '/atlas/src/content/studies/example.mdx', data: { astro: { frontmatter } } });
  const processor = unified().use(remarkParse).use(remarkMdx);
  for (const plugin of plugins) processor.use(...(plugin as [never, never]));
  return (await processor.run(processor.parse(file), file)) as Root;
}

const elements = (tree: Root, name: string) => {
  const found: { attributes: Record<string, unknown>; parentText: string }[] = [];
  const walk = (node: { type: string; children?: unknown[]; name?: string; attributes?: { name: string; value: unknown }[] }, parent?: unknown) => {
    if (node.name === name) found.push({ attributes: Object.fromEntries((node.attributes ?? []).map((a) => [a.name, a.value])), parentText: toString(parent as Root) });
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child, node);
  };
  walk(tree as never);
  return found;
};

describe('heading glosses', () => {
  it('matches a heading without its numbering and whatever its case', () => {
    expect(withoutNumbering('KAPITEL V FAZIT UND AUSBLICK')).toBe('FAZIT UND AUSBLICK');
    expect(withoutNumbering('4.1 Fazit und Ausblick')).toBe('Fazit und Ausblick');
    expect(withoutNumbering('A. Einleitung')).toBe('Einleitung');
    expect(withoutNumbering('Einleitung')).toBe('Einleitung');
    expect(headingGloss('KAPITEL V FAZIT UND AUSBLICK', 'de', { standard: STANDARD, own: {} })).toEqual({ en: 'Conclusion and outlook' });
    expect(headingGloss('2. Einleitung in die Methode', 'de', { standard: STANDARD, own: {} })).toBeUndefined();
    expect(headingGloss('Einleitung', 'fr', { standard: STANDARD, own: {} })).toBeUndefined();
  });

  it('prefers the study’s own gloss of a heading as written', () => {
    const own = { '2. Einleitung in die Methode': { en: '2. Introducing the method' } };
    expect(headingGloss('2. Einleitung in die Methode', 'de', { standard: STANDARD, own })).toEqual(own['2. Einleitung in die Methode']);
  });

  it('adds a gloss element to glossed headings only, leaving the heading’s text the source’s', async () => {
    const tree = await run('### 1. Einleitung\n\nText.\n\n### 2. Daten\n\nMehr.\n', { languages: ['de'] }, [[remarkHeadingGlosses, { include: () => true, standard: STANDARD }]]);
    const glosses = elements(tree, 'HeadingGloss');
    expect(glosses).toEqual([{ attributes: { source: 'de', gloss: JSON.stringify({ en: 'Introduction' }) }, parentText: '1. Einleitung' }]);
  });

  it('adds nothing to files it does not include', async () => {
    const tree = await run('### Einleitung\n', { languages: ['de'] }, [[remarkHeadingGlosses, { include: () => false, standard: STANDARD }]]);
    expect(elements(tree, 'HeadingGloss')).toEqual([]);
  });
});

describe('editorial note markers', () => {
  const body = 'Erster Absatz über Wasser.\n\n- Ein Punkt zur Wartung.\n- Ein zweiter Punkt.\n\nLetzter Absatz.\n';
  const notes = [
    { text: { en: 'About the whole study.' }, at: [] },
    { text: { en: 'About two passages.' }, at: ['Absatz über Wasser', 'zweiter Punkt'] },
    { text: { en: 'About one of them again.' }, at: ['Ein zweiter Punkt'] },
  ];

  it('marks each passage a note concerns with the note’s number, after the passage’s words', async () => {
    const ids: Record<string, string> = {};
    await run(body, {}, [[remarkPassageIds, { include: () => true }], [() => (tree: Root) => {
      const walk = (node: { data?: { hProperties?: { id?: string } }; children?: unknown[] }) => {
        if (node.data?.hProperties?.id) ids[toString(node as Root)] = node.data.hProperties.id;
        for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
      };
      walk(tree as never);
    }]]);
    const passageOf = (quote: string) => Object.entries(ids).find(([text]) => text.includes(quote))?.[1];
    const places = notePlaces(notes, passageOf);
    expect(Object.values(places)).toEqual([[2], [2, 3]]);

    const tree = await run(body, {}, [
      [remarkPassageIds, { include: () => true }],
      [remarkNoteMarkers, { studyOf: () => 'example', notes: { example: places } }],
    ]);
    const markers = elements(tree, 'NoteMarker').map((m) => [m.attributes.n, m.parentText]);
    expect(markers).toEqual([
      ['2', 'Erster Absatz über Wasser.'],
      ['2', 'Ein zweiter Punkt.'],
      ['3', 'Ein zweiter Punkt.'],
    ]);
  });
});
