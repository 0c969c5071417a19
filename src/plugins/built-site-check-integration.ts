/**
 * After the build, checks the built site as a whole: every internal link and `#fragment`
 * resolves, no id is used twice on a page, and every study file became a page. Problems stop
 * the build, named by source file and line where the page comes from a content file.
 */
import type { AstroIntegration } from 'astro';
import { configPaths } from './astro-config-paths.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { duplicateIdsToContent, linkProblemsToContent } from '../lib/built-site-problems.ts';
import { checkContent, formatProblems, type ContentProblem } from '../lib/content-check.ts';
import { checkLinks, duplicateIds, scanSite } from '../lib/link-check.ts';

export default function builtSiteCheck(): AstroIntegration {
  let root = '';
  let base = '/';
  let site: string | undefined;
  return {
    name: 'atlas:built-site-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        ({ root, base } = configPaths(config));
        site = config.site;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const options = { root, base };
        const scan = scanSite(outDir);
        const links = checkLinks(scan, base, site);
        const problems: ContentProblem[] = [
          ...linkProblemsToContent(links.problems, options),
          ...duplicateIdsToContent(duplicateIds(scan), options),
        ];
        for (const study of checkContent({ root }).studies) {
          if (!existsSync(join(outDir, 'studies', study.slug, 'index.html'))) {
            problems.push({ file: study.file, message: `no page was built for this study at /studies/${study.slug}/` });
          }
        }
        if (problems.length > 0) {
          const error = new Error(
            `The built site has ${problems.length} problem${problems.length > 1 ? 's' : ''}:\n${formatProblems(problems)}`,
          );
          error.name = 'BuiltSiteError';
          error.stack = error.message;
          throw error;
        }
        logger.info(`${links.checked} internal links and their fragments resolve; no duplicate ids`);
      },
    },
  };
}
