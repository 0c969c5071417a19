/**
 * The studies' loader: Astro's `glob` loader, except that an MDX study is not made a module for
 * Vite to bundle. Its text is compiled to plain data instead (`src/lib/build/study-body.ts`) and
 * rendered by `StudyBody.astro`; the entry keeps its data, body, file and digest, and the dev
 * server still follows its edits. A plain Markdown study is rendered by the loader, as `glob` does.
 */
import { glob, type Loader } from 'astro/loaders';
import { detached } from '../util/detached.ts';

export function studyFiles(options: Parameters<typeof glob>[0]): Loader {
  const loader = glob(options);
  return {
    ...loader,
    name: 'atlas:study-files',
    load: (context) =>
      loader.load({
        ...context,
        store: {
          ...context.store,
          // Kept for the whole build: copied apart from the file's text they were parsed from.
          set: (entry) => context.store.set({ ...entry, data: detached(entry.data), body: entry.body === undefined ? undefined : detached(entry.body), deferredRender: undefined }),
          addModuleImport: () => undefined,
        },
      }),
  };
}
