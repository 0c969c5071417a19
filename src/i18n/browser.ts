/**
 * The dictionaries of the browser scripts only (search, match bar, offline status, study
 * filter), by language: what their bundles import, so that they carry none of the page strings.
 */
import { filter as enFilter, matches as enMatches, offline as enOffline, search as enSearch } from './en.ts';
import { filter as idFilter, matches as idMatches, offline as idOffline, search as idSearch } from './id.ts';
import type { FilterStrings, MatchStrings, OfflineStrings, SearchStrings } from './en.ts';

const search: Record<string, SearchStrings> = { en: enSearch, id: idSearch };
const matches: Record<string, MatchStrings> = { en: enMatches, id: idMatches };
const offline: Record<string, OfflineStrings> = { en: enOffline, id: idOffline };
const filter: Record<string, FilterStrings> = { en: enFilter, id: idFilter };

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
