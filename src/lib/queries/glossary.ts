/** Build-time queries over the glossary: entries, labels, and which studies use each entry. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { aliasesOf } from '../model/glossary-schema.ts';
import { pick } from '../model/localized-text.ts';
import { TermMatcher } from '../util/term-matcher.ts';
import { config } from './context.ts';
import { getStudies, type StudyEntry } from './studies.ts';

export type GlossaryCollectionEntry = CollectionEntry<'glossary'>;

export interface StudyUse {
  study: StudyEntry;
  /** The glossary lists (`studies.glossaryLists` fields) in which the study names the entry: it applies it. */
  applies: string[];
  /** The study's text mentions one of the entry's forms. */
  mentions: boolean;
}

const byLocale = new Map<string, Promise<GlossaryCollectionEntry[]>>();
let entryMapPromise: Promise<Map<string, GlossaryCollectionEntry>> | undefined;
let matcherPromise: Promise<TermMatcher> | undefined;
let usesPromise: Promise<Map<string, StudyUse[]>> | undefined;

/** The term of an entry in `locale` (or its fallback). */
export function termOf(entry: GlossaryCollectionEntry, locale: string): string {
  return pick(entry.data.term, locale, config.languages.required).text;
}

/** All entries, A–Z by their term in `locale`. */
export function getGlossary(locale = config.languages.interface[0]!): Promise<GlossaryCollectionEntry[]> {
  let entries = byLocale.get(locale);
  if (!entries) {
    entries = getCollection('glossary').then((all) => [...all].sort((a, b) => termOf(a, locale).localeCompare(termOf(b, locale), locale)));
    byLocale.set(locale, entries);
  }
  return entries;
}

let translationsPromise: Promise<Map<string, CollectionEntry<'glossaryTranslations'>>> | undefined;

/** The translated bodies of glossary entries, by `<lang>/<id>`. */
export function getGlossaryTranslations(): Promise<Map<string, CollectionEntry<'glossaryTranslations'>>> {
  translationsPromise ??= getCollection('glossaryTranslations').then((entries) => new Map(entries.map((entry) => [entry.id, entry])));
  return translationsPromise;
}

export function getEntryMap(): Promise<Map<string, GlossaryCollectionEntry>> {
  entryMapPromise ??= getCollection('glossary').then((entries) => new Map(entries.map((entry) => [entry.id, entry])));
  return entryMapPromise;
}

export function getTermMatcher(): Promise<TermMatcher> {
  matcherPromise ??= getCollection('glossary').then(
    (entries) => new TermMatcher(entries.map((entry) => ({ id: entry.id, aliases: aliasesOf(entry.data) }))),
  );
  return matcherPromise;
}

/** For every entry, the studies that apply or mention it, in the atlas's order. Computed once a build. */
export function getStudyUses(): Promise<Map<string, StudyUse[]>> {
  usesPromise ??= (async () => {
    const [studies, matcher, glossary] = await Promise.all([getStudies(), getTermMatcher(), getCollection('glossary')]);
    const uses = new Map<string, StudyUse[]>(glossary.map((entry) => [entry.id, []]));
    const fields = config.studies.glossaryLists.map((list) => list.field);
    for (const study of studies) {
      const text = [study.body ?? '', ...study.data.abstracts.map((a) => a.text)].join('\n');
      const mentioned = matcher.mentioned(text);
      for (const entry of glossary) {
        const applies = fields.filter((field) => study.data.lists[field]?.includes(entry.id));
        const mentions = mentioned.has(entry.id);
        if (applies.length > 0 || mentions) uses.get(entry.id)!.push({ study, applies, mentions });
      }
    }
    return uses;
  })();
  return usesPromise;
}
