/**
 * Checks every internal link of a built site: each `href` and `src` must resolve to a file in
 * the output, each `#fragment` to an element id on the target page, and no link may leave the
 * site's base path (a GitHub Pages project site lives under `/<repository>/`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { closest } from 'fastest-levenshtein';
import { join, posix, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

export interface LinkProblem {
  /** The page, relative to the output folder. */
  page: string;
  /** The link as written. */
  link: string;
  reason: string;
  /** The nearest existing page or id, when there is one. */
  suggestion?: string;
}

export interface DuplicateId {
  page: string;
  id: string;
  count: number;
}

export interface LinkReport {
  problems: LinkProblem[];
  /** Internal links checked. */
  checked: number;
  /** Links to other sites (http, https, mailto), listed, not followed. */
  external: string[];
}

const LINK_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  iframe: ['src'],
  form: ['action'],
};

/**
 * @param siteUrl the site's origin (Astro's `site`): absolute links to it, such as canonical
 * URLs, are checked like internal ones.
 */
/** What one parse of each built page yields: its links, its ids, and how often each id occurs. */
export interface SiteScan {
  outDir: string;
  pages: Map<string, { links: string[]; ids: Map<string, number> }>;
}

/** Parses every HTML page of the output once. */
export function scanSite(outDir: string): SiteScan {
  const pages = new Map<string, { links: string[]; ids: Map<string, number> }>();
  for (const file of htmlFiles(outDir)) {
    const tree = fromHtml(readFileSync(file, 'utf8'));
    const links: string[] = [];
    const ids = new Map<string, number>();
    collect(tree, links, ids);
    pages.set(file, { links, ids });
  }
  return { outDir, pages };
}

/**
 * @param siteUrl the site's origin (Astro's `site`): absolute links to it, such as canonical
 * URLs, are checked like internal ones.
 */
export function checkLinks(outDirOrScan: string | SiteScan, basePath = '/', siteUrl?: string): LinkReport {
  const scan = typeof outDirOrScan === 'string' ? scanSite(outDirOrScan) : outDirOrScan;
  const { outDir } = scan;
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const origin = siteUrl ? new URL(siteUrl).origin : undefined;
  const problems: LinkProblem[] = [];
  const external = new Set<string>();
  const files = [...scan.pages.keys()];
  const pageUrls = files.map((file) => `${base}${relative(outDir, file).replace(/(^|\/)index\.html$/, '$1')}`);
  let checked = 0;
  for (const [file, { links }] of scan.pages) {
    const page = relative(outDir, file);
    const pageUrl = `${base}${page.replace(/(^|\/)index\.html$/, '$1')}`;
    for (const written of links) {
      const link = origin && written.startsWith(`${origin}/`) ? written.slice(origin.length) : written;
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(link)) {
        if (/^(?:https?:|mailto:|\/\/)/i.test(link)) external.add(link);
        else if (!/^(?:data:)/i.test(link)) problems.push({ page, link: written, reason: 'unsupported URL scheme' });
        continue;
      }
      checked += 1;
      const [pathPart = '', fragment] = link.split('#', 2) as [string, string | undefined];
      const absolute = pathPart === '' ? pageUrl : posix.resolve(posix.dirname(`${pageUrl}x`), pathPart) + (pathPart.endsWith('/') ? '/' : '');
      if (!absolute.startsWith(base)) {
        problems.push({ page, link: written, reason: `leaves the base path ${base}` });
        continue;
      }
      const target = targetFile(outDir, absolute.slice(base.length));
      if (!target) {
        problems.push({ page, link: written, reason: 'no such file in the built site', suggestion: closest(absolute, pageUrls) });
        continue;
      }
      const id = fragment ? decodeURIComponent(fragment) : '';
      const targetIds = scan.pages.get(target)?.ids;
      if (id !== '' && targetIds && !targetIds.has(id)) {
        const ids = [...targetIds.keys()];
        problems.push({
          page,
          link: written,
          reason: `no element with id "${fragment}" on ${relative(outDir, target)}`,
          suggestion: ids.length > 0 ? `#${closest(id, ids)}` : undefined,
        });
      }
    }
  }
  return { problems, checked, external: [...external].sort() };
}

/** Ids used more than once on a page: a link to them is ambiguous, and the markup invalid. */
export function duplicateIds(outDirOrScan: string | SiteScan): DuplicateId[] {
  const scan = typeof outDirOrScan === 'string' ? scanSite(outDirOrScan) : outDirOrScan;
  const found: DuplicateId[] = [];
  for (const [file, { ids }] of scan.pages) {
    for (const [id, count] of ids) if (count > 1) found.push({ page: relative(scan.outDir, file), id, count });
  }
  return found;
}

function collect(node: Root | Element, links: string[], ids: Map<string, number>): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    for (const attribute of LINK_ATTRIBUTES[child.tagName] ?? []) {
      const value = child.properties?.[attribute];
      if (typeof value === 'string') links.push(value);
    }
    const id = child.properties?.id;
    if (typeof id === 'string') ids.set(id, (ids.get(id) ?? 0) + 1);
    collect(child, links, ids);
  }
}

function targetFile(outDir: string, sitePath: string): string | undefined {
  const clean = decodeURIComponent(sitePath.split('?')[0] ?? '');
  const candidate = join(outDir, clean);
  if (clean === '' || clean.endsWith('/')) {
    const index = join(candidate, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return undefined;
}



export function htmlFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...htmlFiles(path));
    else if (entry.name.endsWith('.html')) files.push(path);
  }
  return files.sort();
}
