/** The project root as a path and the base path ending in "/", as the atlas's integrations need them. */
import type { AstroConfig } from 'astro';
import { fileURLToPath } from 'node:url';

export function configPaths(config: AstroConfig): { root: string; base: string } {
  return { root: fileURLToPath(config.root), base: config.base.endsWith('/') ? config.base : `${config.base}/` };
}
