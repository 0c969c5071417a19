/**
 * The downloadable copy, `downloads/<name>.zip`: the built site made for opening straight from
 * disk (unpack, double-click `index.html`, no server). In that copy every URL is relative and
 * points at a file (`studies/x/index.html`), every script is a classic script (browsers refuse
 * module scripts and `fetch` on `file://`), Pagefind runs from a classic build of its own
 * module without a worker, its index files are embedded in a script and its fetches answered
 * from there, and result URLs become relative file paths.
 *
 * Pages say what to do with each script by its `data-atlas-script` marker, and mark what the
 * copy leaves out with `data-web-only`; a script without a marker stops the build, so a new
 * script cannot slip into the copy unconverted. The archive is written as a stream, page by
 * page, with fixed timestamps, so two builds give the same bytes.
 */
import { AstroError } from 'astro/errors';
import { build } from 'esbuild';
import { Zip, type ZipInputFile } from 'fflate';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { CLASSIC, DOWNLOADS_DIR, EMBEDDED_PAGEFIND_ORIGIN, isOfflineManifestFile, PAGEFIND_DIR, SEARCH_DIR, SERVICE_WORKER } from '../util/output-files.ts';
import { editStartTag, readTags, type HtmlTag } from '../util/html-tags.ts';
import { relativeFileUrl, rootFromFile, withoutBase } from '../util/paths.ts';
import { walkFiles } from '../util/walk-files.ts';

export { DOWNLOADS_DIR };
/** Every file in the archive has this time, so that two builds give the same bytes. */
const FIXED_TIME = new Date('2000-01-01T00:00:00Z');

/** Files of the web site that the copy leaves out or replaces. */
export const notInDownload = (path: string) =>
  path === SERVICE_WORKER ||
  isOfflineManifestFile(path) ||
  path.startsWith(`${DOWNLOADS_DIR}/`) ||
  path.startsWith(`${SEARCH_DIR}/`) ||
  path.startsWith(`${PAGEFIND_DIR}/`) ||
  // The compare script's list of studies: the copy leaves the script out (it cannot fetch from disk) and reads the comparison's pages.
  /^(?:[a-z]{2,3}\/)?compare\/studies\.json$/.test(path) ||
  path === 'manifest.webmanifest' ||
  /^sitemap.*\.xml$/.test(path) ||
  path === 'robots.txt';

/** What the copy does with each marked script. */
const SCRIPT_HANDLING = {
  /** Run as they are (classic already). */
  theme: 'keep',
  'language-switch': 'keep',
  'language-suggestion': 'keep',
  /** Replaced by the classic loader of the copy. */
  'search-loader': 'loader',
  /** Replaced by its classic build. */
  'term-preview': 'term-preview',
  /** Replaced by its classic build. */
  'study-filter': 'study-filter',
  'copy-buttons': 'copy-buttons',
  /** Replaced by the classic search page. */
  'search-page': 'search-page',
} as const;

/** A page script the copy does not know what to do with. */
export class ScriptError extends AstroError {}

/** A piece of a page's text replaced: `[from, to)` becomes `text`. */
interface TextEdit {
  from: number;
  to: number;
  text: string;
}

/** The attributes whose URLs the copy makes relative file paths. */
const URL_ATTRIBUTES = ['href', 'src', 'action'] as const;

/** The classic builds of the page scripts the copy replaces. */
type ClassicScripts = { loader: string; termPreview: string; studyFilter: string; copyButtons: string };

/**
 * Rewrites one page for the copy: relative file URLs, classic scripts, no service worker or
 * download link. Only what changes is written anew (the attributes and scripts concerned),
 * spliced into the page's own text, so the rest of the page is the site's bytes. A page whose
 * changes have no place in its text (an element whose start or end tag the parser implied) is
 * first written out whole, with every tag explicit, by a parser that builds its tree.
 */
export function rewritePage(
  html: string,
  pagePath: string,
  base: string,
  classic: ClassicScripts,
  /** The classic search page of the page's language. */
  searchPage: string = CLASSIC.searchPage,
  /** `html`'s tags, when the caller has read them already. */
  tags: HtmlTag[] = readTags(html),
): string {
  const edits = copyEdits(html, tags, pagePath, base, classic, searchPage);
  if (edits) return splice(html, edits);
  const whole = toHtml(fromHtml(html));
  const wholeEdits = copyEdits(whole, readTags(whole), pagePath, base, classic, searchPage);
  if (!wholeEdits) throw new Error(`${pagePath}: the downloadable copy could not place its changes even in the page written out whole.`);
  return splice(whole, wholeEdits);
}

/** The edits that make the page's copy, or undefined when one of them has no place in the text. */
function copyEdits(html: string, tags: HtmlTag[], pagePath: string, base: string, classic: ClassicScripts, searchPage: string): TextEdit[] | undefined {
  const edits: TextEdit[] = [];
  const toFile = (url: string): string => {
    const inSite = withoutBase(base, url);
    return inSite === undefined ? url : relativeFileUrl(pagePath, inSite);
  };
  let rootSeen = false;
  /** Tags inside an element the copy leaves out end before this offset. */
  let skipUntil = -1;
  for (const tag of tags) {
    if (tag.from !== undefined && tag.from < skipUntil) continue;
    const attributes = tag.attributes;
    const rel = (attributes.rel ?? '').trim();
    if ('data-web-only' in attributes || (tag.name === 'link' && (rel === 'manifest' || rel === 'sitemap'))) {
      if (tag.from === undefined || tag.to === undefined) return undefined;
      edits.push({ from: tag.from, to: tag.to, text: '' });
      skipUntil = tag.to;
      continue;
    }
    if (tag.from === undefined) {
      if (tag.name === 'html' || tag.name === 'script' || URL_ATTRIBUTES.some((name) => name in attributes)) return undefined;
      continue;
    }
    const placed = { ...tag, from: tag.from };
    if (tag.name === 'script') {
      const edit = scriptEdit(html, placed, pagePath, classic, searchPage);
      if (edit === undefined) return undefined;
      if (edit) edits.push(edit);
      continue;
    }
    const changes: Record<string, string> = {};
    if (!(tag.name === 'link' && rel === 'canonical')) {
      for (const name of URL_ATTRIBUTES) {
        const value = attributes[name];
        if (value === undefined) continue;
        const file = toFile(value);
        if (file !== value) changes[name] = file;
      }
    }
    if (tag.name === 'html' && !rootSeen) {
      rootSeen = true;
      changes['data-atlas-root'] = rootFromFile(pagePath);
    }
    if (Object.keys(changes).length > 0) edits.push({ from: tag.from, to: tag.startTagEnd, text: editStartTag(html, placed, changes) });
  }
  return rootSeen ? edits : undefined;
}

/** What the copy does with a script: an edit, null for nothing, undefined when its end has no place in the text. */
function scriptEdit(html: string, script: HtmlTag & { from: number }, pagePath: string, classic: ClassicScripts, searchPage: string): TextEdit | null | undefined {
  const { type } = script.attributes;
  // Data blocks (JSON-LD) are not scripts: keep them as they are.
  if (type && type !== 'module') return null;
  const marker = (script.attributes['data-atlas-script'] ?? '') as keyof typeof SCRIPT_HANDLING;
  const handling = SCRIPT_HANDLING[marker];
  if (!handling) {
    throw new ScriptError(
      `${pagePath} has a script without a known data-atlas-script marker ("${marker}"), so the downloadable copy cannot tell how to run it from disk.`,
      `Give the script's tag data-atlas-script="…" with one of ${Object.keys(SCRIPT_HANDLING).join(', ')} (src/lib/build/download.ts says what the copy does with each), add a new one there, or mark the tag data-web-only to leave it out of the copy.`,
    );
  }
  if (handling === 'keep' && type === undefined) return null;
  if (handling === 'keep') return { from: script.from, to: script.startTagEnd, text: editStartTag(html, script, { type: null }) };
  if (script.to === undefined) return undefined;
  const content = {
    'search-page': '',
    loader: classic.loader,
    'term-preview': classic.termPreview,
    'study-filter': classic.studyFilter,
    'copy-buttons': classic.copyButtons,
  }[handling];
  const changes: Record<string, string | null> = { type: null };
  if (handling === 'search-page') changes.src = relativeFileUrl(pagePath, `/${searchPage}`);
  return { from: script.from, to: script.to, text: `${editStartTag(html, script, changes)}${content}</script>` };
}

function splice(html: string, edits: TextEdit[]): string {
  let text = '';
  let at = 0;
  for (const edit of edits.sort((a, b) => a.from - b.from)) {
    text += html.slice(at, edit.from) + edit.text;
    at = edit.to;
  }
  return text + html.slice(at);
}

/** Pagefind's module as a classic script that sets `window.AtlasPagefind`. */
export async function classicPagefind(outDir: string): Promise<string> {
  const result = await build({
    stdin: { contents: readFileSync(join(outDir, PAGEFIND_DIR, 'pagefind.js'), 'utf8'), loader: 'js', resolveDir: join(outDir, PAGEFIND_DIR) },
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
    globalName: 'AtlasPagefind',
    define: { 'import.meta.url': JSON.stringify(`${EMBEDDED_PAGEFIND_ORIGIN}pagefind.js`) },
  });
  return result.outputFiles[0]!.text;
}

/** Pagefind's index files as one classic script that sets `window.__ATLAS_PAGEFIND_FILES__`. */
export function pagefindData(outDir: string): string {
  const dir = join(outDir, PAGEFIND_DIR);
  const files: Record<string, string> = {};
  for (const path of walkFiles(dir).map((file) => relative(dir, file).split(sep).join('/'))) {
    if (/\.(?:js|css)$/.test(path)) continue;
    files[path] = readFileSync(join(dir, path)).toString('base64');
  }
  return `window.__ATLAS_PAGEFIND_FILES__=${JSON.stringify(files)};`;
}

/** An archive entry's data as the archive stores it: the CRC and size of the original, and its compressed bytes. */
export interface DeflatedEntry {
  crc: number;
  size: number;
  deflated: Uint8Array<ArrayBuffer>;
}

/**
 * zlib's default level: on the built pages of 1,000 studies, 0.43 s for 27.7 MB against 0.63 s
 * at level 9, for an archive 0.03% larger (26.35% of the pages' size against 26.32%).
 */
const LEVEL = 6;
/** The general-purpose flag of a deflate entry at the default level ("normal compression"). */
const ENTRY_FLAG = 0;

/**
 * Compresses an entry's data for the archive with Node's zlib (raw deflate): about twice as fast
 * as fflate's deflate and a little smaller. fflate writes the archive around it.
 */
export function deflateEntry(data: string | Uint8Array): DeflatedEntry {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const deflated = deflateRawSync(bytes, { level: LEVEL });
  return { crc: crc32(bytes) | 0, size: bytes.length, deflated: new Uint8Array(deflated) };
}

/** A deflated entry as one buffer (for the build cache): CRC, size, then the compressed bytes. */
export function packEntry(entry: DeflatedEntry): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32LE(entry.crc >>> 0, 0);
  head.writeUInt32LE(entry.size, 4);
  return Buffer.concat([head, Buffer.from(entry.deflated)]);
}

export function unpackEntry(packed: Buffer): DeflatedEntry {
  return { crc: packed.readUInt32LE(0) | 0, size: packed.readUInt32LE(4), deflated: new Uint8Array(packed.buffer, packed.byteOffset + 8, packed.length - 8) as Uint8Array<ArrayBuffer> };
}

/** The archive, written to disk as entries are added. */
export class DownloadArchive {
  private readonly zip: Zip;
  private readonly fd: number;
  private bytes = 0;
  private count = 0;
  private failure: Error | undefined;
  readonly path: string;
  /** The folder inside the archive that holds the copy. */
  private readonly top: string;

  // Plain fields, not parameter properties: built pages are read on worker threads, which load this file with Node's type stripping.
  constructor(path: string, top: string) {
    this.path = path;
    this.top = top;
    mkdirSync(dirname(path), { recursive: true });
    this.fd = openSync(path, 'w');
    this.zip = new Zip((error, chunk) => {
      if (error) {
        this.failure = error;
        return;
      }
      writeSync(this.fd, chunk);
      this.bytes += chunk.length;
    });
  }

  add(path: string, data: string | Uint8Array): void {
    this.addDeflated(path, deflateEntry(data));
  }

  /** Adds an entry compressed already (by `deflateEntry`, perhaps in an earlier build). */
  addDeflated(path: string, entry: DeflatedEntry): void {
    const file: ZipInputFile = { filename: `${this.top}/${path}`, compression: 8, flag: ENTRY_FLAG, mtime: FIXED_TIME, crc: entry.crc, size: entry.size };
    this.zip.add(file);
    file.ondata!(null, entry.deflated, true);
    this.count += 1;
  }

  finish(): { path: string; bytes: number; files: number } {
    this.zip.end();
    closeSync(this.fd);
    if (this.failure) throw this.failure;
    return { path: this.path, bytes: this.bytes, files: this.count };
  }
}
