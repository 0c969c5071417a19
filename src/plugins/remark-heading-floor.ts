/**
 * Stops the build when a content file uses a heading level the page layout already owns.
 * A study page supplies the h1 (its title) and the h2 sections ("Overview", "Text of the
 * study"); the study's own headings start at h3, so the outline stays in order for screen
 * readers and the table of contents.
 */
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export interface Options {
  /** Shallowest heading depth allowed in a body. Default 3. */
  minDepth?: number;
  /** Applies only to files whose path contains this segment. Default `/src/content/studies/`. */
  pathIncludes?: string;
}

export default function remarkHeadingFloor(options: Options = {}) {
  const minDepth = options.minDepth ?? 3;
  const pathIncludes = options.pathIncludes ?? '/src/content/studies/';
  return (tree: Root, file: VFile) => {
    if (!file.path?.replaceAll('\\', '/').includes(pathIncludes)) return;
    visit(tree, 'heading', (heading: Heading) => {
      if (heading.depth >= minDepth) return;
      const hashes = '#'.repeat(minDepth);
      // The line is in the text as well as in `place`: Astro's error wrapper prints only the text.
      const line = heading.position ? `line ${heading.position.start.line}: ` : '';
      file.fail(
        `${line}heading "${toString(heading)}" is level ${heading.depth}, but the page already uses levels 1 to ${minDepth - 1}: write it as "${hashes} ${toString(heading)}" (and its sub-headings one level deeper)`,
        { place: heading.position, ruleId: 'heading-floor', source: 'atlas' },
      );
    });
  };
}
