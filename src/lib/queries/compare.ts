/**
 * `/compare/`: the studies side by side, `studies.compareColumns` at a time. The atlas's order
 * cut into static pages (`/compare/`, `/compare/page/2/`, …), so that every study can be read
 * side by side without JavaScript; from these pages the compare script takes the columns of the
 * studies a reader picks (`?study=a&study=b`; a study's place in the atlas's order says which
 * page holds it, so no column is published twice), with a list of every study to pick from
 * (`/compare/studies.json`, loaded only when the reader opens the picker). Every path here is a
 * site path in the first interface language: give it to `pageContext(…).href`.
 */
import { COMPARE_ROUTE } from '../atlas/routes.ts';
import { config } from './context.ts';
import type { StudyEntry } from './studies.ts';

/** The segment of the later pages: `/compare/page/2/`. */
export const COMPARE_PAGE_SEGMENT = 'page';

/** How many studies a page, and a reader's pick, sets side by side. */
export const compareColumns = (): number => config.studies.compareColumns;

/** The site path of a page of the comparison: `/compare/`, `/compare/page/2/`. */
export function comparePagePath(page = 1): string {
  return `/${COMPARE_ROUTE}/${page > 1 ? `${COMPARE_PAGE_SEGMENT}/${page}/` : ''}`;
}

/** The site path of the list of every study the picker offers. */
export function compareIndexPath(): string {
  return `/${COMPARE_ROUTE}/studies.json`;
}

/** The studies in pages of `compareColumns` each, in the order given (the atlas's). */
export function comparePages<T>(studies: readonly T[], perPage = compareColumns()): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < studies.length; i += perPage) pages.push(studies.slice(i, i + perPage));
  return pages.length > 0 ? pages : [[]];
}

/** The glossary entries the comparison's list rows link to, for these studies' columns only. */
export function compareTerms(studies: readonly StudyEntry[]): Set<string> {
  const lists = new Set(config.studies.glossaryLists.map((list) => list.field));
  return new Set(studies.flatMap((s) => config.studies.compareRows.flatMap((key) => (lists.has(key) ? (s.data.lists[key] ?? []) : []))));
}

/** The interface languages after the first, which prefix their pages (`/id/compare/`): the values of the `[...locale]` routes' parameter. */
export function localePrefixes(): (string | undefined)[] {
  return [undefined, ...config.languages.interface.slice(1)];
}

/** The page URL of a route under `[...locale]`, for `pageContext`: its language's `/compare/`. */
export function localeOfPrefix(prefix: string | undefined): string {
  return prefix ?? config.languages.interface[0]!;
}
