/**
 * Marks each passage of a study's text that an editorial note concerns with a `<NoteMarker>`
 * element linking to the note, after the passage's own words. Runs after `remark-passage-ids`,
 * whose ids say which passage is which; which notes concern which passages comes from the
 * content check, which found each note's quotes (`at`) in the text.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export interface Options {
  /** The study a file is (by absolute path, `/` separators), or undefined for files without markers. */
  studyOf?: (path: string) => string | undefined;
  /** Study → passage id → the numbers (from 1) of the notes that concern it. Default: none. */
  notes?: Readonly<Record<string, Readonly<Record<string, readonly number[]>>>>;
  /** The element's name. Default `NoteMarker`. */
  element?: string;
  /**
   * Mark every passage instead, with one element that has only its `passage`: a place where the
   * page puts the markers of the notes it knows (a study text compiled before the notes are
   * placed, src/lib/build/study-body.ts). `notes` is then not read. Default false.
   */
  slots?: boolean;
}

export default function remarkNoteMarkers(options: Options = {}) {
  const studyOf = options.studyOf ?? (() => undefined);
  const element = options.element ?? 'NoteMarker';
  return (tree: Root, file: VFile) => {
    const study = studyOf((file.path ?? '').replaceAll('\\', '/'));
    const notes = study ? options.notes?.[study] : undefined;
    if (!study || (!notes && !options.slots)) return;
    visit(tree, (node) => {
      if (node.type !== 'paragraph' && node.type !== 'listItem') return;
      const id = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
      if (typeof id !== 'string') return;
      const numbers = options.slots ? [undefined] : notes?.[id];
      if (!numbers) return;
      // A list item's words end in its first paragraph (a nested list is its own passage).
      const target = node.type === 'paragraph' ? node : node.children.find((child) => child.type === 'paragraph');
      if (!target) return;
      for (const n of numbers) {
        target.children.push({
          type: 'mdxJsxTextElement',
          name: element,
          attributes: [...(n === undefined ? [] : [{ type: 'mdxJsxAttribute', name: 'n', value: String(n) }]), { type: 'mdxJsxAttribute', name: 'passage', value: id }],
          children: [],
        } as unknown as (typeof target.children)[number]);
      }
    });
  };
}
