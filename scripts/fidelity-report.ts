/**
 * Compares each built study page with its raw source, applying sources/corrections.json.
 * Usage (after `npm run build`): node scripts/fidelity-report.ts [slug ...]
 * Prints the sentences missing from a page and the page sentences not in the source.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../src/lib/content-check.ts';
import { compare, type CorrectionsFile } from '../src/lib/fidelity.ts';

const root = process.cwd();
const only = process.argv.slice(2);
const corrections = JSON.parse(readFileSync(join(root, 'sources/corrections.json'), 'utf8')) as CorrectionsFile;
let failures = 0;
for (const study of checkContent({ root }).studies) {
  if (only.length > 0 && !only.includes(study.slug)) continue;
  const raw = readFileSync(join(root, 'sources/seeds', study.data.source.file), 'utf8');
  const html = readFileSync(join(root, 'dist/studies', study.slug, 'index.html'), 'utf8');
  const report = compare(raw, html, corrections.files[study.data.source.file]);
  const count = report.missingFromPage.length + report.notInSource.length + report.unusedCorrections.length;
  failures += count;
  console.log(`\n## ${study.slug} (${study.data.source.file}): ${count === 0 ? 'faithful' : `${count} problems`}`);
  for (const s of report.missingFromPage) console.log(`  missing from page: ${s}`);
  for (const s of report.notInSource) console.log(`  not in source:     ${s}`);
  for (const s of report.unusedCorrections) console.log(`  unused correction: ${s}`);
}
process.exitCode = failures === 0 ? 0 : 1;
