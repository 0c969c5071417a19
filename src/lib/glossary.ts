/** Build-time queries over the glossary: entries, labels, and which studies use each entry. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { aliasesOf } from './content-check.ts';
import { getStudies, type StudyEntry } from './studies.ts';
import { TermMatcher } from './term-matcher.ts';

export type GlossaryCollectionEntry = CollectionEntry<'glossary'>;

export type UseKind = 'frameworks' | 'actors' | 'instruments';

export interface StudyUse {
  study: StudyEntry;
  /** The frontmatter lists in which the study names the entry (it applies it). */
  applies: UseKind[];
  /** The study's text mentions one of the entry's forms. */
  mentions: boolean;
}

let glossaryPromise: Promise<GlossaryCollectionEntry[]> | undefined;
let usesPromise: Promise<Map<string, StudyUse[]>> | undefined;

/** All entries, A–Z by English term. */
export function getGlossary(): Promise<GlossaryCollectionEntry[]> {
  glossaryPromise ??= getCollection('glossary').then((entries) =>
    entries.sort((a, b) => a.data.term.en.localeCompare(b.data.term.en, 'en')),
  );
  return glossaryPromise;
}

export async function getEntryMap(): Promise<Map<string, GlossaryCollectionEntry>> {
  return new Map((await getGlossary()).map((entry) => [entry.id, entry]));
}

export async function getTermMatcher(): Promise<TermMatcher> {
  return new TermMatcher((await getGlossary()).map((entry) => ({ id: entry.id, aliases: aliasesOf(entry.data) })));
}

/** For every entry, the studies that apply or mention it, in corpus order. Computed once a build. */
export function getStudyUses(): Promise<Map<string, StudyUse[]>> {
  usesPromise ??= (async () => {
    const [studies, matcher, glossary] = await Promise.all([getStudies(), getTermMatcher(), getGlossary()]);
    const uses = new Map<string, StudyUse[]>(glossary.map((entry) => [entry.id, []]));
    for (const study of studies) {
      const text = [study.body ?? '', ...study.data.abstracts.map((a) => a.text)].join('\n');
      const mentioned = matcher.mentioned(text);
      for (const entry of glossary) {
        const applies = (['frameworks', 'actors', 'instruments'] as const).filter((key) => study.data[key].includes(entry.id));
        const mentions = mentioned.has(entry.id);
        if (applies.length > 0 || mentions) uses.get(entry.id)!.push({ study, applies, mentions });
      }
    }
    return uses;
  })();
  return usesPromise;
}
