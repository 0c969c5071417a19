/**
 * The site's identity: the one file to change when this engine serves another corpus.
 * Components read these values; none of them is repeated elsewhere.
 */
export interface SiteConfig {
  /** Site name, shown in the header and in every page title. */
  title: string;
  /** A name of at most 12 characters, for app launchers. */
  shortTitle: string;
  /** One sentence for `<meta name="description">` on pages that have no description of their own. */
  description: string;
  /** Interface language at `/`; further languages get a path prefix (`/id/`) when they exist. */
  defaultLanguage: string;
  /** Interface languages, first the default. Only `en` is built today; `id` is planned. */
  languages: readonly string[];
  /** What the corpus is, in a sentence and a paragraph, for the home page. */
  corpus: { lead: string; about: string };
  /** Public repository, linked from the footer; `undefined` until it is known. */
  repositoryUrl: string | undefined;
  /** Offline reading: up to this total size the whole site is stored on the first visit; above it, when the reader asks. */
  offline: { precacheLimitBytes: number };
  /** Licence of the site's own code and writing (not of the source texts). */
  codeLicence: { name: string; url: string };
}

export const siteConfig: SiteConfig = {
  title: 'Vietnam Trafficking Studies Atlas',
  shortTitle: 'VTS Atlas',
  description:
    'Five Indonesian academic studies on human trafficking in Vietnam, presented faithfully with English overviews, for students, researchers and policy staff.',
  defaultLanguage: 'en',
  languages: ['en'],
  corpus: {
    lead: 'Indonesian academic studies on human trafficking in Vietnam, each in the authors’ own words with an English overview.',
    about:
      'The atlas reproduces studies written in Indonesian, some with English abstracts, on how Vietnam, international organisations and regional instruments respond to human trafficking, including child trafficking. Each page gives the full text its source file holds, cleaned only of PDF-extraction artefacts, with a metadata panel, an English overview and editorial notes where a source contradicts itself.',
  },
  repositoryUrl: undefined,
  offline: { precacheLimitBytes: 25 * 1024 * 1024 },
  codeLicence: { name: 'MIT', url: 'https://opensource.org/license/mit' },
};
