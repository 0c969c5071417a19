/**
 * Puts root-relative links written in content (`[UNICEF](/studies/unicef-child-trafficking-vietnam/)`)
 * under the site's base path, so that they keep working on a GitHub Pages project site
 * (`/atlas/studies/...`). Authors write site paths; the build adds the base.
 */
import type { Definition, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';

export interface Options {
  /** The base path, e.g. `/atlas/`. Default `/` (nothing to do). */
  base?: string;
}

export default function remarkBaseLinks(options: Options = {}) {
  const base = (options.base ?? '/').replace(/\/+$/, '');
  return (tree: Root) => {
    if (base === '') return;
    visit(tree, ['link', 'definition'], (node) => {
      const target = node as Link | Definition;
      if (target.url.startsWith('/') && !target.url.startsWith('//') && !target.url.startsWith(`${base}/`)) {
        target.url = `${base}${target.url}`;
      }
    });
  };
}
