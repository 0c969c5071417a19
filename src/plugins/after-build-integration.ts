/**
 * One pass over the built site after Astro has written it. Each file is read once and each page
 * parsed once (or not at all: a page an earlier build parsed, byte for byte the same, is read from
 * the build cache, src/lib/build/built-page.ts), on worker threads (src/lib/build/built-page-pool.ts),
 * and handed, in the order of the files, to every step:
 *
 * 1. the link check (each page's links and ids; the pages themselves are not kept),
 * 2. the search bundles, one per language of the atlas's texts (Pagefind's Node API, `addHTMLFile`;
 *    only `data-pagefind-body` articles),
 * 3. the downloadable copy (each page rewritten for `file://` and streamed into the zip),
 * 4. the offline manifest (each file's hash and size), written beside the service worker that reads it.
 *
 * Problems stop the build named by source file and line where the page comes from content.
 * The search index, the archive and the service worker are written only for a sound site.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pathsNote } from '../lib/atlas/layout.ts';
import type { Atlas } from '../lib/atlas/load.ts';
import { archiveName, downloadOffered } from '../lib/build/download-name.ts';
import { archiveFile, type BuiltPage } from '../lib/build/built-page.ts';
import { BuiltPagePool } from '../lib/build/built-page-pool.ts';
import { passOrder } from '../lib/build/pass-order.ts';
import type { AheadStats } from '../lib/build/citations-ahead.ts';
import type { StudyBodiesAhead, StudyBodiesStats } from '../lib/build/study-bodies-ahead.ts';
import type { MdxWorkerStats } from '../lib/build/mdx-workers.ts';
import { classicPagefind, DownloadArchive, DOWNLOADS_DIR, notInDownload, pagefindData, type DeflatedEntry } from '../lib/build/download.ts';
import { hashFile, notCached, planOffline, writeServiceWorker, type HashedFile } from '../lib/build/offline.ts';
import { closeSearchIndexes, createSearchIndexes } from '../lib/build/search-index.ts';
import { searchBundles } from '../lib/search/bundles.ts';
import { duplicateIdsToContent, linkProblemsToContent } from '../lib/checks/built-site-problems.ts';
import type { CheckResult } from '../lib/checks/content-check.ts';
import { checkLinks, duplicateIds, type LinkProblem, type SiteScan } from '../lib/checks/link-check.ts';
import { problemsError, type ContentProblem } from '../lib/checks/problems.ts';
import { pick } from '../lib/model/localized-text.ts';
import { CLASSIC, PAGEFIND_DIR } from '../lib/util/output-files.ts';
import { localeOfPath, normalizeBase, outputFileOf, sitePathOf } from '../lib/util/paths.ts';
import { walkFiles } from '../lib/util/walk-files.ts';
import { atlasRoutes } from '../lib/atlas/routes.ts';
import { classicFile, type ClassicScripts } from './browser-scripts-integration.ts';

const PAGEFIND_HINT =
  'Pagefind runs as a binary of its npm package: run `npm install` again (it installs the binary for this system), and check that the output folder is writable.';
/** Pages read ahead of the one being taken: enough to keep the workers busy, few enough to hold in memory. */
const PAGES_IN_FLIGHT = 64;
const BUILT_SITE_HINT =
  'A line with a file and line number is a link or heading written in that content file; a link on many built pages comes from a component of the engine. Fix the link or heading, or create the page it points to.';

export interface AfterBuildOptions {
  atlas: Atlas;
  check: CheckResult;
  /** The classic scripts of the downloadable copy (built by the browser-scripts integration). */
  classicScripts: () => Promise<Record<string, ClassicScripts>>;
  /** How many MDX modules were compiled and how many the build cache gave back (for the log). */
  mdxStats?: { reused: number; compiled: number };
  /** How many of those were compiled on worker threads, or why none were. */
  mdxWorkers?: MdxWorkerStats;
  /** Starts formatting the citations ahead of the pages (src/lib/build/citations-ahead.ts), when building. */
  citationsAhead?: () => AheadStats;
  /** The study texts compiled ahead of their pages (src/lib/build/study-bodies-ahead.ts): stopped unless building. */
  studyTexts?: StudyBodiesAhead;
}

export default function afterBuild({ atlas, check, classicScripts, mdxStats, mdxWorkers, citationsAhead, studyTexts }: AfterBuildOptions): AstroIntegration {
  let base = '/';
  let ahead: AheadStats | undefined;
  let bodies: StudyBodiesStats | undefined;
  let site: string | undefined;
  return {
    name: 'atlas:after-build',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') {
          studyTexts?.stop();
          return;
        }
        bodies = studyTexts?.stats;
        ahead = citationsAhead?.();
      },
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const classic = await classicScripts();
        const locales = atlas.config.languages.interface;
        const search = await createSearchIndexes(searchBundles(atlas.config.languages.known), ['[data-editorial-chrome]']).catch((error: unknown) => {
          throw new AstroError(String(error instanceof Error ? error.message : error), PAGEFIND_HINT);
        });
        const top = archiveName(atlas.config).replace(/\.zip$/, '');
        const offered = downloadOffered(atlas.config, check.studies.length);
        const archive = offered ? new DownloadArchive(join(outDir, DOWNLOADS_DIR, archiveName(atlas.config)), top) : undefined;
        const pages = new BuiltPagePool();
        try {
          // 1. One pass over the built files (in `passOrder`). Pages are read on worker threads, their results taken in
          // the order of the files, so the archive and the search index see the same order at any number of workers.
          const scan: SiteScan = { files: new Set(), pages: new Map() };
          let reused = 0;
          const hashed: HashedFile[] = [];
          const queue: { path: string; locale?: string; bytes: Buffer; page?: Promise<BuiltPage>; file?: DeflatedEntry }[] = [];
          const take = async () => {
            const { path, locale, bytes, page: reading, file } = queue.shift()!;
            if (!reading) {
              if (file) archive!.addDeflated(path, file);
              return;
            }
            const page = await reading;
            scan.pages.set(path, page.scan);
            if (page.cached) reused += 1;
            // The pages of the first interface language only: the others show the same texts
            // (a study's own text, its quotes) and the search interface links to its reader's language.
            if (locale === locales[0]) {
              search.add(sitePathOf(path), page.searchBody ? () => bytes.toString('utf8') : () => readFileSync(join(outDir, path), 'utf8'), page.searchBody);
              await search.room();
            }
            if (archive && page.entry) archive.addDeflated(path, page.entry);
          };
          const walked = walkFiles(outDir).map((file) => relative(outDir, file).split(sep).join('/'));
          for (const path of passOrder(walked, locales)) {
            if (path.startsWith(`${DOWNLOADS_DIR}/`) || notCached(path)) continue;
            const bytes = readFileSync(join(outDir, path));
            scan.files.add(path);
            const hash = hashFile(path, bytes);
            hashed.push(hash);
            if (!path.endsWith('.html')) {
              if (archive && !notInDownload(path)) queue.push({ path, bytes, file: archiveFile(bytes, hash.sha256) });
            } else {
              const locale = localeOfPath(sitePathOf(path), locales);
              const copy = archive && { base, classic: classic[locale]!, searchPage: classicFile(CLASSIC.searchPage, locale, locales) };
              queue.push({ path, locale, bytes, page: pages.read(bytes, path, copy) });
            }
            while (queue.length > PAGES_IN_FLIGHT) await take();
          }
          while (queue.length > 0) await take();
          await pages.close();

          // 2. The link check, before anything else is written (the archive is being written: it exists).
          if (archive) scan.files.add(relative(outDir, archive.path).split(sep).join('/'));
          const links = checkLinks(scan, base, site);
          const problems = builtSiteProblems(atlas, check, scan, links.problems, base);
          if (problems.length > 0) throw problemsError('The built site', problems, `${BUILT_SITE_HINT}${pathsNote(atlas.layout.root)}`);

          // 3. The search bundles.
          const indexErrors = await search.write(outDir);
          if (indexErrors.length > 0) throw new AstroError(`Pagefind could not index the site: ${indexErrors.join('; ')}`, PAGEFIND_HINT);
          const pagefindFiles = walkFiles(join(outDir, PAGEFIND_DIR));
          for (const file of pagefindFiles) hashed.push(hashFile(relative(outDir, file).split(sep).join('/'), readFileSync(file)));

          // 4. The downloadable copy: what only exists now (the classic search, the index as a script, the read-me).
          let download: ReturnType<DownloadArchive['finish']> | undefined;
          if (archive) {
            for (const locale of locales) {
              const scripts = classic[locale]!;
              archive.add(classicFile(CLASSIC.searchUi, locale, locales), scripts.searchUi);
              archive.add(classicFile(CLASSIC.searchPage, locale, locales), scripts.searchPage);
              archive.add(classicFile(CLASSIC.passageHighlight, locale, locales), scripts.passageHighlight);
              archive.add(classicFile(CLASSIC.searchMatches, locale, locales), scripts.searchMatches);
            }
            archive.add(CLASSIC.pagefind, await classicPagefind(outDir));
            archive.add(CLASSIC.pagefindData, pagefindData(outDir));
            archive.add('README.txt', readme(atlas));
            download = archive.finish();
          }

          // 5. The service worker and its manifest, over every file but themselves and the archive.
          const plan = planOffline(hashed, base, atlas.config.offline.precacheLimitBytes);
          const offlineManifest = writeServiceWorker(outDir, base, plan);

          const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
          logger.info(`${links.checked} internal links and their fragments resolve; no duplicate ids`);
          logger.info(`${reused} pages read again from the build cache, ${scan.pages.size - reused} parsed`);
          if (mdxStats) {
            const where = mdxWorkers?.notUsed ? ` on the main thread: ${mdxWorkers.notUsed}` : mdxWorkers && mdxStats.compiled > 0 ? ` (${mdxWorkers.onWorkers} on worker threads)` : '';
            logger.info(`${mdxStats.reused} MDX modules read again from the build cache, ${mdxStats.compiled} compiled${where}`);
          }
          if (bodies) {
            const failed = `${bodies.failedOnWorkers > 0 ? ` (${bodies.failedOnWorkers} left to them by the worker)` : ''}${bodies.failure ? ` (a worker stopped: ${bodies.failure})` : ''}`;
            logger.info(`study texts: ${bodies.cached} read again from the build cache, ${bodies.onWorkers} compiled ahead on worker threads, ${bodies.onMainThread} by their pages${failed}`);
          }
          if (ahead) {
            const stopped = ahead.failure ? ` (the worker stopped: ${ahead.failure})` : '';
            logger.info(
              `citations: ${ahead.formatted} of ${ahead.items} formatted on a worker thread (${ahead.askedFor} of them first, as their pages asked; at most ${ahead.mostEngines} citation engine${ahead.mostEngines === 1 ? '' : 's'} at once), ${ahead.byPages} by their pages${stopped}`,
            );
          }
          logger.info(
            `search: ${search.pages} pages (of ${scan.pages.size}, in ${locales.length} interface languages) read into ${atlas.config.languages.known.length} language bundles, ${pagefindFiles.length} files`,
          );
          logger.info(
            download
              ? `download: ${relative(outDir, download.path)}, ${download.files} files, ${mb(download.bytes)} MB`
              : `download: not made, the atlas has ${check.studies.length} studies, more than offline.downloadMaxStudies (${atlas.config.offline.downloadMaxStudies})`,
          );
          logger.info(
            `service worker ${plan.version} (${offlineManifest}): ${plan.all.length} files, ${mb(plan.totalBytes)} MB, ${plan.precacheAll ? 'all stored on the first visit' : `shell stored (${plan.shell.length} files), the rest on request`}`,
          );
        } catch (error) {
          try {
            archive?.finish();
          } catch {
            // The build has already failed; the half-written archive is not kept.
          }
          rmSync(join(outDir, DOWNLOADS_DIR), { recursive: true, force: true });
          throw error;
        } finally {
          await pages.close();
          // Closing fails only when Pagefind has already stopped; the build's own error is what matters.
          await closeSearchIndexes().catch(() => undefined);
        }
      },
    },
  };
}

/** Links, fragments and ids of the built site, and a page for every study. */
function builtSiteProblems(atlas: Atlas, check: CheckResult, scan: SiteScan, linkProblems: LinkProblem[], base: string): ContentProblem[] {
  const options = { atlas, base };
  const problems: ContentProblem[] = [
    ...linkProblemsToContent(linkProblems, options),
    ...duplicateIdsToContent(duplicateIds(scan), options),
  ];
  const routes = atlasRoutes(atlas.config);
  for (const study of check.studies) {
    if (!scan.files.has(outputFileOf(routes.study(study.slug)))) {
      problems.push({ file: study.file, message: `no page was built for this study at ${routes.study(study.slug)}` });
    }
  }
  return problems;
}

/** The read-me of the downloaded copy: the site's name and the atlas's own words, in each interface language. */
function readme(atlas: Atlas): string {
  const { config } = atlas;
  return `${config.languages.interface
    .map((locale) => `${pick(config.title, locale).text}\n\n${pick(config.prose.downloadReadme, locale).text.trim()}\n`)
    .join('\n')}`;
}
