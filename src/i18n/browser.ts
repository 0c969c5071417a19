/**
 * The dictionary of the browser scripts (search, match bar, offline status, study filter, compare): the
 * strings of one interface language. `atlas:dictionary` is that language's file
 * (`src/i18n/<code>.ts`): the browser-scripts integration bundles every script once per
 * interface language, so a page carries its own language's strings and no other's (and none of
 * the page strings: only these groups survive tree-shaking).
 */
import { compare, filter, matches, offline, search } from 'atlas:dictionary';
import type { CompareStrings, FilterStrings, MatchStrings, OfflineStrings, SearchStrings } from './en.ts';

export const searchStrings: SearchStrings = search;
export const matchStrings: MatchStrings = matches;
export const offlineStrings: OfflineStrings = offline;
export const filterStrings: FilterStrings = filter;
export const compareStrings: CompareStrings = compare;
