/**
 * Writes `downloads/<name>.zip`: a copy of the built site made for opening straight from disk
 * (unpack, double-click `index.html`, no server). In that copy every URL is relative and points
 * at a file (`studies/x/index.html`), every script is a classic script (browsers refuse module
 * scripts and `fetch` on `file://`), Pagefind runs from a classic build of its own module
 * without a worker, its index files are embedded in a script and its fetches answered from
 * there, and result URLs become relative file paths. The archive is deterministic: sorted
 * entries, fixed timestamps.
 */
import type { AstroIntegration } from 'astro';
import { configPaths } from './astro-config-paths.ts';
import { build } from 'esbuild';
import { zipSync, type Zippable } from 'fflate';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { walkFiles } from '../lib/files.ts';
import { siteConfig } from '../../site.config.ts';

export const DOWNLOADS_DIR = 'downloads';
/** The archive's name, from the site's name: "vietnam-trafficking-studies-atlas.zip". */
export const archiveName = () => `${siteConfig.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.zip`;
/** Every file in the archive has this time, so that two builds give the same bytes. */
const FIXED_TIME = new Date('2000-01-01T00:00:00Z');

/** Files of the web site that the copy leaves out or replaces. */
const skip = (path: string) =>
  path === 'sw.js' ||
  path.startsWith(`${DOWNLOADS_DIR}/`) ||
  path.startsWith('_search/') ||
  path.startsWith('pagefind/') ||
  path === 'manifest.webmanifest' ||
  /^sitemap.*\.xml$/.test(path) ||
  path === 'robots.txt';

interface Classic {
  searchUi: string;
  searchPage: string;
  loader: string;
  pagefind: string;
}

async function classicScripts(root: string, outDir: string): Promise<Classic> {
  const common = {
    absWorkingDir: root,
    bundle: true,
    format: 'iife' as const,
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent' as const,
    define: { 'import.meta.env.BASE_URL': '"/"', __ATLAS_DOWNLOAD__: 'true', __ATLAS_META_CACHE_TAG__: '""' },
  };
  const one = async (entry: string, globalName?: string) =>
    (await build({ ...common, entryPoints: [entry], globalName })).outputFiles![0]!.text;
  const pagefind = await build({
    ...common,
    stdin: { contents: readFileSync(join(outDir, 'pagefind/pagefind.js'), 'utf8'), loader: 'js', resolveDir: join(outDir, 'pagefind') },
    globalName: 'AtlasPagefind',
    define: { 'import.meta.url': '"https://atlas.invalid/pagefind/pagefind.js"' },
  });
  return {
    searchUi: await one('src/scripts/search-ui.ts', 'AtlasSearch'),
    searchPage: await one('src/scripts/search-page.ts'),
    loader: await one('src/scripts/download-loader.ts'),
    pagefind: pagefind.outputFiles![0]!.text,
  };
}

/** Pagefind's index files as one classic script that sets `window.__ATLAS_PAGEFIND_FILES__`. */
function pagefindData(outDir: string): string {
  const dir = join(outDir, 'pagefind');
  const files: Record<string, string> = {};
  for (const path of walkFiles(dir).map((file) => relative(dir, file).split(sep).join('/')).sort()) {
    if (/\.(?:js|css)$/.test(path)) continue;
    files[path] = readFileSync(join(dir, path)).toString('base64');
  }
  return `window.__ATLAS_PAGEFIND_FILES__=${JSON.stringify(files)};`;
}

/** Rewrites one page for the copy: relative file URLs, classic scripts, no service worker. */
export function rewritePage(html: string, pagePath: string, base: string, classicLoader: string): string {
  const tree = fromHtml(html);
  const pageDir = posix.dirname(pagePath);
  const rootFromPage = posix.relative(pageDir, '.') || '.';
  const toFile = (url: string): string => {
    if (!url.startsWith(base)) return url;
    const [, route = '', rest = ''] = /^([^?#]*)(.*)$/.exec(url.slice(base.length)) ?? [];
    const file = route === '' || route.endsWith('/') ? `${route}index.html` : route;
    return posix.relative(pageDir, file) + rest;
  };
  const visit = (node: Root | Element) => {
    node.children = node.children.filter((child) => {
      if (child.type !== 'element') return true;
      const props = child.properties ?? {};
      if (child.tagName === 'link' && ['manifest', 'sitemap'].includes(String(props.rel))) return false;
      if (props.dataOfflineStatus !== undefined || props.dataWebOnly !== undefined) return false;
      if (child.tagName === 'script') return rewriteScript(child);
      for (const name of ['href', 'src', 'action'] as const) {
        const value = props[name];
        if (typeof value === 'string' && !(child.tagName === 'link' && String(props.rel) === 'canonical')) props[name] = toFile(value);
      }
      visit(child);
      return true;
    });
  };
  const rewriteScript = (script: Element): boolean => {
    const props = script.properties ?? {};
    const code = toText(script);
    const src = typeof props.src === 'string' ? props.src : '';
    const setRoot = `window.__ATLAS_ROOT__=${JSON.stringify(`${rootFromPage}/`)};`;
    // Data blocks (JSON-LD) are not scripts: keep them as they are.
    if (props.type && props.type !== 'module') return true;
    delete props.type;
    if (src.includes('/_search/search-page')) {
      props.src = posix.relative(pageDir, '_search/search-page.classic.js');
      script.children = [];
      return true;
    }
    if (code.includes('serviceWorker')) return false;
    if (code.includes('data-search-open')) {
      script.children = [{ type: 'text', value: `${setRoot}${classicLoader}` }];
      return true;
    }
    // Any other inline module (the term preview) runs as a classic script in its own scope.
    script.children = [{ type: 'text', value: `${setRoot}(()=>{${code}})();` }];
    return true;
  };
  visit(tree);
  return toHtml(tree);
}

export async function buildDownload(root: string, outDir: string, base: string): Promise<{ path: string; bytes: number; files: number }> {
  const classic = await classicScripts(root, outDir);
  const top = archiveName().replace(/\.zip$/, '');
  const entries: Zippable = {};
  const add = (path: string, data: string | Uint8Array) => {
    entries[`${top}/${path}`] = [typeof data === 'string' ? new TextEncoder().encode(data) : data, { mtime: FIXED_TIME, level: 9 }];
  };
  const paths = walkFiles(outDir).map((file) => relative(outDir, file).split(sep).join('/')).filter((path) => !skip(path)).sort();
  for (const path of paths) {
    const data = readFileSync(join(outDir, path));
    add(path, path.endsWith('.html') ? rewritePage(data.toString('utf8'), path, base, classic.loader) : data);
  }
  add('_search/search-ui.classic.js', classic.searchUi);
  add('_search/search-page.classic.js', classic.searchPage);
  add('_search/pagefind.classic.js', classic.pagefind);
  add('_search/pagefind-data.js', pagefindData(outDir));
  add(
    'README.txt',
    `${siteConfig.title}\n\nOpen index.html in a web browser. Everything works from this folder without a network:\nthe studies, the glossary and its previews, and search.\n`,
  );
  const sorted: Zippable = Object.fromEntries(Object.entries(entries).sort(([a], [b]) => a.localeCompare(b)));
  const zip = zipSync(sorted);
  const target = join(outDir, DOWNLOADS_DIR, archiveName());
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, zip);
  return { path: target, bytes: zip.length, files: Object.keys(sorted).length };
}


export default function download(): AstroIntegration {
  let root = '';
  let base = '/';
  return {
    name: 'atlas:download',
    hooks: {
      'astro:config:done': ({ config }) => {
        ({ root, base } = configPaths(config));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const result = await buildDownload(root, fileURLToPath(dir), base);
        logger.info(`download: ${relative(fileURLToPath(dir), result.path)}, ${result.files} files, ${(result.bytes / 1024 / 1024).toFixed(1)} MB`);
      },
    },
  };
}
