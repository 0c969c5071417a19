/**
 * The content check on its own, without a build: node scripts/check-content.ts
 * (for another atlas: ATLAS_DIR=path/to/atlas node scripts/check-content.ts).
 * Prints every problem as `file:line (field): message`; exits 1 if there is an error.
 */
import { loadAtlas } from '../src/lib/atlas/load.ts';
import { checkContent, errorsOf, formatProblems } from '../src/lib/checks/content-check.ts';

try {
  const { problems, studies, glossary } = checkContent(await loadAtlas());
  if (problems.length > 0) console.log(formatProblems(problems));
  console.log(`${studies.length} studies, ${glossary.length} glossary entries; ${errorsOf(problems).length} errors, ${problems.length - errorsOf(problems).length} warnings`);
  process.exitCode = errorsOf(problems).length > 0 ? 1 : 0;
} catch (error) {
  // A problem with site.config.ts: its message lists the settings, its hint says what to do.
  const { message, hint } = error as { message: string; hint?: string };
  console.error(`${message}${hint ? `\nHint: ${hint}` : ''}`);
  process.exitCode = 1;
}
