/**
 * The atlases `npm test` builds (scripts/test.ts), and what the generic suites need to know of
 * each: its folder, its settings, its content (as the content check reads it) and where its
 * build is. Every generic suite runs over all of them; the tests about the project's own five
 * studies live apart, in tests/atlas/.
 */
import { join } from 'node:path';
import { loadAtlas, type Atlas } from '../../src/lib/atlas/load.ts';
import { atlasRoutes, type AtlasRoutes } from '../../src/lib/atlas/routes.ts';
import { checkContent, type CheckResult } from '../../src/lib/checks/content-check.ts';
import { pick } from '../../src/lib/model/localized-text.ts';
import { root } from './site.ts';

export interface BuiltAtlas {
  /** How test names call it. */
  name: string;
  atlas: Atlas;
  content: CheckResult;
  routes: AtlasRoutes;
  /** The build's output folder, and the base path it was built for. */
  dist: string;
  base: string;
  /** The site URL it was built with (SITE_URL), if any. */
  site?: string;
  /** The site's name in its first interface language. */
  title: string;
  locale: string;
}

/** The builds scripts/test.ts makes: folder, atlas, base path, site URL (only the published-like build has one). */
export const BUILDS = [
  { name: 'project atlas', atlasDir: root, dist: 'dist', base: '/' },
  { name: 'project atlas under /atlas/', atlasDir: root, dist: 'dist-base', base: '/atlas/', site: 'https://example.org' },
  { name: 'mini atlas', atlasDir: join(root, 'tests/fixtures/atlas-mini'), dist: 'dist-mini', base: '/' },
] as const;

export const MINI_ATLAS_DIR = BUILDS[2].atlasDir;

async function describeBuild(build: (typeof BUILDS)[number]): Promise<BuiltAtlas> {
  const atlas = await loadAtlas(build.atlasDir);
  const locale = atlas.config.languages.interface[0]!;
  return {
    name: build.name,
    atlas,
    content: checkContent(atlas),
    routes: atlasRoutes(atlas.config),
    dist: join(root, build.dist),
    base: build.base,
    site: 'site' in build ? build.site : undefined,
    title: pick(atlas.config.title, locale).text,
    locale,
  };
}

/** Every build, described. */
export const builtAtlases: BuiltAtlas[] = await Promise.all(BUILDS.map(describeBuild));

/** The builds at `/` (one per atlas). */
export const rootBuilds = builtAtlases.filter((b) => b.base === '/');

/** A site path under a build's base: `/studies/x/` → `/atlas/studies/x/`. */
export const under = (build: BuiltAtlas, path: string) => `${build.base.replace(/\/$/, '')}${path}`;
