/**
 * The English interface: every string the engine shows, for any atlas. Nothing here names a
 * corpus, a topic or a source language: what one atlas says about itself is in its
 * `site.config.ts` (`prose`, kinds, list labels), and language names come from `Intl`.
 *
 * A second interface language is one more file of the same shape (`satisfies Ui` there).
 */

/** Strings of pages and components, rendered at build time. */
export const ui = {
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
  /** The name of the language switch. */
  'language.label': 'Language',
  /** This dictionary's language in itself, as the switch offers it. */
  'language.autonym': 'English',
  /** On another language's home page, to a reader whose browser prefers this language. */
  'language.suggest': 'This atlas is also available in English.',
  'language.suggestOpen': 'Read it in English',
  'language.suggestDismiss': 'Dismiss',
  /** Beside a text shown in another language because it is not translated yet. */
  'fallback.notice': (language: string) => `Not yet translated: shown in ${language}.`,
  'footer.code': 'Code licensed under',
  'footer.repository': 'Source repository',

  notStated: 'not stated in the source',
  'list.separator': ', ',

  'home.what.heading': 'What this is',
  'home.what.edition': 'how the texts were prepared from their sources, and every change made to them.',
  'home.studies.heading': 'The studies',
  'home.studies.count': (n: number, order: string) => `${n} ${n === 1 ? 'study' : 'studies'}, ${order}.`,
  /** When the home page shows only the first few studies (`home.studies` in site.config.ts). */
  'home.studies.shown': (shown: number, n: number, order: string) => `The first ${shown} of ${n} studies, ${order}.`,
  'home.studies.all': (n: number) => `All ${n} studies`,
  'home.ways.heading': 'Ways in',
  'home.ways.table': (columns: string) => `All studies in a table you can sort and filter: ${columns}.`,
  'home.ways.rules': 'Every fact comes from the studies themselves; what a study does not state is marked “not stated in the source”.',
  'home.ways.glossary': 'Look up a concept, an organisation or a law, and find every study that uses it.',
  'home.ways.compare': 'Read the studies side by side: questions, frameworks, findings, recommendations.',
  'home.ways.timeline': 'See the events, laws and programmes the studies mention, year by year.',
  'home.download.heading': 'Read without a network',
  'home.download.body':
    'Opened once, the atlas stays available in this browser offline, search included. To keep a copy on your computer, download it, unpack the zip file and open index.html: studies, glossary and search all work from the folder, with no server and no network.',
  'home.download.link': 'Download the atlas (zip file)',
  'home.download.none': (n: number) =>
    `Opened once, the atlas stays available in this browser offline, search included. With ${n} studies it is too large to offer as one file to download.`,

  'studies.title': 'Studies',
  'studies.lead': (details: string) => `All studies in the atlas, with ${details}.`,
  'studies.lead.period': 'the period each studies',
  'studies.lead.kind': 'its kind',
  'studies.caption': 'Studies in the atlas',
  'studies.col.title': 'Study',
  'studies.col.period': 'Period studied',
  'studies.col.kind': 'Kind',
  'studies.col.columns.period': 'period',
  'studies.col.columns.kind': 'kind',
  /** The pages of the studies index: its orders, its filters, its pagination. */
  'studies.title.byTitle': 'Studies by title (A–Z)',
  'studies.title.byYear': 'Studies by year, newest first',
  'studies.title.kind': (kind: string) => `Studies: ${kind}`,
  'studies.title.language': (language: string) => `Studies in ${language}`,
  'studies.title.page': (title: string, page: number, pages: number) => `${title}, page ${page} of ${pages}`,
  'studies.showing': (from: number, to: number, total: number) =>
    from === to ? `Study ${from} of ${total}.` : `Studies ${from} to ${to} of ${total}.`,
  'studies.controls': 'Order and filters',
  'studies.order.label': 'Order',
  'studies.order.atlas': 'Atlas order',
  'studies.order.title': 'Title (A–Z)',
  'studies.order.year': 'Year, newest first',
  'studies.order.yearNote': 'Newest first by the year of publication; studies whose source states no year come last.',
  'studies.filter.language': 'Language of the text',
  'studies.filter.option': (label: string, n: number) => `${label} (${n})`,
  'studies.filter.all': (n: number) => `All studies (${n})`,
  'studies.filter.note': 'A filtered list keeps the atlas order.',
  'studies.pages': 'Pages of the list',
  'studies.page.previous': 'Previous',
  'studies.page.next': 'Next',
  'studies.page.number': (n: number) => `Page ${n}`,

  'study.readingTime': (minutes: number) => `Reading time of the study’s text: about ${minutes} min.`,
  'study.toc': 'On this page',
  'study.descriptiveTitle': 'Descriptive title: the source states no title; this one is derived from its text.',
  'study.sourceTitle': 'Title in the source language',
  'study.overview.heading': 'Overview',
  'study.overview.more': 'The full overview: question, framework, method, findings',
  'study.overview.note': (language: string) => `Written for this atlas in ${language}; it says only what the source says.`,
  'study.overview.question': 'Question',
  'study.overview.framework': 'Framework',
  'study.overview.method': 'Method',
  'study.overview.findings': 'Findings',
  'study.overview.challenges': 'Challenges',
  'study.overview.recommendations': 'Recommendations',
  'study.meta.heading': 'About the source',
  'study.meta.kind': 'Kind',
  'study.meta.holds': 'What the source contains',
  'study.meta.languages': 'Languages',
  'study.meta.periods': 'Period studied',
  'study.meta.primary': 'main period',
  'study.meta.statedIn': 'stated in',
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
  'study.meta.edition': 'This edition',
  'study.notes.heading': 'Editorial notes',
  'study.notes.lead': 'Where the source contradicts itself or could be misread, and what the atlas did about it. A note about particular passages is also marked in the text.',
  /** The link at a passage of the text to the note that concerns it. */
  'study.notes.marker': (n: number) => `Note ${n}`,
  'study.notes.places': 'The passages of the study’s text it concerns, by number:',
  'study.edition.link': 'How this text was prepared',
  'study.cite.heading': 'Cite this study',
  'study.cite.lead': 'A citation of the study itself, from the facts its source states.',
  'study.cite.leadDescriptive': 'A citation of the study itself, from the facts its source states; the title is ours and so in square brackets.',
  'study.cite.pageGiven': 'This page is given as where the text is available.',
  'study.cite.descriptiveNote': 'Descriptive title: the source states no title.',
  'study.cite.apa': 'APA 7',
  'study.cite.apaIn': (language: string) => `APA 7, in ${language}`,
  'study.cite.managers': 'For a reference manager',
  'study.cite.downloads': 'Download:',
  'study.cite.bibtex': 'BibTeX',
  'study.cite.ris': 'RIS',
  'study.cite.csl': 'CSL-JSON',
  'study.cite.copy': (format: string) => `Copy ${format}`,
  'study.cite.copied': 'Copied',
  'study.cite.copyFailed': 'Not copied: the text is selected for you to copy.',
  'study.terms.heading': 'Glossary terms in this study',
  'study.terms.lead': 'Concepts, actors and instruments that this page links to the glossary.',
  'study.text.heading': 'Text of the study',
  'study.text.note':
    'In the authors’ own words, as published. Only the traces left by converting the published document to plain text are cleaned (page headers and numbers, broken lines, stray spaces). [sic] marks the authors’ own spelling where it could mislead.',
  'study.keywords': 'Keywords',
  'study.sic': 'sic: so written in the source',

  /** On a draft's page, which only the dev server shows (`draft: true`). */
  'draft.title': 'Draft under review',
  'draft.lead': 'This study is a draft: only the development server shows it, and the published site leaves it out. Once everything below is settled, remove “draft: true” from its file to publish it.',
  'draft.items': (n: number) => `${n} ${n === 1 ? 'item' : 'items'} left to review, by file and line:`,
  'draft.none': 'Nothing is left to review: remove “draft: true” from its file to publish it.',
  /** Where a draft has not yet filled in a value the page shows. */
  'draft.toReview': 'to review: not yet written',

  'edition.title': 'About this edition',
  'edition.lead': 'How the texts on this site were prepared from their sources, and every change made to them.',
  'edition.how.heading': 'How the texts were prepared',
  'edition.how.points': [
    'Each study’s text is given in its authors’ own words, as published, with its headings, lists and tables.',
    'Only the traces left by converting the published document to plain text are cleaned: lines broken inside paragraphs are joined, and page headers, page numbers and stray spaces are removed. Every change beyond joining lines is listed below, study by study, with the text as received.',
    'Spelling, punctuation and citations are kept as the authors wrote them; [sic] marks a spelling that could mislead.',
    'What the atlas adds inside a text, such as a table of figures the text gives or a note on a missing figure, is set apart and labelled.',
    'Titles, authors, years and other facts about a study come only from its source; what a source does not give is marked “not stated in the source”.',
    'Overviews are written for the atlas and say only what the study says: each statement links to the passages it rests on. Where a source contradicts itself, both versions are kept and an editorial note says so.',
  ],
  'edition.studies.heading': 'Study by study',
  'edition.asReceived': 'The text as received',
  'edition.asReceived.link': 'plain text, before any cleaning',
  'edition.notes.heading': 'How this text was prepared',
  'edition.changes.heading': 'Changes to the text',
  'edition.changes.none': 'None beyond joining lines broken inside paragraphs.',
  'edition.changes.source': 'In the text as received',
  'edition.changes.shown': 'On this site',
  'edition.changes.reason': 'Why',
  'edition.changes.removed': 'removed',

  'chart.sourceCaption': (title: string, source: string) => `${title}. Source as the study cites it: ${source}.`,
  'chart.sourceDescription': (description: string, source: string) => `${description}. Source: ${source}.`,

  'glossary.title': 'Glossary',
  'glossary.lead':
    'The concepts, actors and legal instruments the studies use, each with a short definition, what the studies say about it, and the studies that use it.',
  'glossary.kind.concept': 'Concepts',
  'glossary.kind.actor': 'Actors',
  'glossary.kind.instrument': 'Instruments',
  'glossary.kindSingular.concept': 'Concept',
  'glossary.kindSingular.actor': 'Actor',
  'glossary.kindSingular.instrument': 'Instrument',
  'glossary.inLanguage': (language: string) => `In ${language}`,
  'glossary.alsoWritten': 'Also written as',
  /** The heading every glossary body has, written by the author in the body's language. */
  'glossary.studiesSay': 'What the studies say',
  'glossary.background.heading': 'General background',
  'glossary.background.passage': 'General background, not from the studies:',
  'glossary.definition.background': 'General background, not from the studies.',
  'glossary.definition.preview': (definition: string) => `General background: ${definition}`,
  'evidence.lead': 'In the study’s words:',
  'evidence.refs': 'The passages of the study’s text it rests on, by number:',
  'glossary.background.note': 'Not from the studies: well-established background added by the atlas.',
  'glossary.usedIn.heading': 'Used in',
  'glossary.usedIn.none': 'No study in the atlas uses this term yet.',
  'glossary.usedIn.applies': 'applies it',
  'glossary.usedIn.mentions': 'mentions it',
  'glossary.usedIn.more': (n: number) => `and ${n} more ${n === 1 ? 'study' : 'studies'}: see the table of all studies.`,
  'glossary.related.heading': 'Related entries',

  'timeline.title': 'Timeline',
  'timeline.lead':
    'The dated events, laws, programmes, reports and rankings the studies mention, each with the studies that mention it in their own words. Where a study contradicts itself, both dates are shown.',
  'timeline.mentionedIn': 'Mentioned in',
  'timeline.note': 'Note',
  'timeline.years': 'Jump to a year',
  'timeline.decade': (decade: number) => `${decade}s`,
  'timeline.filter.legend': 'Show only the events these studies mention',
  'timeline.filter.count': (n: number) => `${n} ${n === 1 ? 'event' : 'events'}`,
  'timeline.filter.reset': 'Show all events',
  'timeline.kind.instrument': 'Instrument',
  'timeline.kind.law': 'Law or decision',
  'timeline.kind.programme': 'Programme',
  'timeline.kind.report': 'Report',
  'timeline.kind.ranking': 'Ranking',
  'timeline.kind.incident': 'Incident',
  'timeline.kind.institution': 'Institution',
  'timeline.kind.ratification': 'Ratification',
  'timeline.kind.agreement': 'Agreement',
  'timeline.kind.statistic': 'Figure',

  'compare.title': 'Compare the studies',
  'compare.lead':
    'The studies side by side, from their overviews. Each cell links to the passage on the study’s page; “not stated in the source” marks what a source does not give.',
  'compare.caption': 'The studies compared',
  'compare.row.question': 'Question',
  'compare.row.period': 'Period studied',
  'compare.row.framework': 'Framework',
  'compare.row.method': 'Method',
  'compare.row.findings': 'Findings',
  'compare.row.challenges': 'Challenges',
  'compare.row.recommendations': 'Recommendations',
  'compare.row.summary': 'Summary',
  'compare.goTo': 'on the study’s page',
  'compare.noneListed': 'none listed',
  'compare.pageTitle': (page: number, pages: number) => `Compare the studies, page ${page} of ${pages}`,
  'compare.shown': (from: number, to: number, total: number) =>
    from === to ? `Study ${from} of ${total}, in the atlas’s order.` : `Studies ${from} to ${to} of ${total}, in the atlas’s order.`,
  'compare.pages': 'Pages of the comparison',
  'compare.page.previous': 'Previous studies',
  'compare.page.next': 'Next studies',
  'compare.page.number': (n: number) => `Page ${n} of the comparison`,
  'compare.remove': 'Remove',
  'compare.pick.open': 'Choose the studies',
  'compare.pick.find': 'Find a study by its title',
  'compare.pick.hint': (n: number) => `Up to ${n} studies side by side. The address of the page keeps your choice, to come back to or share.`,
  'compare.pick.list': 'Studies to add',

  'search.type.study': 'Study',
  'search.type.glossary': 'Glossary entry',
  'search.pageDescription': (languages: string, filters: string) =>
    `Search the studies and the glossary in ${languages}, narrow by ${filters}, and share the search as a link.`,

  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address. It may have moved, or the link may be mistyped.',
  'notFound.home': 'Go to the home page',
  'notFound.studies': 'See all studies',
};

/**
 * Strings of the search interface, which runs in the browser: a separate export, so that the
 * search script bundles these and not the whole dictionary. `languages` is the atlas's
 * languages as a phrase ("English or French"), `examples` its own example terms.
 */
export const search = {
  open: 'Search',
  dialogLabel: 'Search the atlas',
  inputLabel: 'Search studies and glossary',
  close: 'Close',
  /** The count of each kind of page found (`study`, `glossary`), in that order. */
  resultsByType: (counts: { type: string; n: number }[], q: string) =>
    `${counts.map(({ type, n }) => (type === 'glossary' ? `${n} glossary ${n === 1 ? 'entry' : 'entries'}` : `${n} ${n === 1 ? 'study' : 'studies'}`)).join(' and ')} for “${q}”`,
  glossaryCards: 'Glossary entries',
  allGlossaryMatches: (n: number) => `All ${n} glossary entries that match`,
  studyResults: 'Studies',
  alsoSearched: 'Also searched, from the glossary:',
  expandLabel: 'Also search each glossary term in the other language',
  partial: (missing: string[], searched: string) =>
    `No page has ${missing.map((w) => `“${w}”`).join(' or ')}. Partial matches, for “${searched}” only:`,
  partialMatch: 'Partial match',
  none: (q: string, languages: string, examples: string) =>
    `No results for “${q}”. Try fewer or other words, a term in ${languages} (${examples}), or browse the glossary.`,
  empty: (languages: string) => `Type a word or phrase, in ${languages}.`,
  shortened: (n: number) => `Only the first ${n} characters of the query are searched.`,
  failed: 'Search could not load. Reload the page, or browse the studies and glossary instead.',
  fullPage: 'Open the search page, with filters',
  didYouMean: 'Glossary terms close to what you typed:',
  sectionsIn: 'In this page:',
  filtersLegend: 'Narrow the results',
  filterAny: 'Any',
  filterType: 'Page type',
  filterKind: 'Kind',
  filterPeriod: 'Period studied',
  sortLabel: 'Order',
  sortRelevance: 'Best match first',
  sortOldest: 'Period studied, earliest first',
  sortNewest: 'Period studied, latest first',
  submit: 'Search',
  noScript:
    'Search runs in your browser and needs JavaScript. Every study and glossary entry can also be reached from the studies table and the glossary.',
};

/**
 * Strings of the match bar on a page opened from a search result, which runs in the browser:
 * `q` is the query as the result's address carries it.
 */
export const matches = {
  label: 'Matches of your search on this page. Keys: n next match, p previous match',
  position: (i: number, n: number, q: string) => `Match ${i} of ${n} for “${q}”`,
  none: (q: string) => `No exact match for “${q}” in this page’s text: the search found another form of the word.`,
  previous: 'Previous',
  next: 'Next',
  close: 'Close',
};

/**
 * Strings of the study filter on the timeline and compare pages, which runs in the browser:
 * what it announces after each choice.
 */
export const filter = {
  events: (shown: number, total: number) =>
    shown === total ? `Showing all ${total} ${total === 1 ? 'event' : 'events'}.` : `Showing ${shown} of ${total} events.`,
  studies: (shown: number, total: number) =>
    shown === total ? `Comparing all ${total} ${total === 1 ? 'study' : 'studies'}.` : `Comparing ${shown} of ${total} studies.`,
};

/** Strings of the offline status in the footer, which runs in the browser. */
/**
 * Strings of the compare script, which sets side by side the studies a reader picks on
 * /compare/: what it announces, and the picker's options.
 */
export const compare = {
  showing: (titles: string[]) =>
    titles.length === 0 ? 'No study chosen: choose one to compare.' : `Comparing ${titles.length} ${titles.length === 1 ? 'study' : 'studies'}: ${titles.join('; ')}.`,
  removed: (title: string) => `Removed ${title}.`,
  added: (title: string) => `Added ${title}.`,
  full: (n: number) => `${n} studies are side by side, the most at once: remove one to add another.`,
  tooMany: (n: number) => `At most ${n} studies side by side: the first ${n} of the address are shown.`,
  unknown: (names: string[]) => `Not a study of this atlas: ${names.join(', ')}.`,
  failed: 'The studies chosen could not be loaded. Reload the page, or read the pages of the comparison.',
  matches: (n: number) => (n === 0 ? 'No study matches.' : `${n} ${n === 1 ? 'study matches' : 'studies match'}.`),
  add: (title: string) => `Add ${title}`,
};

export const offline = {
  ready: 'Available offline: this browser has stored the whole atlas, search included.',
  saving: 'Saving the atlas for offline reading…',
  save: (mb: string) => `Save the atlas for offline reading (${mb} MB)`,
  saveButton: 'Save the atlas for offline reading',
  saveFailed: 'The atlas could not be saved for offline reading. Try again when the connection is better.',
  update: 'A new version of the atlas is ready.',
  reload: 'Reload to update',
};

export type Ui = typeof ui;
export type SearchStrings = typeof search;
export type MatchStrings = typeof matches;
export type OfflineStrings = typeof offline;
export type FilterStrings = typeof filter;
export type CompareStrings = typeof compare;
