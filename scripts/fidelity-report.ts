/**
 * Compares each built study page with its raw source, applying the atlas's reviewed
 * corrections (`sources/corrections.json`), and checks the evidence the site shows for it.
 * Usage (after `npm run build`): node scripts/fidelity-report.ts [--dist dist] [slug ...]
 * (for another atlas: ATLAS_DIR=path/to/atlas …). Prints, per study, the sentences missing from
 * the page, the page sentences not in the source, how many claims rest on the study and any
 * quote its page does not hold where the link points; then, per glossary entry, what its
 * definition rests on and how much of it is general background. Exits 1 on any problem.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadAtlas } from '../src/lib/atlas/load.ts';
import { atlasRoutes } from '../src/lib/atlas/routes.ts';
import { checkContent } from '../src/lib/checks/content-check.ts';
import { entryEvidence, studyEvidence } from '../src/lib/checks/evidence-report.ts';
import { compare, type CorrectionsFile } from '../src/lib/checks/fidelity.ts';
import { readTextFile } from '../src/lib/checks/text-file.ts';
import { outputFileOf } from '../src/lib/util/paths.ts';

const { values, positionals: only } = parseArgs({ allowPositionals: true, options: { dist: { type: 'string', default: 'dist' } } });
const atlas = await loadAtlas();
const routes = atlasRoutes(atlas.config);
const correctionsText = existsSync(atlas.layout.correctionsFile) ? readTextFile(atlas.layout.correctionsFile) : undefined;
if (correctionsText && !correctionsText.ok) throw new Error(`sources/corrections.json: ${correctionsText.problem}`);
const corrections: CorrectionsFile = correctionsText ? (JSON.parse(correctionsText.text) as CorrectionsFile) : { files: {} };
const check = checkContent(atlas);
const count = (n: number, thing: string) => `${n} ${thing}${n === 1 ? '' : 's'}`;
let failures = 0;
for (const study of check.studies) {
  if (only.length > 0 && !only.includes(study.slug)) continue;
  const seed = readTextFile(join(atlas.layout.seedsDir, study.data.source.file));
  const raw = seed.ok ? seed.text : '';
  const html = readFileSync(join(values.dist, outputFileOf(routes.study(study.slug))), 'utf8');
  const report = compare(raw, html, corrections.files[study.data.source.file]);
  const evidence = studyEvidence(check, study.slug, html);
  const problems = report.missingFromPage.length + report.notInSource.length + report.unusedCorrections.length + evidence.notInPage.length;
  failures += problems;
  const { overview, definition, glossary, timeline, note } = evidence.quotes;
  const total = overview + definition + glossary + timeline + note;
  console.log(`\n## ${study.slug} (${study.data.source.file}): ${problems === 0 ? 'faithful' : count(problems, 'problem')}`);
  console.log(
    `  evidence: ${count(evidence.claims, 'overview claim')} rest on ${count(overview, 'quote')}; quoted ${count(definition, 'time')} by glossary definitions, ${count(glossary, 'time')} by glossary texts, ${count(timeline, 'time')} by the timeline; ${count(note, 'passage')} marked by editorial notes`,
  );
  console.log(`  ${evidence.notInPage.length === 0 ? `all ${total} quotes are in the passages their links point at` : `${evidence.notInPage.length} of ${total} quotes are not where their links point`}`);
  for (const s of report.missingFromPage) console.log(`  missing from page: ${s}`);
  for (const s of report.notInSource) console.log(`  not in source:     ${s}`);
  for (const s of report.unusedCorrections) console.log(`  unused correction: ${s}`);
  for (const q of evidence.notInPage) console.log(`  quote not in page: "${q.quote}" (${q.file}, passage ${q.passage})`);
}

if (only.length === 0) {
  console.log('\n## Glossary: what each entry rests on');
  for (const [id, entry] of entryEvidence(check)) {
    const definition = entry.definition === 'background' ? 'general background' : `${count(entry.definition.length, 'quote')} (${[...new Set(entry.definition)].join(', ')})`;
    console.log(`  ${id}: definition: ${definition}; text: ${count(entry.quotes, 'quote')}, ${count(entry.backgroundPassages, 'background passage')}`);
  }
}
process.exitCode = failures === 0 ? 0 : 1;
