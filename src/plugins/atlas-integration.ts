/**
 * The engine's own integration: stops the build on content problems (found once, in
 * `astro.config.mjs`, before anything is built), says which drafts are left out (or, on the dev
 * server, where they are shown) and what they leave to review, adds the atlas's pages at the
 * routes its `site.config.ts` gives them, and makes the atlas readable to every module as
 * `virtual:atlas`.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { pathsNote } from '../lib/atlas/layout.ts';
import { atlasRoutes, COMPARE_ROUTE, EDITION_ROUTE, LISTING_PATTERNS, LISTING_SEGMENTS, SEARCH_ROUTE } from '../lib/atlas/routes.ts';
import type { Atlas } from '../lib/atlas/load.ts';
import type { CheckResult } from '../lib/checks/content-check.ts';
import { draftReviews } from '../lib/checks/draft-review.ts';
import { errorsOf, formatProblems, problemsError, reviewsOf, warningsOf } from '../lib/checks/problems.ts';
import { withBase } from '../lib/util/paths.ts';
import type { StudyTextInputs } from '../lib/build/study-body.ts';
import { vitePluginAtlas } from './vite-plugin-atlas.ts';

const CONTENT_HINT =
  'Each line names the file, the line and the field, then what to write instead. The fields are documented in src/lib/model/ and in the README ("Adding a study", "Adding a glossary entry"); `node scripts/check-content.ts` runs this check without building.';

const NO_SITE_URL =
  "SITE_URL is not set, so the site's full URL is unknown: citations, canonical links and Open Graph URLs leave it out, and there is no sitemap. Set SITE_URL to the site's origin (for example SITE_URL=https://example.github.io) when building the published site.";

const route = (name: string) => new URL(`../routes/${name}`, import.meta.url);
const page = (name: string) => new URL(`../pages/${name}`, import.meta.url);

interface InjectedPage {
  pattern: string;
  entrypoint: URL;
}

/**
 * The pages whose place the atlas chooses (`studies.route`, `glossary.route`, `timeline.route`),
 * and every page again under each later interface language (`/id/studies/…`; the first
 * language's pages, at the top, are the files of src/pages and these). One file for every
 * language: a page takes its language from its URL. Citation files, source texts, the 404
 * page and the manifest are the same for every reader and exist once.
 */
export function atlasPages(atlas: Atlas): InjectedPage[] {
  const { config, layout } = atlas;
  const studies = `/${config.studies.route}`;
  const glossary = `/${config.glossary.route}`;
  const pages: InjectedPage[] = [
    { pattern: studies, entrypoint: route('studies-index.astro') },
    // The index's other pages, orders and filters (`/studies/page/2/`, `/studies/by-title/`, `/studies/kind/<id>/`).
    ...Object.values(LISTING_PATTERNS).map((pattern) => ({ pattern: `${studies}/${pattern}`, entrypoint: route('studies-index.astro') })),
    { pattern: `${studies}/[slug]`, entrypoint: route('study.astro') },
    { pattern: glossary, entrypoint: route('glossary-index.astro') },
    { pattern: `${glossary}/[id]`, entrypoint: route('glossary-entry.astro') },
    ...(existsSync(layout.timelineFile) ? [{ pattern: `/${config.timeline.route}`, entrypoint: route('timeline.astro') }] : []),
  ];
  const fixed: InjectedPage[] = [
    { pattern: '/', entrypoint: page('index.astro') },
    { pattern: `/${COMPARE_ROUTE}`, entrypoint: page('compare.astro') },
    { pattern: `/${SEARCH_ROUTE}`, entrypoint: page('search.astro') },
    { pattern: `/${EDITION_ROUTE}`, entrypoint: page('edition.astro') },
  ];
  const translated = config.languages.interface
    .slice(1)
    .flatMap((locale) => [...fixed, ...pages].map(({ pattern, entrypoint }) => ({ pattern: `/${locale}${pattern === '/' ? '' : pattern}`, entrypoint })));
  return [...pages, { pattern: `${studies}/[slug]/[file]`, entrypoint: route('study-citation.ts') }, ...translated];
}

/** A study whose slug is a segment of the studies index's listings (`by-title`, `page`, …) would lose its page or its citation files to them. */
function reservedSlugProblem(check: CheckResult, studiesRoute: string): string | undefined {
  const reserved: readonly string[] = Object.values(LISTING_SEGMENTS);
  const taken = [...check.studies, ...check.drafts].filter((study) => reserved.includes(study.slug));
  if (taken.length === 0) return undefined;
  return taken
    .map((study) => `${study.file}: the name "${study.slug}" is taken by the pages of the studies index (/${studiesRoute}/${study.slug}/…; taken: ${reserved.join(', ')}): rename the file, for example to "${study.slug}-study.mdx"`)
    .join('\n');
}

/** `; 1 draft left out of the published build`, when there are drafts. */
function draftsCount(check: CheckResult, dev: boolean): string {
  const n = check.drafts.length;
  if (n === 0) return '';
  return `; ${n} draft${n === 1 ? '' : 's'} ${dev ? 'shown here only, with a banner' : 'left out of the published build'}`;
}

/** For each draft: where it is (or that it is left out), how much it leaves to review, and each item. */
function draftReports(atlas: Atlas, check: CheckResult, dev: boolean, base: string): string[] {
  const routes = atlasRoutes(atlas.config);
  const reviews = reviewsOf(check.problems);
  return check.drafts.map((draft) => {
    const items = reviews.filter((p) => p.file === draft.file);
    const where = dev ? `shown at ${withBase(base, routes.study(draft.slug))} with a banner` : 'left out of the published build';
    const count = `${items.length} item${items.length === 1 ? '' : 's'} left to review`;
    return `${draft.file} is a draft: ${where}; ${count}${items.length > 0 ? `\n${formatProblems(items)}` : ''}`;
  });
}

export default function atlasIntegration(atlas: Atlas, check: CheckResult, studyTextInputs: StudyTextInputs): AstroIntegration {
  return {
    name: 'atlas',
    hooks: {
      'astro:config:setup': ({ config, command, injectRoute, updateConfig, logger }) => {
        const warnings = warningsOf(check.problems);
        if (warnings.length > 0) logger.warn(formatProblems(warnings));
        if (!config.site && command === 'build') logger.warn(NO_SITE_URL);
        const errors = errorsOf(check.problems);
        if (errors.length > 0) throw problemsError('The content', errors, `${CONTENT_HINT}${pathsNote(atlas.layout.root)}`);
        const reserved = reservedSlugProblem(check, atlas.config.studies.route);
        if (reserved) throw new Error(reserved);
        const dev = command === 'dev';
        logger.info(`${check.studies.length} studies and ${check.glossary.length} glossary entries checked${draftsCount(check, dev)}`);
        for (const lines of draftReports(atlas, check, dev, config.base)) logger.info(lines);
        for (const page of atlasPages(atlas)) injectRoute(page);
        updateConfig({
          vite: {
            // Only the dev server shows drafts, so only it needs their passages and review items.
            plugins: [dev ? vitePluginAtlas(atlas, studyTextInputs, { ...check.evidence.index, ...check.draftEvidence }, draftReviews(check)) : vitePluginAtlas(atlas, studyTextInputs, check.evidence.index)],
            // The atlas may live outside the project (ATLAS_DIR): let the dev server read it.
            server: { fs: { allow: [atlas.layout.root, process.cwd()] } },
          },
        });
      },
    },
  };
}
