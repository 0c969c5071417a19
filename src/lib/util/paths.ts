/**
 * The one place that knows how the site's URLs, its base path and its built files relate.
 * Pure functions, no Node or Astro imports: the integrations, the link check, the server, the
 * tests and the browser scripts (bundled) all use them. Modelled on Quartz's `util/path.ts`
 * and Starlight's `utils/base.ts`.
 *
 * Three kinds of string, kept apart by name:
 * - a *base* is where the site lives on its host: `/` or `/atlas/` (always both slashes);
 * - a *site path* is a place in the site, without the base: `/studies/x/`, `/sources/a.txt`;
 * - an *output file* is a file of the built site, relative to its folder: `studies/x/index.html`.
 */

/** A place in the site without the base: starts with `/`; a page ends with `/`. */
export type SitePath = string & { readonly __brand: 'SitePath' };

/** A file of the built site, relative to the output folder, with `/` separators. */
export type OutputFile = string & { readonly __brand: 'OutputFile' };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** True for `https://…`, `mailto:…`, `data:…` and protocol-relative `//host/…`. */
export function isAbsoluteUrl(url: string): boolean {
  return SCHEME.test(url) || url.startsWith('//');
}

/** `atlas`, `/atlas`, `/atlas/` → `/atlas/`; empty or `/` → `/`. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** A site path, checked: `studies/x/` → `/studies/x/`. */
export function sitePath(path: string): SitePath {
  if (isAbsoluteUrl(path)) {
    throw new Error(`"${path}" is an absolute URL, not a path inside the site: use it as it is`);
  }
  return (path.startsWith('/') ? path : `/${path}`) as SitePath;
}

/** The URL of a site path under a base: (`/atlas/`, `/studies/x/`) → `/atlas/studies/x/`. */
export function withBase(base: string, path: string): string {
  return `${normalizeBase(base).slice(0, -1)}${sitePath(path)}`;
}

/** The site path of a URL under a base, or undefined when the URL is outside it. Keeps `?query#fragment`. */
export function withoutBase(base: string, url: string): SitePath | undefined {
  const normalized = normalizeBase(base);
  if (normalized === '/') return url.startsWith('/') ? (url as SitePath) : undefined;
  if (`${url}/` === normalized) return '/' as SitePath;
  return url.startsWith(normalized) ? (url.slice(normalized.length - 1) as SitePath) : undefined;
}

/** Splits `path?query#fragment` into its path and the rest (`?query#fragment`). */
export function splitSuffix(url: string): { path: string; suffix: string } {
  const match = /^([^?#]*)(.*)$/s.exec(url);
  return { path: match?.[1] ?? url, suffix: match?.[2] ?? '' };
}

/** The built file a site path is served from: `/studies/x/` → `studies/x/index.html`, `/a.txt` → `a.txt`. */
export function outputFileOf(path: string): OutputFile {
  const clean = splitSuffix(path).path.replace(/^\/+/, '');
  return (clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean) as OutputFile;
}

/** The site path a built file is served at: `studies/x/index.html` → `/studies/x/`, `a.txt` → `/a.txt`. */
export function sitePathOf(file: string): SitePath {
  return `/${file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1')}` as SitePath;
}

/** Joins a relative URL to the folder of a site path, as a browser would: (`/a/b/`, `../c/`) → `/a/c/`. */
export function resolvePath(from: string, relative: string): SitePath {
  const { path, suffix } = splitSuffix(relative);
  if (path === '') return `${splitSuffix(from).path}${suffix}` as SitePath;
  const parts = path.startsWith('/') ? [] : splitSuffix(from).path.split('/').slice(1, -1);
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  const trailing = path.endsWith('/') || path.endsWith('/.') || path.endsWith('/..') || path === '.' || path === '..';
  return `/${parts.join('/')}${trailing && parts.length > 0 ? '/' : ''}${suffix}` as SitePath;
}

/**
 * A link from one built file to the file behind a site path, for a copy opened from disk
 * (`file://`, where `dir/` does not open `dir/index.html`): (`studies/x/index.html`,
 * `/glossary/y/#z`) → `../../glossary/y/index.html#z`.
 */
export function relativeFileUrl(fromFile: string, to: string): string {
  const { suffix } = splitSuffix(to);
  const target = outputFileOf(to).split('/');
  const fromDir = fromFile.replace(/\\/g, '/').split('/').slice(0, -1);
  let common = 0;
  while (common < fromDir.length && common < target.length - 1 && fromDir[common] === target[common]) common += 1;
  const up = fromDir.slice(common).map(() => '..');
  return [...up, ...target.slice(common)].join('/') + suffix;
}

/** The path from a built file back to the top of the output folder: `studies/x/index.html` → `../../`. */
export function rootFromFile(file: string): string {
  const depth = file.replace(/\\/g, '/').split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}

/**
 * Interface languages in paths: the default language lives at the top (`/studies/`), every
 * other one under its code (`/id/studies/`).
 */
export function localePrefix(locale: string, defaultLocale: string): string {
  return locale === defaultLocale ? '' : `/${locale}`;
}

/** The interface language a site path belongs to (its first segment, if that is a language; else the default). */
export function localeOfPath(path: string, locales: readonly string[]): string {
  const first = splitSuffix(path).path.split('/')[1] ?? '';
  return locales.slice(1).includes(first) ? first : locales[0]!;
}

/** A site path in one interface language: (`id`, `/studies/`) → `/id/studies/`. */
export function localizedPath(locale: string, locales: readonly string[], path: string): SitePath {
  return `${localePrefix(locale, locales[0]!)}${sitePath(path)}` as SitePath;
}

/** A site path without its language prefix: (`/id/studies/`, [`en`, `id`]) → `/studies/`. */
export function unlocalizedPath(path: string, locales: readonly string[]): SitePath {
  const locale = localeOfPath(path, locales);
  if (locale === locales[0]) return sitePath(path);
  const rest = path.slice(locale.length + 1);
  return sitePath(rest === '' ? '/' : rest);
}
