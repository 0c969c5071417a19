/**
 * Stops the build when a content file uses a heading level the page layout already owns.
 * A study page supplies the h1 (its title) and the h2 sections ("Overview", "Text of the
 * study"), so a study's own headings start at h3; a glossary page supplies only the h1, so an
 * entry's headings start at h2 (the atlas's `site.config.ts` sets each collection's floor).
 * The outline stays in order for screen readers.
 */
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export interface Rule {
  /** Applies to files inside this folder (absolute path, `/` separators), e.g. `/atlas/src/content/studies`. */
  folder: string;
  /** Shallowest heading depth allowed in their bodies. */
  minDepth: number;
}

export interface Options {
  /** One rule a collection. Default: none (every level allowed). */
  rules?: readonly Rule[];
}

export default function remarkHeadingFloor(options: Options = {}) {
  const rules = (options.rules ?? []).map((rule) => ({ ...rule, folder: `${rule.folder.replace(/\/+$/, '')}/` }));
  return (tree: Root, file: VFile) => {
    const path = file.path?.replaceAll('\\', '/') ?? '';
    const rule = rules.find((r) => path.startsWith(r.folder));
    if (!rule) return;
    const { minDepth } = rule;
    visit(tree, 'heading', (heading: Heading) => {
      if (heading.depth >= minDepth) return;
      const hashes = '#'.repeat(minDepth);
      // The line is in the text as well as in `place`: Astro's error wrapper prints only the text.
      const line = heading.position ? `line ${heading.position.start.line}: ` : '';
      file.fail(
        `${line}heading "${toString(heading)}" is level ${heading.depth}, but the page already uses ${minDepth > 2 ? `levels 1 to ${minDepth - 1}` : 'level 1'}: write it as "${hashes} ${toString(heading)}" (and its sub-headings one level deeper)`,
        { place: heading.position, ruleId: 'heading-floor', source: 'atlas' },
      );
    });
  };
}
