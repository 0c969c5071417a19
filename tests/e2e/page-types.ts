/**
 * The page types of the site, one example URL each (every study, since each is different
 * content). Accessibility, phone-layout and network checks run over this list: a new page
 * type (glossary entry, search) is added here once and every gate covers it.
 */
export interface PageType {
  name: string;
  /** Path under the base, starting with `/`. */
  path: string;
  /** HTTP status the server answers with. */
  status: number;
}

export const pageTypes: PageType[] = [
  { name: 'home', path: '/', status: 200 },
  { name: 'studies index', path: '/studies/', status: 200 },
  { name: 'study 000', path: '/studies/vietnam-anti-trafficking-strategy/', status: 200 },
  { name: 'study 001', path: '/studies/vietnam-child-trafficking-uk/', status: 200 },
  { name: 'study 002', path: '/studies/unicef-child-trafficking-vietnam/', status: 200 },
  { name: 'study 003', path: '/studies/actip-wc-effectiveness-vietnam/', status: 200 },
  { name: 'study 004', path: '/studies/iom-human-trafficking-vietnam/', status: 200 },
  { name: 'glossary index', path: '/glossary/', status: 200 },
  { name: 'glossary entry', path: '/glossary/human-security/', status: 200 },
  { name: 'glossary entry (actor)', path: '/glossary/unicef/', status: 200 },
  { name: 'compare', path: '/compare/', status: 200 },
  { name: 'timeline', path: '/timeline/', status: 200 },
  { name: 'search page with a query', path: '/search/?q=human%20security', status: 200 },
  { name: '404', path: '/no-such-page/', status: 404 },
];

/** Joins a server URL that ends in `/` with a page path that starts with `/`. */
export function urlOf(serverUrl: string, path: string): string {
  return serverUrl.replace(/\/$/, '') + path;
}
