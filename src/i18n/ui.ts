/**
 * Every interface string of the site. Components never contain user-visible English of their own:
 * they call `t(lang)` and read from here, so the planned Indonesian interface (`/id/`) is one
 * more dictionary of the same shape.
 */
import type { StudyKind } from '../lib/vocabulary.ts';

const en = {
  'skip.toMain': 'Skip to main content',
  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.studies': 'Studies',
  'nav.glossary': 'Glossary',
  'nav.compare': 'Compare',
  'nav.timeline': 'Timeline',
  'theme.system': 'Theme: system',
  'theme.light': 'Theme: light',
  'theme.dark': 'Theme: dark',
  'footer.code': 'Code licensed under',
  'footer.texts':
    'The study texts are reproduced as research sources; their rights are not stated in the sources.',
  'footer.repository': 'Source repository',

  'notStated': 'not stated in the source',
  'list.separator': ', ',

  'home.what.heading': 'What this is',
  'home.studies.heading': 'The studies',
  'home.studies.count': (n: number) => `${n} ${n === 1 ? 'study' : 'studies'}, in the order the corpus was received.`,
  'home.ways.heading': 'Ways in',
  'home.ways.table': 'Compare all studies in one table: period, kind, frameworks and main actors.',
  'home.ways.rules': 'Every fact comes from the source files; what a source does not state is marked “not stated in the source”.',

  'studies.title': 'Studies',
  'studies.lead': 'All studies in the atlas, with the period each studies, its kind, frameworks and main actors.',
  'studies.caption': 'Studies in the atlas',
  'studies.col.title': 'Study',
  'studies.col.period': 'Period studied',
  'studies.col.kind': 'Kind',
  'studies.col.frameworks': 'Frameworks',
  'studies.col.actors': 'Main actors',

  'study.readingTime': (minutes: number) => `Reading time of the study’s text: about ${minutes} min.`,
  'study.toc': 'On this page',
  'study.descriptiveTitle': 'Descriptive title: the source states no title; this one is derived from its text.',
  'study.sourceTitle': 'Title in the source language',
  'study.overview.heading': 'Overview',
  'study.overview.note': 'Written for this atlas in English; it says only what the source says.',
  'study.overview.question': 'Question',
  'study.overview.framework': 'Framework',
  'study.overview.method': 'Method',
  'study.overview.findings': 'Findings',
  'study.overview.challenges': 'Challenges',
  'study.overview.recommendations': 'Recommendations',
  'study.meta.heading': 'About the source',
  'study.meta.kind': 'Kind',
  'study.meta.holds': 'What the file holds',
  'study.meta.languages': 'Languages',
  'study.meta.periods': 'Period studied',
  'study.meta.primary': 'main period',
  'study.meta.statedIn': 'stated in',
  'study.meta.frameworks': 'Frameworks',
  'study.meta.actors': 'Main actors',
  'study.meta.instruments': 'Instruments',
  'study.meta.method': 'Method',
  'study.meta.authors': 'Authors',
  'study.meta.year': 'Year of publication',
  'study.meta.institution': 'Institution',
  'study.meta.venue': 'Published in',
  'study.meta.volume': 'Volume',
  'study.meta.issue': 'Issue',
  'study.meta.pages': 'Pages',
  'study.meta.doi': 'DOI',
  'study.meta.rights': 'Rights',
  'study.meta.file': 'Source file',
  'study.meta.rawLink': 'plain text as received',
  'study.notes.heading': 'Editorial notes',
  'study.cite.heading': 'Cite this study',
  'study.cite.lead': 'A citation of the study itself, from the facts its source states; the title is ours and so in square brackets. This page is given as where the text is available.',
  'study.cite.apa': 'APA 7',
  'study.cite.apaIndonesian': 'APA 7, in Indonesian',
  'study.cite.downloads': 'Download for a reference manager:',
  'study.cite.bibtex': 'BibTeX',
  'study.cite.ris': 'RIS',
  'study.cite.csl': 'CSL-JSON',
  'study.terms.heading': 'Glossary terms in this study',
  'study.terms.lead': 'Concepts, actors and instruments that this page links to the glossary.',
  'study.text.heading': 'Text of the study',
  'study.text.note':
    'As the source file gives it, in the authors’ words. Only extraction artefacts are cleaned (page headers and numbers, broken lines, stray spaces); the corrections are listed in the project’s reviewed corrections file. [sic] marks the authors’ own spelling where it could mislead.',
  'study.keywords': { en: 'Keywords', id: 'Kata Kunci' },
  'study.sic': 'sic: so written in the source',

  'glossary.title': 'Glossary',
  'glossary.lead':
    'The concepts, actors and legal instruments the studies use, each with a short definition, what the studies say about it, and the studies that use it.',
  'glossary.kind.concept': 'Concepts',
  'glossary.kind.actor': 'Actors',
  'glossary.kind.instrument': 'Instruments',
  'glossary.kindSingular.concept': 'Concept',
  'glossary.kindSingular.actor': 'Actor',
  'glossary.kindSingular.instrument': 'Instrument',
  'glossary.inIndonesian': 'In Indonesian',
  'glossary.alsoWritten': 'Also written as',
  'glossary.background.heading': 'General background',
  'glossary.background.note': 'Not from the studies: well-established background added by the atlas.',
  'glossary.usedIn.heading': 'Used in',
  'glossary.usedIn.none': 'No study in the atlas uses this term yet.',
  'glossary.usedIn.applies': 'applies it',
  'glossary.usedIn.mentions': 'mentions it',
  'glossary.usedIn.as.frameworks': 'as a framework',
  'glossary.usedIn.as.actors': 'as a main actor',
  'glossary.usedIn.as.instruments': 'as an instrument',
  'glossary.usedIn.more': (n: number) => `and ${n} more ${n === 1 ? 'study' : 'studies'}: see the table of all studies.`,
  'glossary.related.heading': 'Related entries',
  'home.download.heading': 'Read without a network',
  'home.download.body':
    'Opened once, the atlas stays available in this browser offline, search included. To keep a copy on your computer, download it, unpack the zip file and open index.html: studies, glossary and search all work from the folder, with no server and no network.',
  'home.download.link': 'Download the atlas (zip file)',
  'home.ways.glossary': 'Look up a concept, an organisation or a law, and find every study that uses it.',

  'timeline.title': 'Timeline',
  'timeline.lead':
    'The dated events, laws, programmes, reports and rankings the studies mention, each with the studies that mention it in their own words. Where a study contradicts itself, both dates are shown.',
  'timeline.mentionedIn': 'Mentioned in',
  'timeline.note': 'Note',
  'timeline.kind': {
    instrument: 'Instrument', law: 'Law or decision', programme: 'Programme', report: 'Report', ranking: 'Ranking',
    incident: 'Incident', institution: 'Institution', ratification: 'Ratification', agreement: 'Agreement', statistic: 'Figure',
  } as Record<string, string>,
  'compare.title': 'Compare the studies',
  'compare.lead':
    'The five studies side by side, from their English overviews. Each cell links to the passage on the study’s page; “not stated in the source” marks what a source does not give.',
  'compare.caption': 'The studies compared',
  'compare.row.question': 'Question',
  'compare.row.period': 'Period studied',
  'compare.row.frameworks': 'Frameworks',
  'compare.row.actors': 'Main actors',
  'compare.row.method': 'Method',
  'compare.row.findings': 'Findings',
  'compare.row.challenges': 'Challenges',
  'compare.row.recommendations': 'Recommendations',
  'compare.goTo': 'on the study’s page',
  'home.ways.compare': 'Read the five studies side by side: questions, frameworks, findings, recommendations.',
  'home.ways.timeline': 'See the events, laws and programmes the studies mention, year by year.',

  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address. It may have moved, or the link may be mistyped.',
  'notFound.home': 'Go to the home page',
  'notFound.studies': 'See all studies',
} as const;

export type UiStrings = typeof en;

const kindLabels: Record<StudyKind, string> = {
  'journal-article': 'Journal article',
  'undergraduate-thesis-abstract': 'Undergraduate thesis (abstract pages)',
  'undergraduate-thesis-chapter': 'Undergraduate thesis (chapter)',
};

const languageNames: Record<string, string> = { en: 'English', id: 'Indonesian' };

const dictionaries = { en: { strings: en, kindLabels, languageNames } } as const;

export type UiLanguage = keyof typeof dictionaries;

/** The interface strings for one language. */
export function t(lang: UiLanguage = 'en') {
  return dictionaries[lang].strings;
}

export function kindLabel(kind: StudyKind, lang: UiLanguage = 'en'): string {
  return dictionaries[lang].kindLabels[kind];
}

/** A language's name in the interface language; falls back to the code itself. */
export function languageName(code: string, lang: UiLanguage = 'en'): string {
  return dictionaries[lang].languageNames[code] ?? code;
}

/**
 * Strings of the search interface, which runs in the browser: a separate export, so that the
 * search script bundles these and not the whole dictionary.
 */
export const searchStrings = {
  en: {
    open: 'Search',
    shortcutHint: 'Press / or Ctrl K',
    dialogLabel: 'Search the atlas',
    pageDescription:
      'Search the five studies and the glossary in English or Indonesian, narrow by page type, kind, framework, actor or period, and share the search as a link.',
    inputLabel: 'Search studies and glossary',
    placeholder: 'e.g. Doi Moi, keamanan manusia, Human Development Report',
    close: 'Close',
    loading: 'Loading the search index…',
    results: (n: number, q: string) => `${n} ${n === 1 ? 'result' : 'results'} for “${q}”`,
    none: (q: string) =>
      `No results for “${q}”. Try fewer or other words, an Indonesian or English term (“perdagangan anak”, “child trafficking”), or browse the glossary.`,
    empty: 'Type a word or phrase, in English or Indonesian.',
    shortened: (n: number) => `Only the first ${n} characters of the query are searched.`,
    failed: 'Search could not load. Reload the page, or browse the studies and glossary instead.',
    fullPage: 'Open the search page, with filters',
    sectionsIn: 'In this page:',
    filtersLegend: 'Narrow the results',
    filterAny: 'Any',
    filterNames: { type: 'Page type', kind: 'Kind', framework: 'Framework', actor: 'Actor', period: 'Period studied' } as Record<string, string>,
    sortLabel: 'Order',
    sortRelevance: 'Best match first',
    sortOldest: 'Period studied, earliest first',
    sortNewest: 'Period studied, latest first',
    submit: 'Search',
    noScript:
      'Search runs in your browser and needs JavaScript. Every study and glossary entry can also be reached from the studies table and the glossary.',
  },
} as const;

/** Strings of the offline status in the footer, which runs in the browser. */
export const offlineStrings = {
  en: {
    ready: 'Available offline: this browser has stored the whole atlas, search included.',
    saving: 'Saving the atlas for offline reading…',
    save: (mb: string) => `Save the atlas for offline reading (${mb} MB)`,
    saveFailed: 'The atlas could not be saved for offline reading. Try again when the connection is better.',
    update: 'A new version of the atlas is ready.',
    reload: 'Reload to update',
  },
} as const;
