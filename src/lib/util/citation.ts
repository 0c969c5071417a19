/**
 * Citations of a study (the source work, not our page), made with citation-js from the study's
 * frontmatter and the atlas's settings: APA 7 in each of the atlas's citation locales, BibTeX,
 * RIS and CSL-JSON. The item type and genre come from the study's kind (`kinds` in
 * site.config.ts). Only stated facts go in; descriptive titles are bracketed; our page is
 * where the text is available. Each study is formatted once a build.
 */
import { readFileSync } from 'node:fs';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { t } from '../../i18n/ui.ts';
import { cslLocaleFile } from './csl-locales.ts';
import type { AtlasConfig, CslType } from '../model/atlas-config.ts';
import { pick, pickEntry } from '../model/localized-text.ts';
import type { Study } from '../model/study-schema.ts';

const cslLocales = (plugins.config.get('@csl') as { locales: { add: (name: string, xml: string) => void; has?: (name: string) => boolean } }).locales;
const registered = new Set<string>(['en-US']);

function registerLocale(locale: string): void {
  if (registered.has(locale)) return;
  const file = cslLocaleFile(locale);
  if (file) cslLocales.add(locale, readFileSync(file, 'utf8'));
  registered.add(locale);
}

export interface CslItem {
  id: string;
  'citation-key': string;
  type: CslType;
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

/** The CSL-JSON item for a study, in the words of `locale`; `pageUrl` is the full URL of its page in the atlas. */
export function cslItem(slug: string, study: Study, pageUrl: string, config: AtlasConfig, locale: string): CslItem {
  const { source } = study;
  const fallbacks = config.languages.required;
  const kind = config.kinds.find((k) => k.id === study.kind);
  if (!kind) throw new Error(`Unknown kind "${study.kind}": the content check should have stopped the build`);
  const titleText = pick(study.title, locale, fallbacks).text;
  const item: CslItem = {
    id: slug,
    'citation-key': slug,
    type: kind.csl,
    title: study.titleDescriptive ? `[${titleText}]` : titleText,
    language: study.languages[0]!,
    URL: pageUrl,
  };
  if (study.authors.length > 0) item.author = study.authors.map((a) => ({ literal: a.name }));
  if (source.venue) item['container-title'] = source.venue;
  if (source.volume) item.volume = source.volume;
  if (source.issue) item.issue = source.issue;
  if (source.pages) item.page = source.pages;
  if (source.year) item.issued = { 'date-parts': [[source.year]] };
  if (source.doi) item.DOI = source.doi;
  if (kind.genre) item.genre = pick(kind.genre, locale, fallbacks).text;
  if (source.institution) item.publisher = source.institution;
  // The abstract in the reader's language where the source has one.
  const abstracts = Object.fromEntries(study.abstracts.map((a) => [a.lang, a]));
  const abstract = study.abstracts.length > 0 ? pickEntry(abstracts, locale).value : undefined;
  if (abstract && abstract.lang === locale) {
    item.abstract = abstract.text.replace(/\*/g, '').replace(/\s+/g, ' ').trim();
    if (abstract.keywords) item.keyword = abstract.keywords.join(', ');
  }
  if (study.titleDescriptive) item.note = t(locale)['study.cite.descriptiveNote'];
  return item;
}

export interface Citations {
  /** APA 7 in each citation locale of the atlas, in its order. */
  apa: { locale: string; text: string }[];
  bibtex: string;
  ris: string;
  csl: string;
}

const formatted = new Map<string, Citations>();

/** The citations of an item in every format, formatted once per item (citeproc is the costly part of a build). */
export function citations(item: CslItem, locales: readonly string[]): Citations {
  const key = JSON.stringify([item, locales]);
  const cached = formatted.get(key);
  if (cached) return cached;
  const cite = new Cite([item]);
  const apa = locales.map((locale) => {
    registerLocale(locale);
    return { locale, text: (cite.format('bibliography', { format: 'text', template: 'apa', lang: locale }) as string).trim() };
  });
  const result: Citations = {
    apa,
    bibtex: `${(cite.format('bibtex') as string).trim()}\n`,
    ris: `${(cite.format('ris') as string).trim()}\n`,
    csl: `${JSON.stringify([item], null, 2)}\n`,
  };
  formatted.set(key, result);
  return result;
}
