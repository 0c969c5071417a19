/**
 * The benchmark's peers (bench/peers/): a bare Astro 7 + MDX + remark-gfm site and a Starlight
 * site, built in the same run as the atlas from the same study texts and the same number of
 * pages, so that the atlas's build can be stated as ratios on a noisy machine. Each peer is
 * copied to bench/out/peers/<name>/ and its dependencies installed there from the registry, at
 * the versions of Astro this project uses; they are never dependencies of the site.
 *
 * Every build runs under `/usr/bin/time -v`, which reports the largest resident set of any
 * process of the build; "cold" removes the build's output and caches first, "warm" builds again
 * after one sentence is appended to one study.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { walkFiles } from '../src/lib/util/walk-files.ts';

/** Starlight's release that supports this project's Astro (its peer dependency range). */
const STARLIGHT = '^0.42.4';
export const WARM_SENTENCE = '\n\nKalimat ini ditambahkan oleh tolok ukur.\n';

export interface TimedBuild {
  seconds: number;
  /** Largest resident set of any process of the build, bytes. */
  peakRss: number;
}

export interface PeerResult {
  name: string;
  cold: TimedBuild;
  warm: TimedBuild;
  pages: number;
  distBytes: number;
  /** The HTML of one study page, bytes. */
  studyPageBytes: number;
}

/** Runs a command under `/usr/bin/time -v`: wall seconds and peak RSS; exits on failure. */
export function timed(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): TimedBuild {
  const start = performance.now();
  const run = spawnSync('/usr/bin/time', ['-v', command, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) {
    process.stderr.write(`${run.stdout}\n${run.stderr}\n`);
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (exit ${run.status ?? run.signal})`);
  }
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr);
  if (!rss) throw new Error('/usr/bin/time -v reported no maximum resident set size: install GNU time (apt-get install -y time)');
  return { seconds, peakRss: Number(rss[1]) * 1024 };
}

/** Copies a peer's template and installs its dependencies (once; again when its package.json changes). */
export function preparePeer(project: string, out: string, name: 'bare' | 'starlight'): string {
  const dir = join(out, 'peers', name);
  const template = join(project, 'bench', 'peers', name);
  const version = (pkg: string) => `^${(JSON.parse(readFileSync(join(project, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version}`;
  const manifest = readFileSync(join(template, 'package.json'), 'utf8')
    .replace('"ASTRO_MARKDOWN_REMARK"', JSON.stringify(version('@astrojs/markdown-remark')))
    .replace('"ASTRO_MDX"', JSON.stringify(version('@astrojs/mdx')))
    .replace('"ASTRO"', JSON.stringify(version('astro')))
    .replace('"REMARK_GFM"', JSON.stringify(version('remark-gfm')))
    .replace('"STARLIGHT"', JSON.stringify(STARLIGHT));
  const installed = existsSync(join(dir, 'node_modules')) && existsSync(join(dir, 'package.json')) && readFileSync(join(dir, 'package.json'), 'utf8') === manifest;
  for (const entry of existsSync(dir) ? readdirSync(dir) : []) if (entry !== 'node_modules' && entry !== 'package-lock.json') rmSync(join(dir, entry), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(template, dir, { recursive: true, filter: (path) => !path.endsWith('package.json') });
  writeFileSync(join(dir, 'package.json'), manifest);
  if (!installed) {
    const run = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`npm install of the ${name} peer failed:\n${run.stdout}${run.stderr}`);
  }
  return dir;
}

/**
 * A study's MDX body as plain Markdown both peers read: the atlas's own components (charts,
 * editorial inserts, [sic] marks) and comments taken out, the text and its inline HTML kept.
 */
export function peerBody(body: string): string {
  return body
    .replace(/^<([A-Z]\w*)[^\n]*?>[\s\S]*?^<\/\1>\s*$/gm, '')
    .replace(/^<[A-Z]\w*[\s\S]*?\/>\s*$/gm, '')
    .replace(/<[A-Z]\w*\s*\/>/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
}

export interface PeerStudy {
  slug: string;
  title: string;
  body: string;
}

/** Writes the studies as the peer's pages: once per interface language, the later ones under `/<lang>/`. */
export function writePeerContent(dir: string, name: 'bare' | 'starlight', studies: readonly PeerStudy[], languages: readonly string[]): string {
  const base = name === 'bare' ? join(dir, 'src', 'content', 'studies') : join(dir, 'src', 'content', 'docs');
  rmSync(base, { recursive: true, force: true });
  let first = '';
  languages.forEach((lang, index) => {
    const folder = name === 'bare' ? join(base, index === 0 ? '' : lang) : join(base, index === 0 ? '' : lang, 'studies');
    mkdirSync(folder, { recursive: true });
    for (const study of studies) {
      const file = join(folder, `${study.slug}.${name === 'bare' ? 'mdx' : 'md'}`);
      writeFileSync(file, `---\ntitle: ${JSON.stringify(study.title)}\n---\n\n${peerBody(study.body)}`);
      if (!first) first = file;
    }
  });
  if (name === 'starlight') writeFileSync(join(base, 'index.md'), '---\ntitle: Benchmark\n---\n\nStudies.\n');
  return first;
}

/** Cold and warm builds of a peer, with its output's size and a study page's HTML. */
export function buildPeer(dir: string, name: 'bare' | 'starlight', firstStudy: string, languages: readonly string[]): PeerResult {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(name === 'starlight' && languages[1] ? { BENCH_SECOND_LOCALE: languages[1] } : {}) };
  const astro = join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs');
  for (const cache of ['dist', '.astro', join('node_modules', '.astro'), join('node_modules', '.cache'), join('node_modules', '.vite')]) rmSync(join(dir, cache), { recursive: true, force: true });
  const cold = timed(process.execPath, [astro, 'build'], dir, env);
  const files = walkFiles(join(dir, 'dist'));
  const pages = files.filter((f) => f.endsWith('.html')).length;
  const distBytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const slug = firstStudy.replace(/^.*\/([^/]+)\.mdx?$/, '$1');
  const page = files.find((f) => f.endsWith(`/studies/${slug}/index.html`));
  const studyPageBytes = page ? statSync(page).size : 0;
  writeFileSync(firstStudy, `${readFileSync(firstStudy, 'utf8')}${WARM_SENTENCE}`);
  const warm = timed(process.execPath, [astro, 'build'], dir, env);
  return { name, cold, warm, pages, distBytes, studyPageBytes };
}
