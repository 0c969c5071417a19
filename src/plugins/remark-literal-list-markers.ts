/**
 * Keeps the authors' own list markers. The sources letter and number their lists in their
 * own way ("a.", "b)", "1)", and lettering that runs on across paragraphs), so the MDX writes
 * them as text in a bulleted list: `- a. Faktor internal ...`. This plugin finds such lists
 * and gives them a class, so that the stylesheet hides the bullets and hangs the marker.
 */
import type { List, Paragraph, Root } from 'mdast';
import { visit } from 'unist-util-visit';

export interface Options {
  /** Class set on a list whose every item starts with a literal marker. Default `literal-markers`. */
  className?: string;
  /** What counts as a marker at the start of an item. Default: a letter, a number or a roman numeral, then `.` or `)`. */
  marker?: RegExp;
}

const defaults: Required<Options> = {
  className: 'literal-markers',
  marker: /^(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s/i,
};

export default function remarkLiteralListMarkers(options: Options = {}) {
  const { className, marker } = { ...defaults, ...options };
  return (tree: Root) => {
    visit(tree, 'list', (list: List) => {
      if (list.ordered) return;
      const allMarked = list.children.every((item) => {
        const first = item.children[0] as Paragraph | undefined;
        const text = first?.type === 'paragraph' && first.children[0]?.type === 'text' ? first.children[0].value : '';
        return marker.test(text);
      });
      if (!allMarked) return;
      // `hProperties` is read by mdast-util-to-hast when the list becomes HTML.
      const data = (list.data ?? {}) as { hProperties?: Record<string, unknown> };
      list.data = { ...data, hProperties: { ...data.hProperties, className: [className] } } as List['data'];
    });
  };
}
