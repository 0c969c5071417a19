/**
 * Compares each built study page with its raw source, applying the atlas's reviewed
 * corrections (`sources/corrections.json`).
 * Usage (after `npm run build`): node scripts/fidelity-report.ts [--dist dist] [slug ...]
 * (for another atlas: ATLAS_DIR=path/to/atlas …). Prints the sentences missing from a page and
 * the page sentences not in the source.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadAtlas } from '../src/lib/atlas/load.ts';
import { atlasRoutes } from '../src/lib/atlas/routes.ts';
import { checkContent } from '../src/lib/checks/content-check.ts';
import { compare, type CorrectionsFile } from '../src/lib/checks/fidelity.ts';
import { readTextFile } from '../src/lib/checks/text-file.ts';
import { outputFileOf } from '../src/lib/util/paths.ts';

const { values, positionals: only } = parseArgs({ allowPositionals: true, options: { dist: { type: 'string', default: 'dist' } } });
const atlas = await loadAtlas();
const routes = atlasRoutes(atlas.config);
const correctionsText = existsSync(atlas.layout.correctionsFile) ? readTextFile(atlas.layout.correctionsFile) : undefined;
if (correctionsText && !correctionsText.ok) throw new Error(`sources/corrections.json: ${correctionsText.problem}`);
const corrections: CorrectionsFile = correctionsText ? (JSON.parse(correctionsText.text) as CorrectionsFile) : { files: {} };
let failures = 0;
for (const study of checkContent(atlas).studies) {
  if (only.length > 0 && !only.includes(study.slug)) continue;
  const seed = readTextFile(join(atlas.layout.seedsDir, study.data.source.file));
  const raw = seed.ok ? seed.text : '';
  const html = readFileSync(join(values.dist, outputFileOf(routes.study(study.slug))), 'utf8');
  const report = compare(raw, html, corrections.files[study.data.source.file]);
  const count = report.missingFromPage.length + report.notInSource.length + report.unusedCorrections.length;
  failures += count;
  console.log(`\n## ${study.slug} (${study.data.source.file}): ${count === 0 ? 'faithful' : `${count} problems`}`);
  for (const s of report.missingFromPage) console.log(`  missing from page: ${s}`);
  for (const s of report.notInSource) console.log(`  not in source:     ${s}`);
  for (const s of report.unusedCorrections) console.log(`  unused correction: ${s}`);
}
process.exitCode = failures === 0 ? 0 : 1;
