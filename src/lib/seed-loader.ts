/**
 * A content loader for the raw source texts in `sources/seeds/` (resolved from the project
 * root, whichever folder the build runs from): one entry per `.txt` file, id = file name.
 */
import { readdir, readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';

export function seedTexts(folder = 'sources/seeds/'): Loader {
  return {
    name: 'atlas:seed-texts',
    load: async ({ config, store, parseData, generateDigest, watcher }) => {
      const dir = new URL(folder.endsWith('/') ? folder : `${folder}/`, config.root);
      store.clear();
      for (const name of (await readdir(dir)).filter((file) => file.endsWith('.txt')).sort()) {
        const text = await readFile(new URL(name, dir), 'utf8');
        const data = await parseData({ id: name, data: { text } });
        store.set({ id: name, data, digest: generateDigest(text) });
      }
      watcher?.add(dir.pathname);
    },
  };
}
