/**
 * Adds to each heading of a study's text that has a gloss (`src/lib/util/heading-glosses.ts`)
 * a `<HeadingGloss>` element carrying the gloss in every language it has; the element shows
 * the one in the reader's language. It has no text of its own in the tree, so the heading's id
 * and its entry in the table of contents stay the source's words.
 */
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { headingGloss, type HeadingGlosses } from '../lib/util/heading-glosses.ts';

export interface Options {
  /** Which files get glosses (by absolute path, `/` separators). Default: none. */
  include?: (path: string) => boolean;
  /** The atlas's glosses of standard headings, by language. Default: none. */
  standard?: HeadingGlosses['standard'];
  /** The element's name. Default `HeadingGloss`. */
  element?: string;
}

interface StudyFrontmatter {
  languages?: string[];
  headingGlosses?: HeadingGlosses['own'];
}

export default function remarkHeadingGlosses(options: Options = {}) {
  const include = options.include ?? (() => false);
  const standard = options.standard ?? {};
  const element = options.element ?? 'HeadingGloss';
  return (tree: Root, file: VFile) => {
    if (!include((file.path ?? '').replaceAll('\\', '/'))) return;
    const frontmatter = ((file.data as { astro?: { frontmatter?: StudyFrontmatter } }).astro?.frontmatter ?? {}) as StudyFrontmatter;
    const lang = frontmatter.languages?.[0];
    if (!lang) return;
    const glosses: HeadingGlosses = { standard, own: frontmatter.headingGlosses ?? {} };
    visit(tree, 'heading', (heading: Heading) => {
      const gloss = headingGloss(toString(heading), lang, glosses);
      if (!gloss) return;
      heading.children.push({
        type: 'mdxJsxTextElement',
        name: element,
        attributes: [
          { type: 'mdxJsxAttribute', name: 'source', value: lang },
          { type: 'mdxJsxAttribute', name: 'gloss', value: JSON.stringify(gloss) },
        ],
        children: [],
      } as unknown as Heading['children'][number]);
    });
  };
}
