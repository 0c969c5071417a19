/**
 * Every internal link and asset URL goes through `href`, so that the site works under a
 * GitHub Pages project path (`BASE_PATH=/atlas/`) as well as at `/`.
 */

/** Joins a base path and a site path: `joinBase('/atlas', '/studies/')` → `/atlas/studies/`. */
export function joinBase(base: string, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) {
    throw new Error(`href() is for internal paths; "${path}" is an absolute URL: use it as it is`);
  }
  const trimmedBase = base.replace(/\/+$/, '');
  const cleanPath = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${cleanPath}`;
}

/** An internal path under the configured base. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

export const paths = {
  home: () => '/',
  studies: () => '/studies/',
  study: (slug: string) => `/studies/${slug}/`,
  sourceText: (file: string) => `/sources/${file}`,
  glossary: () => '/glossary/',
  compare: () => '/compare/',
  timeline: () => '/timeline/',
  glossaryEntry: (id: string) => `/glossary/${id}/`,
} as const;
