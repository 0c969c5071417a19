/**
 * Puts root-relative links written in Markdown content (`[a study](/studies/slug/)`) under the
 * site's base path, so that they keep working on a GitHub Pages project site
 * (`/atlas/studies/...`). Authors write site paths; the build adds the base.
 *
 * MDX files do not need it: their links are rendered by the page's `a` component
 * (`src/components/ContentLink.astro`), which adds the base and the reader's language when the
 * page is built. This plugin serves plain `.md` files, whose HTML is made once.
 */
import type { Definition, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { normalizeBase, withBase } from '../lib/util/paths.ts';

export interface Options {
  /** The base path, e.g. `/atlas/`. Default `/` (nothing to do). */
  base?: string;
  /** Which files to change (by path). Default: every file. */
  include?: (path: string) => boolean;
}

export default function remarkBaseLinks(options: Options = {}) {
  const base = normalizeBase(options.base ?? '/');
  const include = options.include ?? (() => true);
  return (tree: Root, file: VFile) => {
    if (base === '/' || !include((file.path ?? '').replaceAll('\\', '/'))) return;
    visit(tree, ['link', 'definition'], (node) => {
      const target = node as Link | Definition;
      if (target.url.startsWith('/') && !target.url.startsWith('//') && !target.url.startsWith(base)) {
        target.url = withBase(base, target.url);
      }
    });
  };
}
