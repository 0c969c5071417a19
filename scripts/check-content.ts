/**
 * The content check on its own, without a build: node scripts/check-content.ts
 * (for another atlas: ATLAS_DIR=path/to/atlas node scripts/check-content.ts).
 * Prints every problem as `file:line (field): message` (and what drafts leave to review, as
 * `to review: file:line (field): …`); exits 1 if there is an error.
 */
import { loadAtlas } from '../src/lib/atlas/load.ts';
import { checkContent, errorsOf, formatProblems } from '../src/lib/checks/content-check.ts';
import { reviewsOf, warningsOf } from '../src/lib/checks/problems.ts';

try {
  const { problems, studies, drafts, glossary } = checkContent(await loadAtlas());
  if (problems.length > 0) console.log(formatProblems(problems));
  const errors = errorsOf(problems).length;
  const warnings = warningsOf(problems).length;
  // Drafts (and what they leave to review) are counted only when there are any.
  const draftCount = drafts.length > 0 ? ` (and ${drafts.length} draft${drafts.length === 1 ? '' : 's'}, not published)` : '';
  const reviews = drafts.length > 0 ? `, ${reviewsOf(problems).length} to review` : '';
  console.log(`${studies.length} studies${draftCount}, ${glossary.length} glossary entries; ${errors} errors, ${warnings} warnings${reviews}`);
  process.exitCode = errors > 0 ? 1 : 0;
} catch (error) {
  // A problem with site.config.ts: its message lists the settings, its hint says what to do.
  const { message, hint } = error as { message: string; hint?: string };
  console.error(`${message}${hint ? `\nHint: ${hint}` : ''}`);
  process.exitCode = 1;
}
