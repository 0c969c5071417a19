/**
 * Gives every paragraph and list item of a study's text an id made from its own words
 * (`src/lib/util/passages.ts`), so that evidence links can point at the passage a claim rests
 * on. The id changes only when the passage itself changes. The content check computes the same
 * ids from the same tree, so the links it resolves always land.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { collectPassages } from '../lib/util/passages.ts';

export interface Options {
  /** Which files get ids (by absolute path, `/` separators). Default: none. */
  include?: (path: string) => boolean;
  /** Elements whose content is not the source's (what the atlas inserts). Default `EditorialInsert`. */
  skip?: readonly string[];
}

export default function remarkPassageIds(options: Options = {}) {
  const include = options.include ?? (() => false);
  const skip = options.skip ?? ['EditorialInsert'];
  return (tree: Root, file: VFile) => {
    if (!include((file.path ?? '').replaceAll('\\', '/'))) return;
    collectPassages(tree, skip, (node, id) => {
      const data = (node.data ?? {}) as { hProperties?: Record<string, unknown> };
      node.data = { ...data, hProperties: { ...data.hProperties, id } } as typeof node.data;
    });
  };
}
