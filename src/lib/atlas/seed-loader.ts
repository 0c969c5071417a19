/**
 * A content loader for the raw source texts (`sources/seeds/` of the atlas): one entry per
 * `.txt` file, id = file name, read as the content check reads it (UTF-8, BOM and CRLF allowed).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { decodeText } from '../checks/text-file.ts';
import { displayPath } from './layout.ts';

export function seedTexts(folder: string): Loader {
  return {
    name: 'atlas:seed-texts',
    load: async ({ store, parseData, generateDigest, watcher }) => {
      store.clear();
      const names = (await readdir(folder).catch(() => [] as string[])).filter((file) => file.endsWith('.txt')).sort();
      for (const name of names) {
        const decoded = decodeText(await readFile(join(folder, name)));
        if (!decoded.ok) throw new AstroError(`${displayPath(join(folder, name))}: ${decoded.problem}`, 'Source texts are kept as UTF-8 text files.');
        const data = await parseData({ id: name, data: { text: decoded.text } });
        store.set({ id: name, data, digest: generateDigest(decoded.text) });
      }
      watcher?.add(folder);
    },
  };
}
