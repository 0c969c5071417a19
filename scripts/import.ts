/**
 * Imports theses and articles as draft studies:
 *
 *     npm run import -- <file.pdf|file.txt>... [--slug <slug>] [--out <dir>]
 *
 * Into the atlas that ATLAS_DIR names (default: this project): the file as received in
 * sources/received/ (a PDF, or a text that was not UTF-8), its UTF-8 text in sources/seeds/,
 * the draft in src/content/studies/<slug>.mdx (`draft: true`) and its corrections in
 * sources/corrections.json. With --out, the draft, the text and the corrections go to that
 * folder instead and the atlas is left untouched. Nothing is overwritten.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { slug as slugify } from 'github-slugger';
import { displayPath } from '../src/lib/atlas/layout.ts';
import { loadAtlas } from '../src/lib/atlas/load.ts';
import { parseFrontmatter } from '../src/lib/checks/frontmatter-check.ts';
import { cleanSource, sentences, type CorrectionsFile } from '../src/lib/checks/fidelity.ts';
import { idPattern } from '../src/lib/model/atlas-config.ts';
import { draftText } from '../src/lib/import/draft-text.ts';
import { importStudy, type ImportResult } from '../src/lib/import/import-study.ts';
import { PdfTextError } from '../src/lib/import/pdf-text.ts';
import { ReceivedFileError } from '../src/lib/import/received-file.ts';
import { vocabulariesOf } from '../src/lib/import/vocabulary/vocabulary.ts';
import type { TermAliases } from '../src/lib/util/term-matcher.ts';

const USAGE = 'Usage: npm run import -- <file.pdf|file.txt>... [--slug <slug>] [--out <dir>]';

class ImportRefused extends Error {}

let args;
try {
  args = parseArgs({ allowPositionals: true, options: { slug: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
}
const { positionals: files, values } = args;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (files.length === 0) fail(`Name at least one PDF or text file to import.\n${USAGE}`);
if (values.slug !== undefined && files.length > 1) fail('--slug names one study: import the files one at a time to give each its slug, or leave --slug out to take each slug from its file name.');
if (values.slug !== undefined && !idPattern.test(values.slug)) fail(`--slug "${values.slug}" is not a slug: write lower-case words joined by hyphens, for example "${slugify(values.slug)}".`);

const atlas = await loadAtlas().catch((error: { message: string; hint?: string }) => fail(`${error.message}${error.hint ? `\nHint: ${error.hint}` : ''}`));
const { layout, config } = atlas;
const vocabularies = await vocabulariesOf(config.languages.known);
const glossary = glossaryTerms(layout.glossaryDir);
const out = values.out;
const place = out
  ? { studies: out, seeds: out, received: undefined, corrections: join(out, 'corrections.json') }
  : { studies: layout.studiesDir, seeds: layout.seedsDir, received: layout.receivedDir, corrections: layout.correctionsFile };
const show = (path: string) => displayPath(path);

let imported = 0;
const failed: string[] = [];
for (const [index, file] of files.entries()) {
  const prefix = `[${index + 1}/${files.length}] ${file}`;
  try {
    const { result, written, review, fidelity } = await importOne(file);
    imported += 1;
    const blocks = result.structure.blocks.map((b) => b.block.type);
    const count = (type: string) => blocks.filter((t) => t === type).length;
    console.log(
      `${prefix}: ${result.readAs}; ${result.structure.abstracts.length} abstracts, ${count('heading')} headings, ${count('paragraph')} paragraphs, ${count('item')} list items, ${count('note')} notes; ` +
        `${(result.corrections.dropLines?.length ?? 0) + (result.corrections.replace?.length ?? 0)} corrections; ${fidelity}`,
    );
    for (const path of written) console.log(`  wrote ${show(path)}`);
    console.log(`  left to review (${review.length}), also listed by npm run check-content:`);
    for (const item of review) console.log(`    - ${item}`);
  } catch (error) {
    if (!(error instanceof ImportRefused || error instanceof ReceivedFileError || error instanceof PdfTextError)) throw error;
    failed.push(file);
    console.error(`${prefix}: not imported: ${error.message}`);
  }
}
if (files.length > 1 || failed.length > 0) console.log(`${imported} imported, ${failed.length} not imported${failed.length > 0 ? ` (${failed.join(', ')})` : ''}`);
if (imported > 0 && !out) console.log('Next: npm run dev, open each draft’s page, and work through what is left to review (README, "Adding a study").');
process.exitCode = failed.length > 0 ? 1 : 0;

async function importOne(file: string): Promise<{ result: ImportResult; written: string[]; review: string[]; fidelity: string }> {
  if (!existsSync(file)) throw new ImportRefused('there is no such file');
  const extension = extname(file).toLowerCase();
  if (extension !== '.pdf' && extension !== '.txt') throw new ImportRefused(`"${extension || 'no extension'}" is not a file the importer reads: give it a PDF (.pdf) or a text file (.txt)`);
  const slug = values.slug ?? slugify(basename(file, extname(file)).replace(/_/g, '-')).replace(/-+/g, '-').replace(/^-|-$/g, '');
  if (!idPattern.test(slug)) throw new ImportRefused(`the file name gives no usable slug ("${slug}"): give one with --slug, for example --slug water-committees-2019`);
  const seedFile = `${slug}.txt`;
  const targets = { draft: join(place.studies, `${slug}.mdx`), seed: join(place.seeds, seedFile) };
  const received = place.received && (extension === '.pdf' || !isPlainUtf8(file)) ? join(place.received, basename(file)) : undefined;
  const corrections = readCorrections(place.corrections);
  for (const path of [targets.draft, targets.seed, ...(received ? [received] : [])]) {
    if (existsSync(path)) throw new ImportRefused(`${show(path)} already exists: nothing was written; give the study another slug with --slug, or remove the old files first`);
  }
  if (corrections.files[seedFile]) throw new ImportRefused(`${show(place.corrections)} already has corrections for ${seedFile}: nothing was written; give the study another slug with --slug`);

  const result = await importStudy({ name: basename(file), bytes: new Uint8Array(readFileSync(file)), seedFile }, config, vocabularies, { glossary });
  const source = sentences(cleanSource(result.sourceText, result.corrections).text);
  const page = draftText(result.draft);
  const missing = source.filter((s) => !page.includes(s));
  const fidelity = missing.length === 0 ? `all ${source.length} sentences of the source are in the draft` : `${missing.length} of ${source.length} sentences of the source are NOT in the draft as they stand (listed below)`;
  const review = [...result.review, ...missing.map((s) => `not in the draft as in the source: “${s.slice(0, 100)}”`)];

  mkdirSync(place.studies, { recursive: true });
  mkdirSync(place.seeds, { recursive: true });
  writeFileSync(targets.seed, result.sourceText);
  const written = [targets.seed];
  if (received) {
    mkdirSync(place.received!, { recursive: true });
    copyFileSync(file, received);
    written.unshift(received);
  }
  writeFileSync(targets.draft, result.draft);
  written.push(targets.draft);
  corrections.files[seedFile] = result.corrections;
  writeFileSync(place.corrections, `${JSON.stringify(corrections, null, 2)}\n`);
  written.push(place.corrections);
  return { result, written, review, fidelity };
}

/**
 * The glossary's terms and aliases, to list the entries each text names. Read from the files'
 * frontmatter only (the content check validates them); an unreadable entry is left out.
 */
function glossaryTerms(folder: string): TermAliases[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /\.mdx?$/.test(name))
    .flatMap((name) => {
      const parsed = parseFrontmatter(readFileSync(join(folder, name), 'utf8'), name, [], '');
      const data = parsed?.input as { term?: Record<string, unknown>; aliases?: unknown } | undefined;
      if (!data?.term || typeof data.term !== 'object') return [];
      const aliases = [...Object.values(data.term), ...(Array.isArray(data.aliases) ? data.aliases : [])].filter((a): a is string => typeof a === 'string');
      return [{ id: name.replace(/\.mdx?$/, ''), aliases }];
    });
}

function readCorrections(path: string): CorrectionsFile {
  if (!existsSync(path)) return { files: {} };
  return JSON.parse(readFileSync(path, 'utf8')) as CorrectionsFile;
}

function isPlainUtf8(file: string): boolean {
  const bytes = readFileSync(file);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  return !(bytes[0] === 0xef && bytes[1] === 0xbb) && !bytes.includes(0x0d);
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
