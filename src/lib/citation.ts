/**
 * Citations of a study (the source work, not our page), made with citation-js from the study's
 * frontmatter: APA 7 in English and Indonesian, BibTeX, RIS and CSL-JSON. Only stated facts go
 * in; descriptive titles are bracketed; our page is where the text is available.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { Study } from './study-schema.ts';

const require = createRequire(import.meta.url);
const locales = (plugins.config.get('@csl') as { locales: { add: (name: string, xml: string) => void } }).locales;
locales.add('id-ID', readFileSync(require.resolve('citeproc-locales/locales/locales-id-ID.xml'), 'utf8'));

export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'article-journal' | 'thesis';
  title: string;
  language: string;
  URL: string;
  author?: { literal: string }[];
  'container-title'?: string;
  volume?: string;
  issue?: string;
  page?: string;
  issued?: { 'date-parts': number[][] };
  DOI?: string;
  genre?: string;
  publisher?: string;
  abstract?: string;
  keyword?: string;
  note?: string;
}

/** The CSL-JSON item for a study; `pageUrl` is the full URL of its page in the atlas. */
export function cslItem(slug: string, study: Study, pageUrl: string): CslItem {
  const { source } = study;
  const title = study.titleDescriptive ? `[${study.titleEn}]` : study.titleEn;
  const english = study.abstracts.find((a) => a.lang === 'en');
  const item: CslItem = {
    id: slug,
    'citation-key': slug,
    type: study.kind === 'journal-article' ? 'article-journal' : 'thesis',
    title,
    language: study.languages[0] ?? 'id',
    URL: pageUrl,
  };
  if (study.authors.length > 0) item.author = study.authors.map((a) => ({ literal: a.name }));
  if (source.venue) item['container-title'] = source.venue;
  if (source.volume) item.volume = source.volume;
  if (source.issue) item.issue = source.issue;
  if (source.pages) item.page = source.pages;
  if (source.year) item.issued = { 'date-parts': [[source.year]] };
  if (source.doi) item.DOI = source.doi;
  if (item.type === 'thesis') item.genre = 'Undergraduate thesis';
  if (source.institution) item.publisher = source.institution;
  if (english) item.abstract = english.text.replace(/\*/g, '').replace(/\s+/g, ' ').trim();
  const keywords = study.abstracts.find((a) => a.lang === 'en')?.keywords;
  if (keywords) item.keyword = keywords.join(', ');
  if (study.titleDescriptive) item.note = 'Descriptive title: the source states no title.';
  return item;
}

export interface Citations {
  apa: string;
  apaIndonesian: string;
  bibtex: string;
  ris: string;
  csl: string;
}

export function citations(item: CslItem): Citations {
  const cite = new Cite([item]);
  const apa = (lang: string) => (cite.format('bibliography', { format: 'text', template: 'apa', lang }) as string).trim();
  return {
    apa: apa('en-US'),
    apaIndonesian: apa('id-ID'),
    bibtex: `${(cite.format('bibtex') as string).trim()}\n`,
    ris: `${(cite.format('ris') as string).trim()}\n`,
    csl: `${JSON.stringify([item], null, 2)}\n`,
  };
}
