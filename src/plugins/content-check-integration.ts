/**
 * Runs the content check (`src/lib/content-check.ts`) before Astro loads any content, and stops
 * the build with every error listed as `file:line (field): message`. Warnings are logged.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, errorsOf, formatProblems } from '../lib/content-check.ts';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'atlas:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const { problems, studies, glossary } = checkContent({ root });
        const errors = errorsOf(problems);
        const warnings = problems.filter((p) => p.severity === 'warning');
        if (warnings.length > 0) logger.warn(formatProblems(warnings));
        if (errors.length > 0) {
          const error = new Error(`The content has ${errors.length} problem${errors.length > 1 ? 's' : ''}:\n${formatProblems(errors)}`);
          error.name = 'ContentError';
          error.stack = error.message;
          throw error;
        }
        logger.info(`${studies.length} studies and ${glossary.length} glossary entries checked`);
      },
    },
  };
}
