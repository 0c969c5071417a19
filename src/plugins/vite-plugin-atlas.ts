/**
 * `virtual:atlas`: the loaded atlas (its folder layout and validated settings) for everything
 * Vite builds (content config, pages, components), as data. Loaded and checked once, in
 * `astro.config.mjs`; the modules read it from here instead of loading it again.
 */
import type { Plugin } from 'vite';
import type { Atlas } from '../lib/atlas/load.ts';

const ID = 'virtual:atlas';
const RESOLVED = `\0${ID}`;

export function vitePluginAtlas(atlas: Atlas): Plugin {
  const code = `export const atlas = ${JSON.stringify(atlas)};\n`;
  return {
    name: 'atlas:virtual-module',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? code : undefined),
  };
}
