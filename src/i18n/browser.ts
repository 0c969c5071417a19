/**
 * The dictionaries of the browser scripts only (search, match bar, offline status, study
 * filter), by language: what their bundles import, so that they carry none of the page strings.
 * Only English for now: the inline scripts would carry every language listed here on every
 * page (the Indonesian strings added 462 B to each page of an English-only atlas); the
 * Indonesian interface will give each page its own language's strings.
 */
import { filter as enFilter, matches as enMatches, offline as enOffline, search as enSearch } from './en.ts';
import type { FilterStrings, MatchStrings, OfflineStrings, SearchStrings } from './en.ts';

const search: Record<string, SearchStrings> = { en: enSearch };
const matches: Record<string, MatchStrings> = { en: enMatches };
const offline: Record<string, OfflineStrings> = { en: enOffline };
const filter: Record<string, FilterStrings> = { en: enFilter };

/** The strings for the page's language (`<html lang>`), or the first dictionary's. */
export function searchStringsFor(lang: string): SearchStrings {
  return search[lang] ?? Object.values(search)[0]!;
}

export function matchStringsFor(lang: string): MatchStrings {
  return matches[lang] ?? Object.values(matches)[0]!;
}

export function offlineStringsFor(lang: string): OfflineStrings {
  return offline[lang] ?? Object.values(offline)[0]!;
}

export function filterStringsFor(lang: string): FilterStrings {
  return filter[lang] ?? Object.values(filter)[0]!;
}
