/**
 * Keeps each MDX file's compiled module between builds. Compiling MDX (parsing, the remark and
 * rehype plugins, generating JavaScript) is the largest cost of a build that Vite repeats for
 * every file, changed or not; its result is a pure function of the file, of what the Markdown
 * plugins know about the atlas (`inputsOf`: the glossary's terms, the file's editorial notes,
 * settings) and of the engine, so it is kept in the build cache under a hash of those and given
 * back to Vite unchanged, with the metadata Astro attached to it.
 *
 * `@astrojs/mdx` compiles in the `transform` hook of its Vite plugin; a plugin placed before it
 * cannot stop it from compiling again (transforms chain), so this one wraps that hook once Vite
 * has resolved its plugins (as `@astrojs/mdx` itself edits the resolved list). A compile that
 * fails is never kept: the build stops with the compiler's message, as without the cache.
 */
import type { Plugin } from 'vite';
import { buildCache, cacheKey, type BuildCache } from '../lib/build/build-cache.ts';

/** The name `@astrojs/mdx` gives its Vite plugin. */
const MDX_PLUGIN = '@mdx-js/rolldown';

interface TransformResult {
  code: string;
  map: string | null;
  meta?: unknown;
}

type TransformHandler = ((this: unknown, code: string, id: string) => Promise<TransformResult | undefined>) & { [WRAPPED]?: true };

/** Marks a handler already wrapped: Astro runs several Vite builds over the same plugin objects. */
const WRAPPED = Symbol('atlas:mdx-cache');

export interface MdxCacheOptions {
  /** What the Markdown plugins' output for this file depends on besides the file itself (as text); undefined: never cached. */
  inputsOf: (path: string) => string | undefined;
  /** Counts what the build reused, for its log. */
  stats?: { reused: number; compiled: number };
}

export function vitePluginMdxCache({ inputsOf, stats }: MdxCacheOptions): Plugin {
  let cache: BuildCache | undefined;
  return {
    name: 'atlas:mdx-cache',
    configResolved(resolved) {
      cache = buildCache('mdx-modules');
      const mdx = resolved.plugins.find((plugin) => plugin.name === MDX_PLUGIN);
      const hook = mdx?.transform as { handler?: TransformHandler } | undefined;
      if (!cache || !hook || typeof hook.handler !== 'function' || hook.handler[WRAPPED]) return;
      const compile = hook.handler;
      const kept = cache;
      const cached: TransformHandler = async function (code, id) {
        const inputs = inputsOf(id.replaceAll('\\', '/'));
        if (inputs === undefined) return compile.call(this, code, id);
        const key = cacheKey(id, code, inputs);
        const hit = kept.get(key);
        if (hit) {
          try {
            const result = JSON.parse(hit.toString('utf8')) as TransformResult;
            if (stats) stats.reused += 1;
            return result;
          } catch {
            // An unreadable entry is compiled again.
          }
        }
        const result = await compile.call(this, code, id);
        if (result) {
          kept.set(key, JSON.stringify(result));
          if (stats) stats.compiled += 1;
        }
        return result;
      };
      cached[WRAPPED] = true;
      hook.handler = cached;
    },
  };
}
