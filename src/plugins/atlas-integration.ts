/**
 * The engine's own integration: stops the build on content problems (found once, in
 * `astro.config.mjs`, before anything is built), adds the atlas's pages at the routes its
 * `site.config.ts` gives them, and makes the atlas readable to every module as `virtual:atlas`.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { pathsNote } from '../lib/atlas/layout.ts';
import type { Atlas } from '../lib/atlas/load.ts';
import type { CheckResult } from '../lib/checks/content-check.ts';
import { errorsOf, formatProblems, problemsError, warningsOf } from '../lib/checks/problems.ts';
import { vitePluginAtlas } from './vite-plugin-atlas.ts';

const CONTENT_HINT =
  'Each line names the file, the line and the field, then what to write instead. The fields are documented in src/lib/model/ and in the README ("Adding a study", "Adding a glossary entry"); `node scripts/check-content.ts` runs this check without building.';

const NO_SITE_URL =
  "SITE_URL is not set, so the site's full URL is unknown: citations, canonical links and Open Graph URLs leave it out, and there is no sitemap. Set SITE_URL to the site's origin (for example SITE_URL=https://example.github.io) when building the published site.";

const route = (name: string) => new URL(`../routes/${name}`, import.meta.url);

/** The pages whose place the atlas chooses (`studies.route`, `glossary.route`, `timeline.route`). */
export function atlasPages(atlas: Atlas): { pattern: string; entrypoint: URL }[] {
  const { config, layout } = atlas;
  const studies = `/${config.studies.route}`;
  const glossary = `/${config.glossary.route}`;
  return [
    { pattern: studies, entrypoint: route('studies-index.astro') },
    { pattern: `${studies}/[slug]`, entrypoint: route('study.astro') },
    { pattern: `${studies}/[slug]/[file]`, entrypoint: route('study-citation.ts') },
    { pattern: glossary, entrypoint: route('glossary-index.astro') },
    { pattern: `${glossary}/[id]`, entrypoint: route('glossary-entry.astro') },
    ...(existsSync(layout.timelineFile) ? [{ pattern: `/${config.timeline.route}`, entrypoint: route('timeline.astro') }] : []),
  ];
}

export default function atlasIntegration(atlas: Atlas, check: CheckResult): AstroIntegration {
  return {
    name: 'atlas',
    hooks: {
      'astro:config:setup': ({ config, command, injectRoute, updateConfig, logger }) => {
        const warnings = warningsOf(check.problems);
        if (warnings.length > 0) logger.warn(formatProblems(warnings));
        if (!config.site && command === 'build') logger.warn(NO_SITE_URL);
        const errors = errorsOf(check.problems);
        if (errors.length > 0) throw problemsError('The content', errors, `${CONTENT_HINT}${pathsNote(atlas.layout.root)}`);
        logger.info(`${check.studies.length} studies and ${check.glossary.length} glossary entries checked`);
        for (const page of atlasPages(atlas)) injectRoute(page);
        updateConfig({
          vite: {
            plugins: [vitePluginAtlas(atlas, check.evidence.index)],
            // The atlas may live outside the project (ATLAS_DIR): let the dev server read it.
            server: { fs: { allow: [atlas.layout.root, process.cwd()] } },
          },
        });
      },
    },
  };
}
