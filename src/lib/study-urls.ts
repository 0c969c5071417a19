/** The absolute URL of a study page and its citation files (needs the site's origin). */
import { joinBase, paths } from './urls.ts';

export const CITATION_FILES = { bibtex: 'cite.bib', ris: 'cite.ris', csl: 'cite.json' } as const;

export function studyPageUrl(slug: string, site: URL | undefined, base: string): string {
  const path = joinBase(base, paths.study(slug));
  return site ? new URL(path, site).href : path;
}
