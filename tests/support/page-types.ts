/**
 * The page types of a built atlas, one example URL each (every study, since each is different
 * content). Accessibility, phone-layout and network checks run over this list for every atlas:
 * a new page type is added here once and every gate covers it, for every atlas.
 */
import { existsSync } from 'node:fs';
import { glossaryKinds } from '../../src/lib/model/vocabulary.ts';
import { pick } from '../../src/lib/model/localized-text.ts';
import type { BuiltAtlas } from './atlases.ts';

export interface PageType {
  name: string;
  /** Path under the base, starting with `/`. */
  path: string;
  /** HTTP status the server answers with. */
  status: number;
}

export function pageTypesOf(build: BuiltAtlas): PageType[] {
  const { routes, content, atlas, locale } = build;
  const firstOfKind = glossaryKinds.flatMap((kind) => {
    const entry = content.glossary.find((e) => e.data.kind === kind);
    return entry ? [{ name: `glossary entry (${kind})`, path: routes.glossaryEntry(entry.id), status: 200 }] : [];
  });
  const query = encodeURIComponent(pick(content.glossary[0]!.data.term, locale).text);
  // Every page type again in each later interface language (`/id/…`), but the 404 page (one for all).
  const translated = atlas.config.languages.interface.slice(1).flatMap((lang) =>
    firstLanguagePages().map((type) => ({
      name: `${type.name} (${lang})`,
      path: type.name.startsWith('search page') ? `/${lang}${routes.search()}?q=${encodeURIComponent(pick(content.glossary[0]!.data.term, lang).text)}` : `/${lang}${type.path}`,
      status: type.status,
    })),
  );
  return [...firstLanguagePages(), ...translated, { name: '404', path: '/no-such-page/', status: 404 }];

  function firstLanguagePages(): PageType[] {
    return [
      { name: 'home', path: routes.home(), status: 200 },
      { name: 'studies index', path: routes.studies(), status: 200 },
      ...content.studies.map((study) => ({ name: `study ${study.slug}`, path: routes.study(study.slug), status: 200 })),
      { name: 'glossary index', path: routes.glossary(), status: 200 },
      ...firstOfKind,
      { name: 'compare', path: routes.compare(), status: 200 },
      ...(existsSync(atlas.layout.timelineFile) ? [{ name: 'timeline', path: routes.timeline(), status: 200 }] : []),
      { name: 'about this edition', path: routes.edition(), status: 200 },
      { name: 'search page with a query', path: `${routes.search()}?q=${query}`, status: 200 },
    ];
  }
}

/** Joins a server URL that ends in `/` with a page path that starts with `/`. */
export function urlOf(serverUrl: string, path: string): string {
  return serverUrl.replace(/\/$/, '') + path;
}
