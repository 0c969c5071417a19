/**
 * Turns what the check of the built site finds (broken links, broken fragments, ids used twice)
 * into content problems that name the source file and line, where a page comes from a content
 * file, and the fix.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Atlas } from '../atlas/load.ts';
import { displayPath } from '../atlas/layout.ts';
import { localeOfPath, normalizeBase, sitePathOf } from '../util/paths.ts';
import type { DuplicateId, LinkProblem } from './link-check.ts';
import type { ContentProblem } from './problems.ts';

export interface SourceMapOptions {
  atlas: Atlas;
  /** The site's base path, e.g. `/atlas/`; stripped from links before they are looked for in sources. */
  base: string;
}

/** The content file a built page comes from, if any (`studies/x/index.html` → `<atlas>/src/content/studies/x.mdx`), as an absolute path. */
export function sourceOfPage(page: string, { atlas }: SourceMapOptions): string | undefined {
  const { config, layout } = atlas;
  const locales = config.languages.interface;
  let path: string = sitePathOf(page);
  const locale = localeOfPath(path, locales);
  if (locale !== locales[0]) path = path.slice(locale.length + 1);
  const collections = [
    { dir: layout.studiesDir, route: config.studies.route },
    { dir: layout.glossaryDir, route: config.glossary.route },
  ];
  for (const { dir, route } of collections) {
    const match = new RegExp(`^/${route}/([^/]+)/$`).exec(path);
    if (!match) continue;
    for (const extension of ['.mdx', '.md']) {
      const file = join(dir, `${match[1]}${extension}`);
      if (existsSync(file)) return file;
    }
  }
  return undefined;
}

export function linkProblemsToContent(problems: LinkProblem[], options: SourceMapOptions): ContentProblem[] {
  const fromContent: ContentProblem[] = [];
  const fromLayout = new Map<string, { problem: LinkProblem; pages: string[] }>();
  for (const problem of problems) {
    const source = sourceOfPage(problem.page, options);
    const base = normalizeBase(options.base);
    const unbased = problem.link.startsWith(base) ? `/${problem.link.slice(base.length)}` : problem.link;
    const line = source ? lineContaining(source, [problem.link, unbased]) : undefined;
    const hint = problem.suggestion ? `; did you mean "${problem.suggestion}"?` : '';
    if (source && line) {
      fromContent.push({ file: displayPath(source, options.atlas.layout.root), line, message: `link "${problem.link}": ${problem.reason}${hint}` });
      continue;
    }
    // Not written in a content file: a component or layout made it, probably on many pages.
    const key = `${problem.link}\n${problem.reason}`;
    const group = fromLayout.get(key) ?? { problem, pages: [] };
    group.pages.push(problem.page);
    fromLayout.set(key, group);
  }
  const layoutProblems = [...fromLayout.values()].map(({ problem, pages }) => ({
    file: pages.length === 1 ? pages[0]! : `${pages.length} built pages (${pages.slice(0, 3).join(', ')}${pages.length > 3 ? ', …' : ''})`,
    message: `link "${problem.link}": ${problem.reason}${problem.suggestion ? `; did you mean "${problem.suggestion}"?` : ''} The link comes from a component or layout in src/, or a file missing from public/`,
  }));
  return [...fromContent, ...layoutProblems];
}

export function duplicateIdsToContent(duplicates: DuplicateId[], options: SourceMapOptions): ContentProblem[] {
  return duplicates.map(({ page, id, count }) => {
    const source = sourceOfPage(page, options);
    const heading = source ? headingWithId(source, id) : undefined;
    if (source && heading) {
      return {
        file: displayPath(source, options.atlas.layout.root),
        line: heading.line,
        message: `heading "${heading.text}" gets the id "${id}", which is already used on the page (${count} times in all): reword the heading so that its id differs`,
      };
    }
    return {
      file: source ? displayPath(source, options.atlas.layout.root) : page,
      message: `the id "${id}" is used ${count} times on ${page}: ids must be unique; rename one of them`,
    };
  });
}

function lineContaining(path: string, needles: string[]): number | undefined {
  const lines = readFileSync(path, 'utf8').split('\n');
  for (const needle of needles) {
    const index = lines.findIndex((line) => line.includes(`(${needle})`) || line.includes(`"${needle}"`) || line.includes(needle));
    if (index >= 0) return index + 1;
  }
  return undefined;
}

/** The Markdown heading whose generated id (github-slugger, as Astro makes them) is `id`. */
function headingWithId(path: string, id: string): { line: number; text: string } | undefined {
  const slugger = new GithubSlugger();
  const lines = readFileSync(path, 'utf8').split('\n');
  for (const [index, line] of lines.entries()) {
    const match = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!match?.[1]) continue;
    const text = match[1].replace(/<[^>]+>/g, '');
    if (slugger.slug(text) === id) return { line: index + 1, text };
  }
  return undefined;
}
