/**
 * Checks every internal link of a built site: each `href` and `src` must resolve to a file in
 * the output, each `#fragment` to an element id on the target page, and no link may leave the
 * site's base path (a GitHub Pages project site lives under `/<repository>/`).
 *
 * The after-build pass reads each page's tags once and hands them to `scanPage`; `checkLinks`
 * then needs only what the scan kept (links and ids), never the pages themselves.
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { closest } from 'fastest-levenshtein';
import { readTags, type HtmlTag } from '../util/html-tags.ts';
import { isAbsoluteUrl, normalizeBase, outputFileOf, resolvePath, sitePathOf, splitSuffix, withBase, withoutBase } from '../util/paths.ts';
import { walkFiles } from '../util/walk-files.ts';

export interface LinkProblem {
  /** The page, as a file of the output folder. */
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

/** What one parse of a page yields: its links, and how often each id occurs. */
export interface PageScan {
  links: string[];
  ids: Map<string, number>;
}

/** Every file of a built site (output-relative, `/` separators) and the scan of each page. */
export interface SiteScan {
  files: Set<string>;
  pages: Map<string, PageScan>;
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

/** The links and ids of one page, from its tags. */
export function scanPage(tags: HtmlTag[]): PageScan {
  const links: string[] = [];
  const ids = new Map<string, number>();
  for (const { name, attributes } of tags) {
    for (const attribute of LINK_ATTRIBUTES[name] ?? []) {
      const value = attributes[attribute];
      if (value !== undefined) links.push(value);
    }
    const { id } = attributes;
    if (id !== undefined) ids.set(id, (ids.get(id) ?? 0) + 1);
  }
  return { links, ids };
}

/** Scans a built site from disk (tests and scripts; the build uses the after-build pass). */
export function scanSite(outDir: string): SiteScan {
  const files = new Set<string>();
  const pages = new Map<string, PageScan>();
  for (const file of walkFiles(outDir)) {
    const path = relative(outDir, file).split(sep).join('/');
    files.add(path);
    if (path.endsWith('.html')) pages.set(path, scanPage(readTags(readFileSync(file, 'utf8'))));
  }
  return { files, pages };
}

/**
 * @param siteUrl the site's origin (Astro's `site`): absolute links to it, such as canonical
 * URLs, are checked like internal ones.
 */
export function checkLinks(outDirOrScan: string | SiteScan, basePath = '/', siteUrl?: string): LinkReport {
  const scan = typeof outDirOrScan === 'string' ? scanSite(outDirOrScan) : outDirOrScan;
  const base = normalizeBase(basePath);
  const origin = siteUrl ? new URL(siteUrl).origin : undefined;
  const problems: LinkProblem[] = [];
  const external = new Set<string>();
  const pageUrls = [...scan.pages.keys()].map((page) => withBase(base, sitePathOf(page)));
  let checked = 0;
  for (const [page, { links }] of scan.pages) {
    const pageUrl = withBase(base, sitePathOf(page));
    for (const written of links) {
      const link = origin && written.startsWith(`${origin}/`) ? written.slice(origin.length) : written;
      if (isAbsoluteUrl(link)) {
        if (/^(?:https?:|mailto:|\/\/)/i.test(link)) external.add(link);
        else if (!/^data:/i.test(link)) problems.push({ page, link: written, reason: 'unsupported URL scheme' });
        continue;
      }
      checked += 1;
      const { path, suffix } = splitSuffix(resolvePath(pageUrl, link));
      const inSite = withoutBase(base, path);
      if (inSite === undefined) {
        problems.push({ page, link: written, reason: `leaves the base path ${base}` });
        continue;
      }
      const target = outputFileOf(decodeURIComponent(inSite));
      if (!scan.files.has(target)) {
        problems.push({ page, link: written, reason: 'no such file in the built site', suggestion: closest(path, pageUrls) });
        continue;
      }
      // A text fragment (`#id:~:text=…`) is a directive for the browser, not part of the id.
      const fragment = suffix.includes('#') ? suffix.slice(suffix.indexOf('#') + 1).split(':~:')[0]! : '';
      const id = fragment ? decodeURIComponent(fragment) : '';
      const targetIds = scan.pages.get(target)?.ids;
      if (id !== '' && targetIds && !targetIds.has(id)) {
        const ids = [...targetIds.keys()];
        problems.push({
          page,
          link: written,
          reason: `no element with id "${fragment}" on ${target}`,
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
  for (const [page, { ids }] of scan.pages) {
    for (const [id, count] of ids) if (count > 1) found.push({ page, id, count });
  }
  return found;
}

/** Every HTML page of a built site, as absolute paths, in a stable order. */
export function htmlFiles(dir: string): string[] {
  return walkFiles(dir).filter((file) => file.endsWith('.html'));
}
