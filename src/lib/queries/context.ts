/**
 * What every page and component needs to speak to the reader: the atlas's settings, the
 * page's interface language (from its URL), the dictionary of that language, and links that
 * carry the base path and the language prefix. Components call `pageContext(Astro.url)`.
 */
import { existsSync } from 'node:fs';
import { atlas } from 'virtual:atlas';
import { scripts as allScripts } from 'virtual:atlas/scripts';
import type { LocaleScripts } from '../../plugins/browser-scripts-integration.ts';
import { t, type Ui } from '../../i18n/ui.ts';
import { atlasRoutes, type AtlasRoutes } from '../atlas/routes.ts';
import type { KindConfig } from '../model/atlas-config.ts';
import { TODO } from '../model/study-schema.ts';
import { pick, type LocalizedText, type Picked } from '../model/localized-text.ts';
import { localeOfPath, localizedPath, unlocalizedPath, withBase, withoutBase } from '../util/paths.ts';

export const config = atlas.config;
export const layout = atlas.layout;
export const routes = atlasRoutes(config);

/** The settings of a kind of work, by id (the content check has made sure it exists). */
export function kindOf(id: string): KindConfig {
  const kind = config.kinds.find((k) => k.id === id);
  if (!kind) throw new Error(`Unknown kind "${id}": the content check should have stopped the build`);
  return kind;
}

/** Like `kindOf`, or undefined for a draft that has not chosen its kind yet (`kind: TODO`). */
export function chosenKind(id: string): KindConfig | undefined {
  return id === TODO ? undefined : kindOf(id);
}

/** Whether the atlas has a timeline (`src/content/timeline.yaml`), and so a timeline page. */
export const hasTimeline = existsSync(layout.timelineFile);

const base = import.meta.env.BASE_URL;
const locales = config.languages.interface;

/** The interface language of a page, from its URL. */
export function localeOf(url: URL): string {
  return localeOfPath(withoutBase(base, url.pathname) ?? '/', locales);
}

/** The URL of a page for a reader of `locale`: base and language prefix added. */
export function href(locale: string, path: string): string {
  return withBase(base, localizedPath(locale, locales, path));
}

/** The same page in every interface language: `{ locale, href }`, the first language first. */
export function alternatesOf(url: URL): { locale: string; href: string }[] {
  const path = unlocalizedPath(withoutBase(base, url.pathname) ?? '/', locales);
  return locales.map((locale) => ({ locale, href: href(locale, path) }));
}

/** The URL of a file that is the same in every language (source texts, citation files, icons). */
export function asset(path: string): string {
  return withBase(base, path);
}

/** Routes to files rather than pages: no language prefix. */
const FILE_ROUTES = new Set<keyof AtlasRoutes>(['citation', 'sourceText', 'download']);

type Links = { [K in keyof AtlasRoutes]: (...args: Parameters<AtlasRoutes[K]>) => string };

export interface PageContext {
  locale: string;
  /** The locale with its region (`en-GB`), for `Intl` formats (lists, numbers, dates). */
  intlLocale: string;
  ui: Ui;
  /** Every route of the atlas as a URL for this reader. */
  link: Links;
  /** Any other page's site path as a URL for this reader. */
  href: (path: string) => string;
  /** A file's site path as a URL (the same for every reader). */
  asset: (path: string) => string;
  /** Keyed text in the page's language, or a fallback with its own language. */
  text: (value: LocalizedText) => Picked;
  /** The browser scripts bundled with this language's strings. */
  scripts: LocaleScripts;
}

const contexts = new Map<string, PageContext>();

export function pageContext(url: URL): PageContext {
  return localeContext(localeOf(url));
}

/** What a page in `locale` needs (for a page that speaks to readers of several languages: 404). */
export function localeContext(locale: string): PageContext {
  let context = contexts.get(locale);
  if (!context) {
    const link = Object.fromEntries(
      Object.entries(routes).map(([name, route]) => {
        const path = route as (...a: string[]) => string;
        const file = FILE_ROUTES.has(name as keyof AtlasRoutes);
        return [name, (...args: string[]) => (file ? asset(path(...args)) : href(locale, path(...args)))];
      }),
    ) as Links;
    const region = config.languages.regions[locale];
    context = {
      locale,
      intlLocale: region ? `${locale}-${region}` : locale,
      ui: t(locale),
      link,
      href: (path) => href(locale, path),
      asset,
      text: (value) => pick(value, locale, config.languages.required),
      scripts: allScripts[locale]!,
    };
    contexts.set(locale, context);
  }
  return context;
}
