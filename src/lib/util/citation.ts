/**
 * Citations of a study (the source work, not our page), made with citation-js from the study's
 * frontmatter and the atlas's settings: APA 7 in each of the atlas's citation locales, BibTeX,
 * RIS and CSL-JSON. The item type and genre come from the study's kind (`kinds` in
 * site.config.ts). Only stated facts go in; descriptive titles are bracketed; our page is
 * where the text is available when the site's URL is known. Each study is formatted once a build,
 * and not again by a later build while its item and the engine stay the same (the build cache).
 */
import { readFileSync } from 'node:fs';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { t } from '../../i18n/ui.ts';
import { buildCache, cachedJson, cacheKey, readCachedJson } from '../build/build-cache.ts';
import { citationsRegistry } from '../build/citations-registry.ts';
import { CitationEngines, type CslData } from './citation-engines.ts';
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
  URL?: string;
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

/**
 * The CSL-JSON item for a study, in the words of `locale`; `pageUrl` is the full URL of its page
 * in the atlas, undefined when the site's URL is not known (the citation then names no place).
 */
export function cslItem(slug: string, study: Study, pageUrl: string | undefined, config: AtlasConfig, locale: string): CslItem {
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
  };
  if (pageUrl) item.URL = pageUrl;
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
const formattedBefore = buildCache('citations');

/** What an item's citations are kept under, in a build and in the build cache. */
export function citationsKey(item: CslItem, locales: readonly string[]): string {
  return cacheKey(JSON.stringify([item, locales]));
}

/**
 * The citations of an item in every format, formatted once per item in a build and kept between
 * builds (citeproc is the costly part of a build: a few milliseconds an item and style).
 */
export function citations(item: CslItem, locales: readonly string[]): Citations {
  const key = citationsKey(item, locales);
  let result = formatted.get(key);
  if (!result) formatted.set(key, (result = cachedJson(formattedBefore, key, () => format(item, locales))));
  return result;
}

/** The citations a former build kept under `key` (`citationsKey`), if any. */
export function keptCitations(key: string): Citations | undefined {
  return readCachedJson<Citations>(formattedBefore, key);
}

/** Keeps an item's citations for later builds. */
export function keepCitations(key: string, result: Citations): void {
  formattedBefore?.set(key, JSON.stringify(result));
}

/**
 * The citations of an item as a page takes them: from this build or the build cache, else from
 * the worker formatting them ahead (`../build/citations-ahead.ts`), which then formats this item
 * next; formatted here only when there is no worker or it failed on the item.
 */
export async function citationsOfPage(item: CslItem, locales: readonly string[]): Promise<Citations> {
  const key = citationsKey(item, locales);
  const known = formatted.get(key) ?? keptCitations(key) ?? (await citationsRegistry()?.take(key));
  if (known) {
    formatted.set(key, known);
    return known;
  }
  citationsRegistry()?.formattedHere();
  return citations(item, locales);
}

/** The citation files of an item (BibLaTeX, RIS, CSL-JSON), which need no citation style: the same as in `citations`. */
export function citationFiles(item: CslItem): Omit<Citations, 'apa'> {
  return files(new Cite([item]), item);
}

/** Engines of APA 7 (citation-js's "apa"), the style of every citation the site shows. */
export function apaEngines(): CitationEngines {
  return new CitationEngines('apa');
}

/** The engines of the pages' own formatting, kept for the build (it happens only when the worker cannot). */
const engines = apaEngines();

function format(item: CslItem, locales: readonly string[]): Citations {
  const entry = citationEntry(item);
  return citationsOf(entry, locales.map((locale) => apaText(entry, locale, engines)), locales);
}

/** An item parsed once for all its formats. */
export interface CitationEntry {
  item: CslItem;
  cite: Cite;
  data: CslData[];
}

export function citationEntry(item: CslItem): CitationEntry {
  const cite = new Cite([item]);
  return { item, cite, data: cite.format('data', { format: 'object' }) as unknown as CslData[] };
}

/** The APA reference of an entry in `locale`, by one of `engines`. */
export function apaText(entry: CitationEntry, locale: string, engines: CitationEngines): string {
  registerLocale(locale);
  return engines.bibliography(entry.data, locale).trim();
}

/** The citations of an entry from its APA references (`apa`, in the order of the atlas's citation locales). */
export function citationsOf(entry: CitationEntry, apa: readonly string[], locales: readonly string[]): Citations {
  return { apa: apa.map((text, index) => ({ locale: locales[index]!, text })), ...files(entry.cite, entry.item) };
}

function files(cite: Cite, item: CslItem): Omit<Citations, 'apa'> {
  return {
    bibtex: biblatex(cite, item['citation-key']),
    ris: ris(cite, item['citation-key']),
    csl: `${JSON.stringify([item], null, 2)}\n`,
  };
}

/** Entry types whose `type` field names their kind ("Undergraduate thesis", "Policy brief"). */
const TYPED_ENTRIES = new Set(['thesis', 'report', 'manual', 'patent']);

/**
 * BibLaTeX, which has `@thesis` with a free `type` and keeps the abstract and language (BibTeX's
 * `@misc` and dropped fields do not). citation-js maps and escapes the fields; the entry is
 * written here because its text output cannot use a key with a hyphen (it then makes one from
 * the title's first word) and puts a free-text genre in `entrysubtype`, which Zotero ignores.
 */
function biblatex(cite: Cite, key: string): string {
  const [entry] = cite.format('biblatex', { format: 'object' }) as unknown as { type: string; properties: Record<string, string> }[];
  const { entrysubtype, ...properties } = entry!.properties;
  if (entrysubtype) properties[TYPED_ENTRIES.has(entry!.type) ? 'type' : 'entrysubtype'] = entrysubtype;
  const fields = Object.entries(properties).map(([field, value]) => `\t${field} = {${value}},\n`);
  return `@${entry!.type}{${key},\n${fields.join('')}}\n`;
}

/**
 * RIS from citation-js's mapping, written one line per field: its text output breaks every line
 * at 70 characters, inside words (reference managers keep the breaks), and cuts the ID to 20.
 */
function ris(cite: Cite, key: string): string {
  const [entry] = cite.format('ris', { format: 'object' }) as unknown as ({ TY: string } & Record<string, unknown>)[];
  const { TY, ...tags } = { ...entry!, ID: key };
  const lines = Object.entries(tags).flatMap(([tag, values]) => [values].flat().map((value) => `${tag}  - ${String(value).replace(/\s+/g, ' ').trim()}`));
  return `${[`TY  - ${TY}`, ...lines, 'ER  - '].join('\n')}\n`;
}
