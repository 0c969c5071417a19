/**
 * The evidence half of the fidelity report: for each study, how many claims of the site rest on
 * it and whether its built page really holds every quote where the links point; for each
 * glossary entry, what its definition rests on and how much of it is general background.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Overview } from '../model/study-schema.ts';
import { normalizeQuote } from '../util/passages.ts';
import type { CheckResult } from './content-check.ts';
import type { QuotedEvidence } from './evidence-check.ts';

export type EvidenceUse = QuotedEvidence['usedIn'];

export interface StudyEvidence {
  /** Claims of the study's overviews (every language). */
  claims: number;
  /** Quotes from this study, by where the site uses them. */
  quotes: Record<EvidenceUse, number>;
  /** Quotes whose passage in the built page does not hold the words the link marks. */
  notInPage: QuotedEvidence[];
}

export interface EntryEvidence {
  /** `background`, or the studies the definition quotes (one per quote). */
  definition: 'background' | string[];
  /** Quotes in the entry's text. */
  quotes: number;
  /** Passages of the entry's text marked as general background. */
  backgroundPassages: number;
}

/** How many claims an overview makes. */
export function claimsOf(overview: Overview): number {
  return Object.values(overview).reduce((sum: number, value) => sum + (Array.isArray(value) ? value.length : value ? 1 : 0), 0);
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A built page's passages: id → words as the page shows them. */
export function passagesInPage(html: string): Map<string, string> {
  const passages = new Map<string, string>();
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const id = child.properties?.id;
      if (typeof id === 'string' && id.startsWith('p-')) passages.set(id, squash(toText(child)));
      walk(child);
    }
  };
  walk(fromHtml(html));
  return passages;
}

/** The words a text fragment (`:~:text=[prefix-,]start[,end][,-suffix]`) asks the browser to find, context included. */
export function fragmentWords(fragment: string): string[] {
  if (!fragment) return [];
  return fragment
    .replace(/^:~:text=/, '')
    .split(',')
    .map((part) => decodeURIComponent(part.replace(/-$/, '').replace(/^-/, '')));
}

/**
 * Whether a passage, as the page shows it, holds a quote where its link points: every part of
 * the link's text fragment; or, when the link names the passage alone (the quote is all of it),
 * every word of the quote.
 */
export function holdsQuote(passageText: string, quote: string, fragment: string): boolean {
  const parts = fragment ? fragmentWords(fragment) : normalizeQuote(quote).split(' ');
  return parts.every((part) => passageText.includes(part));
}

/** What the fidelity report says about the evidence of one study, given its built page. */
export function studyEvidence(check: CheckResult, slug: string, html: string): StudyEvidence {
  const study = check.studies.find((s) => s.slug === slug);
  const claims = study ? Object.values(study.data.overview).reduce((sum, overview) => sum + claimsOf(overview), 0) : 0;
  const quotes: Record<EvidenceUse, number> = { overview: 0, definition: 0, glossary: 0, timeline: 0, note: 0 };
  const page = passagesInPage(html);
  const notInPage: QuotedEvidence[] = [];
  for (const quote of check.evidence.quotes) {
    if (quote.study !== slug) continue;
    quotes[quote.usedIn] += 1;
    const words = page.get(quote.passage);
    const fragment = check.evidence.index[slug]?.[normalizeQuote(quote.quote)]?.fragment ?? '';
    if (words === undefined || !holdsQuote(words, quote.quote, fragment)) notInPage.push(quote);
  }
  return { claims, quotes, notInPage };
}

/** What each glossary entry rests on. */
export function entryEvidence(check: CheckResult): Map<string, EntryEvidence> {
  return new Map(
    check.glossary.map((entry) => {
      const basis = entry.data.definitionBasis;
      return [
        entry.id,
        {
          definition: basis === 'background' ? 'background' : basis.map((quote) => quote.study),
          quotes: check.evidence.quotes.filter((quote) => quote.usedIn === 'glossary' && quote.file === entry.file).length,
          backgroundPassages: check.evidence.background[entry.id]?.length ?? 0,
        },
      ];
    }),
  );
}
