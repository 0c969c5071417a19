/**
 * What the after-build pass takes from one built page: its links and ids (for the link check) and
 * its entry in the downloadable copy (the page rewritten for `file://`, compressed). Parsing,
 * rewriting and compressing are most of the pass's time, and a pure function of the page's bytes,
 * its path and the copy's scripts: the build cache keeps the result under a hash of those, so a
 * page a build did not change is not parsed again.
 */
import { scanPage, type PageScan } from '../checks/link-check.ts';
import { buildCache, cacheKey, type BuildCache } from './build-cache.ts';
import { readTags } from '../util/html-tags.ts';
import { deflateEntry, packEntry, rewritePage, unpackEntry, type DeflatedEntry } from './download.ts';

export interface BuiltPage {
  scan: PageScan;
  /**
   * Whether the page marks what the search indexes (`data-pagefind-body`). Once one page of a site
   * does, Pagefind indexes no page that does not, so those need not be sent to it.
   */
  searchBody: boolean;
  /** Its entry in the downloadable copy, when one is made. */
  entry?: DeflatedEntry;
  /** Whether an earlier build had read the same page (nothing was parsed). */
  cached: boolean;
}

type Rewrite = Parameters<typeof rewritePage>;

/** Pagefind's attribute for the part of a page it indexes. */
const SEARCH_BODY = 'data-pagefind-body';

/** Opened when first used: `astro.config.mjs` opens the cache after importing the integrations. */
let caches: { pages?: BuildCache; files?: BuildCache } | undefined;
const opened = () => (caches ??= { pages: buildCache('built-pages'), files: buildCache('archive-files') });

/** How a page is rewritten for the downloadable copy (`rewritePage`'s settings). */
export interface CopyRewrite {
  base: string;
  classic: Rewrite[3];
  searchPage: string;
}

/**
 * Reads a built page: from the cache when this page, path and rewriting were seen before.
 * Without `copy` (no downloadable copy is made) only its links and ids.
 */
export function readBuiltPage(html: Buffer, path: string, copy: CopyRewrite | undefined): BuiltPage {
  const pagesBefore = opened().pages;
  const key = cacheKey(path, JSON.stringify(copy ?? null), html);
  const hit = pagesBefore?.get(key);
  if (hit) {
    const headLength = hit.readUInt32LE(0);
    const head = JSON.parse(hit.subarray(4, 4 + headLength).toString('utf8')) as { links: string[]; ids: [string, number][]; searchBody: boolean };
    const rest = hit.subarray(4 + headLength);
    return { scan: { links: head.links, ids: new Map(head.ids) }, searchBody: head.searchBody, entry: rest.length > 0 ? unpackEntry(rest) : undefined, cached: true };
  }
  const text = html.toString('utf8');
  const tags = readTags(text);
  const scan = scanPage(tags);
  const searchBody = tags.some((tag) => SEARCH_BODY in tag.attributes);
  let entry: DeflatedEntry | undefined;
  if (copy) entry = deflateEntry(rewritePage(text, path, copy.base, copy.classic, copy.searchPage, tags));
  if (pagesBefore) {
    const head = Buffer.from(JSON.stringify({ links: scan.links, ids: [...scan.ids], searchBody }));
    const length = Buffer.alloc(4);
    length.writeUInt32LE(head.length, 0);
    pagesBefore.set(key, Buffer.concat([length, head, ...(entry ? [packEntry(entry)] : [])]));
  }
  return { scan, searchBody, entry, cached: false };
}

/** Another file of the copy, compressed: from the cache when the same bytes were compressed before (`sha256`: their hash). */
export function archiveFile(bytes: Uint8Array, sha256: string): DeflatedEntry {
  const filesBefore = opened().files;
  const hit = filesBefore?.get(sha256);
  if (hit) return unpackEntry(hit);
  const entry = deflateEntry(bytes);
  filesBefore?.set(sha256, packEntry(entry));
  return entry;
}
