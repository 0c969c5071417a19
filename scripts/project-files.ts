/** What a copy of the project needs to build (node_modules is found in the parent folders). */
export const PROJECT_FILES = ['src', 'public', 'sources', 'astro.config.mjs', 'site.config.ts', 'tsconfig.json', 'package.json'];
