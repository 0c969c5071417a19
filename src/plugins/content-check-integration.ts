/**
 * Runs the content check (`src/lib/content-check.ts`) before Astro loads any content, and stops
 * the build with every problem listed as `file:line (field): message`.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblems } from '../lib/content-check.ts';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'atlas:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const { problems, studies } = checkContent({ root });
        if (problems.length > 0) {
          const error = new Error(
            `The content has ${problems.length} problem${problems.length > 1 ? 's' : ''}:\n${formatProblems(problems)}`,
          );
          error.name = 'ContentError';
          error.stack = error.message;
          throw error;
        }
        logger.info(`${studies.length} studies checked`);
      },
    },
  };
}
