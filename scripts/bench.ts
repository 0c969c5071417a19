/**
 * Performance benchmark (`npm run bench`, options: `--studies N`, default 500).
 *
 * Measures, for the atlas (`ATLAS_DIR` or the project's own) and for a generated corpus of N
 * studies made from it:
 * - the wall-clock time of the build (`npm run build`);
 * - the weight of a study page (its HTML plus every stylesheet it links, each compressed with
 *   gzip level 9 and with brotli), for the shortest real study page and the longest one;
 * - the number of `<script` tags and the bytes of JavaScript on those pages;
 * - the weight of `/` and `/studies/` (index pages may grow with the corpus);
 * - the total size and file count of `dist`, and the size of the artifact GitHub Pages deploys
 *   (a tar of `dist`, zip-compressed), with and without the downloadable copy;
 * then checks the study-page budgets (under 40 KB compressed; no growth between the two corpora)
 * and prints everything as Markdown for the README's "Performance" section.
 *
 * Each corpus is a copy of the atlas under `bench/out/atlas-<count>/` (gitignored), built by the
 * project's engine with `ATLAS_DIR`, never into the project's own `dist/`. The generated corpus
 * copies the atlas's studies round-robin as `bench-study-0001` ... with their own copy of the
 * source text, since the content check allows only one study per source file. The pages measured
 * are chosen from the atlas itself: its shortest and longest study pages and the two glossary
 * entries that the most studies use.
 *
 * Options: `--studies N` (default 500); `--query "…"`, repeatable, for the search measurements
 * (default: ten of the atlas's glossary terms).
 *
 * This is a measurement, not a test: it is not part of `npm test` or CI, and it exits 0 whatever
 * the budgets say. It exits 1 only when a build fails.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants as zlib, createDeflateRaw, gzipSync } from 'node:zlib';
import { parseDocument } from 'yaml';
import { loadAtlas } from '../src/lib/atlas/load.ts';
import { atlasLayout } from '../src/lib/atlas/layout.ts';
import { atlasRoutes } from '../src/lib/atlas/routes.ts';
import { checkContent } from '../src/lib/checks/content-check.ts';
import { outputFileOf } from '../src/lib/util/paths.ts';
import { DOWNLOADS_DIR } from '../src/lib/util/output-files.ts';
import { walkFiles } from '../src/lib/util/walk-files.ts';
import { measureSearch, measureSearchInChromium, searchQueries, type SearchStats } from './bench-search.ts';
import { glossaryForms } from '../src/lib/search/query-expansion.ts';
import { ATLAS_FILES } from './project-files.ts';
import { buildArgs } from './build-command.ts';
import { buildPeer, preparePeer, timed, WARM_SENTENCE, writePeerContent, type PeerResult, type PeerStudy, type TimedBuild } from './bench-peers.ts';

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(PROJECT, 'bench/out');
const ATLAS = await loadAtlas();
const ROUTES = atlasRoutes(ATLAS.config);

const BUDGET_BYTES = 40 * 1024;
/** "No growth beyond a few bytes" between the real and the generated corpus. */
const GROWTH_TOLERANCE_BYTES = 16;

interface Weight {
  raw: number;
  gzip: number;
  brotli: number;
}

interface PageStats {
  path: string;
  /** HTML plus linked stylesheets, each compressed on its own. */
  weight: Weight;
  html: Weight;
  stylesheets: string[];
  scriptTags: number;
  jsBytes: number;
}

interface BuildResult {
  studies: number;
  dir: string;
  seconds: number;
  peakRss: number;
  pages: Map<string, PageStats>;
  distBytes: number;
  distFiles: number;
  /** Bytes by top-level folder of `dist`. */
  parts: Map<string, number>;
  /** Raw bytes of the pages and files that list the corpus (`GROWING`). */
  growing: Map<string, number>;
  /** The deploy artifact's bytes (`pagesArtifactBytes`): the whole of `dist`, and `dist` without its downloadable copy. */
  artifact: { all: number; withoutDownload: number };
}

// ---------------------------------------------------------------- setting up a copy

/** Copies the atlas into `bench/out/atlas-<count>/`, from scratch. */
function copyAtlas(count: number): string {
  const dir = join(OUT, `atlas-${count}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of ATLAS_FILES) cpSync(join(ATLAS.layout.root, name), join(dir, name), { recursive: true });
  return dir;
}

/** The atlas's own study files, sorted by name. */
function realStudyFiles(): string[] {
  return readdirSync(ATLAS.layout.studiesDir)
    .filter((name) => /\.mdx?$/.test(name))
    .sort();
}

/** Writes `extra` generated studies into a copy, cloning the atlas's studies round-robin. */
function generateStudies(dir: string, extra: number): void {
  const layout = atlasLayout(dir);
  const templates = realStudyFiles().map((name) => splitFrontmatter(readFileSync(join(layout.studiesDir, name), 'utf8')));
  for (let i = 1; i <= extra; i++) {
    const template = templates[(i - 1) % templates.length]!;
    const number = String(i).padStart(4, '0');
    const doc = parseDocument(template.yaml);
    const seed = `bench-${number}.txt`;
    cpSync(join(layout.seedsDir, String(doc.getIn(['source', 'file']))), join(layout.seedsDir, seed));
    const title = doc.get('title', true) as { items: { key: { value: string } }[] };
    for (const { key } of title.items) doc.setIn(['title', key.value], `${String(doc.getIn(['title', key.value]))} ${number}`);
    doc.setIn(['source', 'file'], seed);
    const text = `---\n${doc.toString({ lineWidth: 0 })}---\n${template.body}`;
    writeFileSync(join(layout.studiesDir, `bench-study-${number}.mdx`), text);
  }
}

function splitFrontmatter(text: string): { yaml: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error('a study file has no frontmatter');
  return { yaml: match[1]!, body: match[2]! };
}

// ---------------------------------------------------------------- building

/** The Astro cache folder of an atlas copy (astro.config.mjs keys it by the atlas folder). */
function cacheDirOf(dir: string): string {
  return join(PROJECT, 'node_modules', '.astro', createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 12));
}

/**
 * Runs the build of the copy (with `ATLAS_DIR`) as `npm run build` does, under `/usr/bin/time -v`: wall-clock
 * seconds and peak memory. `cold` first removes the copy's output and every cache of its build.
 */
function build(dir: string, cold = true): TimedBuild {
  // The build settings of astro.config.mjs are pinned, so that the output lands in the copy's own
  // dist whatever the caller's environment says.
  const env = {
    ...process.env,
    ATLAS_DIR: dir,
    BASE_PATH: '/',
    SITE_URL: 'http://localhost:4321',
    OUT_DIR: join(dir, 'dist'),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  if (cold) for (const path of [join(dir, 'dist'), cacheDirOf(dir), join(PROJECT, 'node_modules', '.cache')]) rmSync(path, { recursive: true, force: true });
  try {
    return timed(process.execPath, buildArgs(PROJECT), PROJECT, env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

// ---------------------------------------------------------------- measuring

function compress(bytes: Buffer): Weight {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

function add(a: Weight, b: Weight): Weight {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}

/** The file in `dist` that a site path or a root-relative URL is served from. */
function distFile(dist: string, path: string): string {
  return join(dist, outputFileOf(decodeURI(path)));
}

/** The value of attribute `name` in one tag's source, if present. */
function attr(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

function measurePage(dist: string, path: string): PageStats {
  const html = readFileSync(distFile(dist, path));
  const source = html.toString('utf8');
  const htmlWeight = compress(html);

  const stylesheets = [...source.matchAll(/<link\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => /\brel\s*=\s*["']?stylesheet\b/i.test(tag))
    .map((tag) => attr(tag, 'href') ?? '');
  let weight = htmlWeight;
  for (const href of stylesheets) weight = add(weight, compress(readFileSync(distFile(dist, href))));

  const scripts = [...source.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  let jsBytes = 0;
  for (const [, attributes, inline] of scripts) {
    const src = attr(` ${attributes ?? ''}`, 'src');
    jsBytes += src ? statSync(distFile(dist, src)).size : Buffer.byteLength(inline ?? '');
  }
  const scriptTags = (source.match(/<script\b/gi) ?? []).length;
  return { path, weight, html: htmlWeight, stylesheets, scriptTags, jsBytes };
}

/** The atlas's shortest and longest study pages (by HTML), and the two glossary entries the most studies use. */
function pagesToWatch(dist: string): string[] {
  const content = checkContent(ATLAS);
  const sized = content.studies
    .map((s) => ROUTES.study(s.slug))
    .filter((p) => existsSync(distFile(dist, p)))
    .sort((a, b) => statSync(distFile(dist, a)).size - statSync(distFile(dist, b)).size);
  if (!sized[0]) throw new Error('no study page was built');
  const usedBy = (id: string) =>
    (readFileSync(distFile(dist, ROUTES.glossaryEntry(id)), 'utf8').split('aria-labelledby="used-in"')[1]?.split('</section>')[0]?.match(/<li>/g) ?? []).length;
  const entries = content.glossary
    .map((e) => ({ path: ROUTES.glossaryEntry(e.id), uses: usedBy(e.id) }))
    .sort((a, b) => b.uses - a.uses || a.path.localeCompare(b.path))
    .slice(0, 2)
    .map((e) => e.path);
  return [...new Set([sized[0], sized[sized.length - 1]!])].concat(entries);
}

/**
 * The bytes of the artifact GitHub Pages deploys from `dist`, as its actions make it:
 * `actions/upload-pages-artifact` writes a tar of the folder (hidden files left out) and
 * `actions/upload-artifact` uploads it zip-compressed (deflate, level 6). `actions/deploy-pages`
 * compares that artifact's size with 1 GiB. The zip's own headers (about 100 bytes) are not counted.
 */
async function pagesArtifactBytes(dist: string, exclude: string[] = []): Promise<number> {
  const tar = spawn('tar', ['--directory', dist, '-cf', '-', '--exclude=.[^/]*', ...exclude.map((path) => `--exclude=./${path}`), '.'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let bytes = 0;
  const deflate = createDeflateRaw({ level: 6 });
  deflate.on('data', (chunk: Buffer) => (bytes += chunk.length));
  const done = new Promise<void>((resolveDone, reject) => {
    deflate.on('end', resolveDone);
    tar.on('error', reject);
    tar.on('close', (code) => (code === 0 ? undefined : reject(new Error(`tar of ${dist} exited with ${code}`))));
  });
  tar.stdout.pipe(deflate);
  await done;
  return bytes;
}

async function measureBuild(dir: string, studies: number, { seconds, peakRss }: TimedBuild, pagePaths: string[]): Promise<BuildResult> {
  const dist = join(dir, 'dist');
  const files = walkFiles(dist);
  const parts = new Map<string, number>();
  for (const file of files) {
    const top = relative(dist, file).split(sep)[0]!;
    const part = statSync(file).isFile() && !top.includes('.') ? top : '(other files)';
    parts.set(part, (parts.get(part) ?? 0) + statSync(file).size);
  }
  return {
    studies,
    dir,
    seconds,
    peakRss,
    pages: new Map(pagePaths.map((path) => [path, measurePage(dist, path)])),
    distBytes: files.reduce((sum, file) => sum + statSync(file).size, 0),
    distFiles: files.length,
    parts,
    growing: growingFiles(dist),
    artifact: { all: await pagesArtifactBytes(dist), withoutDownload: await pagesArtifactBytes(dist, [DOWNLOADS_DIR]) },
  };
}

/** Pages and files that list the corpus, with their budgets: their raw size must stay under them whatever the number of studies. */
const GROWING: { label: string; file: (dist: string) => string | undefined; budget: number }[] = [
  { label: 'home page `/`', file: (dist) => distFile(dist, ROUTES.home()), budget: 60 * 1024 },
  { label: 'study index `/' + ATLAS.config.studies.route + '/` (first page)', file: (dist) => distFile(dist, ROUTES.studies()), budget: 250 * 1024 },
  { label: 'compare page `/compare/`', file: (dist) => distFile(dist, ROUTES.compare()), budget: 150 * 1024 },
  { label: 'service worker `sw.js`', file: (dist) => join(dist, 'sw.js'), budget: 30 * 1024 },
  { label: 'offline file list (fetched on install)', file: (dist) => readdirSync(dist).filter((name) => /^offline-.*\.json$/.test(name)).map((name) => join(dist, name))[0], budget: Infinity },
];

function growingFiles(dist: string): Map<string, number> {
  return new Map(GROWING.map(({ label, file }) => {
    const path = file(dist);
    return [label, path && existsSync(path) ? statSync(path).size : NaN];
  }));
}

// ---------------------------------------------------------------- reporting

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
const weightCell = (w: Weight) => `${kb(w.gzip)} / ${kb(w.brotli)}`;

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function resultsTable(builds: BuildResult[], studyPaths: string[], indexPaths: string[]): string {
  const rows: string[][] = [
    ['build time, cold (s)', ...builds.map((b) => b.seconds.toFixed(1))],
    ['peak memory, cold (MB)', ...builds.map((b) => mb(b.peakRss))],
  ];
  for (const path of studyPaths) {
    const stats = builds.map((b) => b.pages.get(path)!);
    rows.push([`\`${path}\` HTML + CSS, gzip / brotli (KB)`, ...stats.map((s) => weightCell(s.weight))]);
    rows.push([`\`${path}\` HTML alone, raw (bytes)`, ...stats.map((s) => String(s.html.raw))]);
    rows.push([`\`${path}\` \`<script\` tags / JS bytes`, ...stats.map((s) => `${s.scriptTags} / ${s.jsBytes}`)]);
  }
  for (const path of indexPaths) {
    const weights = builds.map((b) => b.pages.get(path)!.weight);
    rows.push([`\`${path}\` HTML + CSS, raw / gzip / brotli (KB)`, ...weights.map((w) => `${kb(w.raw)} / ${weightCell(w)}`)]);
  }
  rows.push(['`dist`: size (KB) / files', ...builds.map((b) => `${kb(b.distBytes)} / ${b.distFiles}`)]);
  return table(['', ...builds.map((b) => `${b.studies} studies`)], rows);
}

function budgetTable(small: BuildResult, large: BuildResult, studyPaths: string[]): string {
  const rows: string[][] = [];
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  for (const path of studyPaths) {
    const before = small.pages.get(path)!;
    const after = large.pages.get(path)!;
    const worst = Math.max(after.weight.gzip, after.weight.brotli);
    rows.push([`\`${path}\` under 40 KB compressed`, `${kb(worst)} KB`, verdict(worst < BUDGET_BYTES)]);
    const growth = {
      gzip: after.weight.gzip - before.weight.gzip,
      brotli: after.weight.brotli - before.weight.brotli,
      raw: after.html.raw - before.html.raw,
    };
    const grew = Math.max(growth.gzip, growth.brotli) > GROWTH_TOLERANCE_BYTES;
    rows.push([
      `\`${path}\` no growth, ${small.studies} → ${large.studies} studies`,
      `gzip ${signed(growth.gzip)} B, brotli ${signed(growth.brotli)} B (HTML raw ${signed(growth.raw)} B)`,
      verdict(!grew),
    ]);
  }
  return table(['budget', 'measured', 'result'], rows);
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

function growingTable(builds: BuildResult[]): string {
  const rows = GROWING.map(({ label, budget }) => [
    label,
    ...builds.map((b) => {
      const bytes = b.growing.get(label)!;
      return Number.isNaN(bytes) ? '–' : `${kb(bytes)}${Number.isFinite(budget) ? (bytes <= budget ? ' (PASS)' : ' (FAIL)') : ''}`;
    }),
    Number.isFinite(budget) ? `≤ ${kb(budget)}` : 'none',
  ]);
  return table(['files that list the corpus, raw (KB)', ...builds.map((b) => `${b.studies} studies`), 'budget (any number of studies)'], rows);
}

/**
 * GitHub Pages: "Published GitHub Pages sites may be no larger than 1 GB" (its usage limits, which
 * do not say how a site is counted); `actions/deploy-pages` warns when the artifact it deploys,
 * compressed, is over 1 GiB ("Deployment might fail").
 */
const PAGES_LIMIT = 1e9;
const ARTIFACT_LIMIT = 2 ** 30;

/** Where a size that grows by `perStudy` from `from` bytes at `studies` studies passes `limit`; and its size at `at` studies. */
function extrapolate(from: number, studies: number, perStudy: number, limit: number, at: number): { crossing: number; at: number } {
  return { crossing: Math.floor(studies + (limit - from) / perStudy), at: from + perStudy * (at - studies) };
}

/**
 * Where the bytes of `dist` go, what one more study adds, and the corpus size where the site
 * passes the Pages limit, counted on disk and as the deployed artifact. Above
 * `offline.downloadMaxStudies` the downloadable copy is not made, so the sizes at 10,000 studies
 * leave it out when that is the atlas's setting.
 */
function sizeTable(small: BuildResult, large: BuildResult): string {
  const names = [...new Set([...large.parts.keys(), ...small.parts.keys()])].sort((a, b) => (large.parts.get(b) ?? 0) - (large.parts.get(a) ?? 0));
  const added = large.studies - small.studies;
  const per = (name: string) => ((large.parts.get(name) ?? 0) - (small.parts.get(name) ?? 0)) / added;
  const perStudy = (large.distBytes - small.distBytes) / added;
  const rows = names.map((name) => [`\`${name}\``, mb2(small.parts.get(name) ?? 0), mb2(large.parts.get(name) ?? 0), kb(per(name))]);
  rows.push(['all of `dist`', mb2(small.distBytes), mb2(large.distBytes), kb(perStudy)]);
  const download = (b: BuildResult) => b.parts.get(DOWNLOADS_DIR) ?? 0;
  const perStudyBare = (large.distBytes - download(large) - (small.distBytes - download(small))) / added;
  rows.push(['`dist` without the download', mb2(small.distBytes - download(small)), mb2(large.distBytes - download(large)), kb(perStudyBare)]);
  const perArtifact = (large.artifact.all - small.artifact.all) / added;
  const perArtifactBare = (large.artifact.withoutDownload - small.artifact.withoutDownload) / added;
  rows.push(['deploy artifact (tar, zip-compressed)', mb2(small.artifact.all), mb2(large.artifact.all), kb(perArtifact)]);
  rows.push(['deploy artifact without the download', mb2(small.artifact.withoutDownload), mb2(large.artifact.withoutDownload), kb(perArtifactBare)]);
  const maxWithDownload = ATLAS.config.offline.downloadMaxStudies;
  const disk = extrapolate(small.distBytes, small.studies, perStudy, PAGES_LIMIT, 10_000);
  const diskBare = extrapolate(small.distBytes - download(small), small.studies, perStudyBare, PAGES_LIMIT, 10_000);
  const artifact = extrapolate(small.artifact.all, small.studies, perArtifact, ARTIFACT_LIMIT, 10_000);
  const artifactBare = extrapolate(small.artifact.withoutDownload, small.studies, perArtifactBare, ARTIFACT_LIMIT, 10_000);
  const gb = (bytes: number) => (bytes / 1e9).toFixed(2);
  const gib = (bytes: number) => (bytes / 2 ** 30).toFixed(2);
  const n = (count: number) => count.toLocaleString('en');
  /** Where the site passes a limit: with the download while it is made, without it above that. */
  const passes = (crossing: number, bare: number) =>
    crossing <= maxWithDownload ? `${n(crossing)} studies` : `${n(Math.max(bare, maxWithDownload))} studies (above ${n(maxWithDownload)} the download is not made)`;
  return [
    table(['`dist` by folder', `${small.studies} studies (MB)`, `${large.studies} studies (MB)`, 'per study added (KB)'], rows),
    '',
    `On disk, at ${kb(perStudy)} KB a study (${kb(perStudyBare)} KB without the download), \`dist\` reaches 1 GB at about ${passes(disk.crossing, diskBare.crossing)}; 10,000 studies, without the download, would be ${gb(diskBare.at)} GB.`,
    `Deployed (the artifact \`actions/deploy-pages\` checks against 1 GiB), at ${kb(perArtifact)} KB a study (${kb(perArtifactBare)} KB without the download), the limit is reached at about ${passes(artifact.crossing, artifactBare.crossing)}; 10,000 studies, without the download, would be ${gib(artifactBare.at)} GiB${artifactBare.at <= ARTIFACT_LIMIT ? ' (under it)' : ' (over it)'}.`,
  ].join('\n');
}

const mb2 = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

// ---------------------------------------------------------------- peers

/**
 * The atlas's build of `built` again after one sentence is appended to one study (warm), and the
 * two peers built cold and warm from the same study texts, the same number of study pages.
 */
function comparePeers(built: BuildResult, log: (message: string) => void): string {
  const layout = atlasLayout(built.dir);
  const files = readdirSync(layout.studiesDir).filter((name) => /\.mdx?$/.test(name)).sort();
  const studies: PeerStudy[] = files.map((name) => {
    const { yaml, body } = splitFrontmatter(readFileSync(join(layout.studiesDir, name), 'utf8'));
    const title = parseDocument(yaml).getIn(['title', ATLAS.config.languages.interface[0]!]) ?? name;
    return { slug: name.replace(/\.mdx?$/, ''), title: String(title), body };
  });
  const languages = ATLAS.config.languages.interface;

  log(`bench: warm build of the atlas (${built.studies} studies, one sentence appended to one study) ...`);
  const edited = join(layout.studiesDir, files[files.length - 1]!);
  writeFileSync(edited, `${readFileSync(edited, 'utf8')}${WARM_SENTENCE}`);
  const warm = build(built.dir, false);
  const atlasDist = walkFiles(join(built.dir, 'dist'));
  const atlas: PeerResult = {
    name: 'this atlas',
    cold: { seconds: built.seconds, peakRss: built.peakRss },
    warm,
    pages: atlasDist.filter((f) => f.endsWith('.html')).length,
    distBytes: built.distBytes,
    studyPageBytes: statSync(distFile(join(built.dir, 'dist'), ROUTES.study(studies[0]!.slug))).size,
  };
  const results: PeerResult[] = [atlas];
  for (const name of ['bare', 'starlight'] as const) {
    log(`bench: installing and building the ${name} peer (${studies.length} studies × ${languages.length} languages) in bench/out/peers/${name}/ ...`);
    const dir = preparePeer(PROJECT, OUT, name);
    const first = writePeerContent(dir, name, studies, languages);
    results.push(buildPeer(dir, name, first, languages));
  }
  const [bare, starlight] = [results[1]!, results[2]!];
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  const rows = [
    ['pages (HTML files)', ...results.map((r) => String(r.pages))],
    ['build time, cold (s)', ...results.map((r) => r.cold.seconds.toFixed(1))],
    ['build time, warm: one study changed (s)', ...results.map((r) => r.warm.seconds.toFixed(1))],
    ['warm / cold', ...results.map((r) => ratio(r.warm.seconds, r.cold.seconds))],
    ['peak memory, cold / warm (MB)', ...results.map((r) => `${mb(r.cold.peakRss)} / ${mb(r.warm.peakRss)}`)],
    ['`dist` size (MB)', ...results.map((r) => (r.distBytes / 1024 / 1024).toFixed(1))],
    ['a study page’s HTML (KB)', ...results.map((r) => kb(r.studyPageBytes))],
  ];
  const header = `Built in the same run from the same ${studies.length} study texts (the atlas's components left out for the peers), every study page in ${languages.length} language${languages.length === 1 ? '' : 's'}: the atlas is ${ratio(atlas.cold.seconds, bare.cold.seconds)} the bare MDX pipeline's cold build and ${ratio(atlas.cold.seconds, starlight.cold.seconds)} Starlight's; peak memory ${ratio(atlas.cold.peakRss, bare.cold.peakRss)} and ${ratio(atlas.cold.peakRss, starlight.cold.peakRss)}.`;
  return `${header}\n\n${table(['', 'this atlas', 'bare Astro + MDX + remark-gfm', 'Starlight'], rows)}`;
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { studies: { type: 'string', default: '500' }, query: { type: 'string', multiple: true }, peers: { type: 'boolean', default: true }, 'no-peers': { type: 'boolean' } },
  });
  if (values['no-peers']) values.peers = false;
  const target = Number(values.studies);
  const real = realStudyFiles().length;
  if (!Number.isInteger(target) || target < real) {
    console.error(`--studies must be a whole number of at least ${real} (the real studies)`);
    process.exit(2);
  }

  const log = (message: string) => process.stderr.write(`${message}\n`);
  log(`bench: building the atlas (${real} studies, ${relative(PROJECT, ATLAS.layout.root) || 'the project'}) in bench/out/atlas-${real}/ ...`);
  const realDir = copyAtlas(real);
  const realBuild = build(realDir);

  const realDist = join(realDir, 'dist');
  // Content pages, whose weight must not grow with the corpus: two studies and the glossary
  // entries that the most studies use (their "Used in" lists are capped).
  const studyPaths = pagesToWatch(realDist);
  const indexPaths = [ROUTES.home(), ROUTES.studies(), ROUTES.glossary()].filter((path) => existsSync(distFile(realDist, path)));
  const pagePaths = [...studyPaths, ...indexPaths];
  const small = await measureBuild(realDir, real, realBuild, pagePaths);

  let large = small;
  if (target > real) {
    log(`bench: generating ${target - real} studies and building ${target} in bench/out/atlas-${target}/ ...`);
    const bigDir = copyAtlas(target);
    generateStudies(bigDir, target - real);
    large = await measureBuild(bigDir, target, build(bigDir), pagePaths);
  }
  const peers = values.peers ? comparePeers(large, log) : undefined;

  const builds = large === small ? [small] : [small, large];
  console.log(`Measured with \`npm run bench -- --studies ${target}\` on Node ${process.version}; KB = 1024 bytes.`);
  console.log();
  console.log(resultsTable(builds, studyPaths, indexPaths));
  console.log();
  console.log(budgetTable(small, large, studyPaths));
  console.log();
  console.log(growingTable(builds));
  if (large !== small) {
    console.log();
    console.log(sizeTable(small, large));
  }
  if (peers) {
    console.log();
    console.log(peers);
  }

  const search: SearchStats[] = [];
  // The queries: `--query` (repeatable), or ten of the atlas's own glossary terms.
  const queries = values.query?.length ? values.query : searchQueries(checkContent(ATLAS).glossary.map((entry) => entry.data.term));
  console.log();
  console.log(`Search queries: ${queries.map((q) => `“${q}”`).join(', ')}.`);
  const glossary = checkContent(ATLAS).glossary.map((entry) => glossaryForms(entry.data));
  for (const result of builds) search.push(await measureSearch(join(result.dir, 'dist'), queries, glossary));
  const inChromium: { searchMs: number; queryMs: number }[] = [];
  for (const result of builds) inChromium.push(await measureSearchInChromium(join(result.dir, 'dist'), queries));
  console.log();
  console.log(
    table(
      ['search (first search on a study page; queries in Node)', ...builds.map((b) => `${b.studies} studies`)],
      [
        ['files fetched', ...search.map((s) => String(s.firstSearchFiles))],
        ['bytes fetched, raw / gzip (KB)', ...search.map((s) => `${kb(s.firstSearchRaw)} / ${kb(s.firstSearchGzip)}`)],
        ['of which the other languages’ bundles, gzip (KB)', ...search.map((s) => kb(s.otherBundlesGzip))],
        [`median query, its searches only (every language, equivalents, both groups), ${search[0]?.queries} queries (ms)`, ...search.map((s) => s.medianSearchMs.toFixed(1))],
        ['for comparison: one Pagefind search of the typed words, first bundle only (ms)', ...search.map((s) => s.medianSingleMs.toFixed(1))],
        ['median query with the data of the results shown (ms)', ...search.map((s) => s.medianQueryMs.toFixed(1))],
        ['in Chromium, the search page’s own code: its searches only (ms)', ...inChromium.map((c) => c.searchMs.toFixed(1))],
        ['in Chromium, with the data of the results shown (ms)', ...inChromium.map((c) => c.queryMs.toFixed(1))],
      ],
    ),
  );
}

await main();
