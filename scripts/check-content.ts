/**
 * The content check on its own, without a build: node scripts/check-content.ts
 * Prints every problem as `file:line (field): message`; exits 1 if there is an error.
 */
import { checkContent, errorsOf, formatProblems } from '../src/lib/content-check.ts';

const { problems, studies, glossary } = checkContent({ root: process.cwd() });
if (problems.length > 0) console.log(formatProblems(problems));
console.log(`${studies.length} studies, ${glossary.length} glossary entries; ${errorsOf(problems).length} errors, ${problems.length - errorsOf(problems).length} warnings`);
process.exitCode = errorsOf(problems).length > 0 ? 1 : 0;
