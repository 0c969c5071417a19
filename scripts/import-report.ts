/**
 * Measures the importer on the atlas's own sources: imports each raw text of sources/seeds/
 * (and a PDF printed by Chromium from the reviewed study of it, with a running header and page
 * numbers) with
 * `npm run import -- --out`, then compares each draft with the reviewed study page that
 * reproduces the same source: abstracts, headings, list items and paragraphs recovered as
 * written, sentences of the source in the draft, blocks a person still has to edit and items
 * left to review. Prints a Markdown table (README, "Adding a study").
 *
 *     node scripts/import-report.ts [--json]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAtlas } from '../src/lib/atlas/load.ts';
import { cleanSource, sentences, type CorrectionsFile } from '../src/lib/checks/fidelity.ts';
import { compareDraft, studyBlocks, type DraftComparison } from '../src/lib/import/compare-draft.ts';
import { launchChromium, printPdf } from './print-pdf.ts';
import { draftText } from '../src/lib/import/draft-text.ts';

export interface ImportMeasure extends DraftComparison {
  source: string;
  input: 'text' | 'PDF';
  sentences: number;
  sentencesInDraft: number;
  reviewItems: number;
  corrections: number;
  seconds: number;
}

export async function measureImports(): Promise<ImportMeasure[]> {
  const { layout } = await loadAtlas();
  const work = mkdtempSync(join(tmpdir(), 'atlas-import-'));
  try {
    const seeds = readdirSync(layout.seedsDir).filter((f) => f.endsWith('.txt')).sort();
    const studies = readdirSync(layout.studiesDir).map((f) => readFileSync(join(layout.studiesDir, f), 'utf8'));
    const pdfs = join(work, 'pdf');
    mkdirSync(pdfs);
    const browser = await launchChromium();
    try {
      for (const seed of seeds) await printPdf(browser, studyBlocks(reviewedOf(studies, seed)).ordered, join(pdfs, seed.replace(/\.txt$/, '.pdf')));
    } finally {
      await browser.close();
    }
    const measures: ImportMeasure[] = [];
    for (const input of ['text', 'PDF'] as const) {
      for (const seed of seeds) {
        const out = join(work, `${input}-${seed}`);
        const file = input === 'text' ? join(layout.seedsDir, seed) : join(pdfs, seed.replace(/\.txt$/, '.pdf'));
        const started = performance.now();
        const run = spawnSync(process.execPath, ['scripts/import.ts', file, '--slug', 'imported', '--out', out], { encoding: 'utf8', env: process.env });
        const seconds = (performance.now() - started) / 1000;
        if (run.status !== 0) throw new Error(`importing ${file} failed:\n${run.stdout}${run.stderr}`);
        const draft = readFileSync(join(out, 'imported.mdx'), 'utf8');
        const corrections = (JSON.parse(readFileSync(join(out, 'corrections.json'), 'utf8')) as CorrectionsFile).files['imported.txt'] ?? {};
        const source = sentences(cleanSource(readFileSync(join(out, 'imported.txt'), 'utf8'), corrections).text);
        const page = draftText(draft);
        const reviewed = reviewedOf(studies, seed);
        measures.push({
          source: seed,
          input,
          ...compareDraft(reviewed, draft),
          sentences: source.length,
          sentencesInDraft: source.filter((s) => page.includes(s)).length,
          reviewItems: (draft.match(/TODO/g) ?? []).length,
          corrections: (corrections.dropLines?.length ?? 0) + (corrections.replace?.length ?? 0),
          seconds,
        });
      }
    }
    return measures;
  } finally {
    if (process.env.IMPORT_REPORT_KEEP) console.error(`drafts kept in ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/** The reviewed study that reproduces a source file. */
function reviewedOf(studies: readonly string[], seed: string): string {
  const reviewed = studies.find((s) => new RegExp(`^\\s+file: ${seed.replace(/\./g, '\\.')}$`, 'm').test(s));
  if (!reviewed) throw new Error(`no study reproduces ${seed}`);
  return reviewed;
}

const share = (c: { expected: number; found: number }) => (c.expected === 0 ? '–' : `${c.found}/${c.expected}`);

export function reportTable(measures: readonly ImportMeasure[]): string {
  const rows = measures.map(
    (m) =>
      `| ${m.source.replace(/_.*/, '')} | ${m.input} | ${share(m.abstracts)} | ${share(m.headings)} | ${share(m.items)} | ${share(m.paragraphs)} | ${m.sentencesInDraft}/${m.sentences} | ${m.corrections} | ${m.blocksToEdit} (+${m.extraBlocks}) | ${m.reviewItems} | ${m.seconds.toFixed(1)} s |`,
  );
  return [
    '| source | from | abstracts | headings | list items | paragraphs | source sentences in the draft | corrections recorded | blocks to edit (extra) | items to review | time |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

if (import.meta.main) {
  const measures = await measureImports();
  console.log(process.argv.includes('--json') ? JSON.stringify(measures, null, 2) : reportTable(measures));
}
