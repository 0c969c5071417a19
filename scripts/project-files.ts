/** What a copy needs to build: the engine's files (node_modules is found in the parent folders), and an atlas's own. */
export const ENGINE_FILES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
export const ATLAS_FILES = ['site.config.ts', 'src/content', 'sources'];
/** The engine with this project's own atlas. */
export const PROJECT_FILES = [...ENGINE_FILES, ...ATLAS_FILES.filter((file) => !file.startsWith('src/'))];
