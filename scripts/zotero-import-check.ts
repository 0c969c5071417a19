/**
 * Imports every study's BibTeX and RIS file into Zotero, through a running Zotero
 * translation-server (its `/import` endpoint), and checks what Zotero makes of each: the item
 * type of the study's kind, the title whole, the kind's genre as the thesis or report type, and
 * the abstract whole. Not part of `npm test`: it needs translation-server, which is not on npm
 * (README, "For researchers", says how to run it).
 * Usage (after `npm run build`): node scripts/zotero-import-check.ts [--dist dist] [--server http://127.0.0.1:1969]
 * (for another atlas: ATLAS_DIR=path/to/atlas …). Exits 1 on any difference.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadAtlas } from '../src/lib/atlas/load.ts';
import { atlasRoutes, type CitationFormat } from '../src/lib/atlas/routes.ts';
import { checkContent } from '../src/lib/checks/content-check.ts';
import type { CslType } from '../src/lib/model/atlas-config.ts';
import type { CslItem } from '../src/lib/util/citation.ts';
import { outputFileOf } from '../src/lib/util/paths.ts';

/** Zotero's item type for each CSL type, and its field for the kind's genre. */
const ZOTERO: Partial<Record<CslType, { itemType: string; genreField?: string }>> = {
  'article-journal': { itemType: 'journalArticle' },
  thesis: { itemType: 'thesis', genreField: 'thesisType' },
  report: { itemType: 'report', genreField: 'reportType' },
  book: { itemType: 'book' },
  chapter: { itemType: 'bookSection' },
  'paper-conference': { itemType: 'conferencePaper' },
  webpage: { itemType: 'webpage' },
};

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, server: { type: 'string', default: 'http://127.0.0.1:1969' } } });
const atlas = await loadAtlas();
const routes = atlasRoutes(atlas.config);
const { studies } = checkContent(atlas);
const read = (slug: string, format: CitationFormat) => readFileSync(join(values.dist, outputFileOf(routes.citation(slug, format))), 'utf8');

let failures = 0;
for (const study of studies) {
  const item = (JSON.parse(read(study.slug, 'csl')) as CslItem[])[0]!;
  const expected = ZOTERO[item.type];
  for (const format of ['bibtex', 'ris'] as const) {
    const response = await fetch(new URL('/import', values.server), { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: read(study.slug, format) });
    if (!response.ok) throw new Error(`${values.server}/import answered ${response.status}: ${await response.text()}`);
    const imported = ((await response.json()) as Record<string, unknown>[]).filter((i) => i.itemType !== 'note');
    const got = imported[0] ?? {};
    const problems = [
      imported.length !== 1 && `${imported.length} items instead of 1`,
      expected && got.itemType !== expected.itemType && `item type ${String(got.itemType)}, not ${expected.itemType}`,
      got.title !== item.title && `title "${String(got.title)}"`,
      expected?.genreField && item.genre && got[expected.genreField] !== item.genre && `${expected.genreField} "${String(got[expected.genreField])}", not "${item.genre}"`,
      (got.abstractNote ?? undefined) !== item.abstract && `abstract differs: "${String(got.abstractNote).slice(0, 80)}…"`,
      (got.url ?? undefined) !== item.URL && `URL ${String(got.url)}`,
    ].filter((p): p is string => Boolean(p));
    failures += problems.length;
    const what = [String(got.itemType), expected?.genreField ? got[expected.genreField] : undefined, got.abstractNote ? 'abstract' : undefined].filter(Boolean).join(', ');
    console.log(`${problems.length === 0 ? '✓' : '✗'} ${study.slug} (${format}): ${problems.length === 0 ? what : problems.join('; ')}`);
  }
}
console.log(`\n${failures === 0 ? 'Zotero imports every file as the atlas states it.' : `${failures} differences.`}`);
process.exit(failures === 0 ? 0 : 1);
