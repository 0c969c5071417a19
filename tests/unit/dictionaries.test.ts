/**
 * The interface dictionaries (src/i18n/*.ts): every language registered in src/i18n/ui.ts has the
 * shape of the English one, export by export (same keys, same function arities), no empty
 * string, no function that prints "undefined", and no value left in English except the few
 * listed below, whose text is the same in that language.
 */
import { describe, expect, it } from 'vitest';
import * as en from '../../src/i18n/en.ts';
import { interfaceLanguages, offlineStrings, searchStrings, t } from '../../src/i18n/ui.ts';

const EXPORTS = ['ui', 'search', 'matches', 'filter', 'compare', 'offline'] as const;
type ExportName = (typeof EXPORTS)[number];
type Dictionary = Record<ExportName, Record<string, unknown>>;

/**
 * Values that are legitimately the same as the English, by language, as `export.key`: format
 * names, identifiers and punctuation. Anything else equal to the English is taken as untranslated.
 */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  id: [
    'ui.list.separator', // ", "
    'ui.study.meta.doi', // DOI
    'ui.study.meta.volume', // "Volume", as Indonesian journals write it
    'ui.study.cite.apa', // APA 7
    'ui.study.cite.bibtex', // BibTeX
    'ui.study.cite.ris', // RIS
    'ui.study.cite.csl', // CSL-JSON
    'ui.studies.filter.option', // "Label (12)"
  ],
};

/** Arguments each function is called with, as `export.key`: one call per list. */
const SAMPLE_ARGS: Record<string, unknown[][]> = {
  'ui.home.studies.count': [
    [1, 'in the order received'],
    [5, 'in the order received'],
  ],
  'ui.home.ways.table': [['period, kind and actors']],
  'ui.studies.lead': [['the period, the kind and the actors']],
  'ui.home.studies.shown': [[6, 1000, 'in the order received']],
  'ui.home.studies.all': [[1000]],
  'ui.home.download.none': [[6000]],
  'ui.studies.title.kind': [['Journal article']],
  'ui.studies.title.language': [['Indonesian']],
  'ui.studies.title.page': [['Studies by title (A–Z)', 2, 20]],
  'ui.studies.showing': [
    [51, 51, 51],
    [51, 100, 1000],
  ],
  'ui.studies.filter.option': [['Indonesian', 12]],
  'ui.studies.filter.all': [[1000]],
  'ui.studies.page.number': [[2]],
  'ui.study.readingTime': [[1], [12]],
  'ui.study.overview.note': [['Indonesian']],
  'ui.fallback.notice': [['English']],
  'ui.study.notes.marker': [[2]],
  'ui.draft.items': [[1], [4]],
  'ui.study.cite.apaIn': [['Indonesian']],
  'ui.study.cite.copy': [['BibTeX']],
  'ui.chart.sourceCaption': [['Victims by year', 'UNODC 2020']],
  'ui.chart.sourceDescription': [['2018: 10; 2019: 12', 'UNODC 2020']],
  'ui.glossary.inLanguage': [['Indonesian']],
  'ui.glossary.definition.preview': [['A definition.']],
  'ui.glossary.usedIn.more': [[1], [3]],
  'ui.timeline.decade': [[1990]],
  'ui.timeline.filter.count': [[1], [7]],
  'ui.search.pageDescription': [['English or Indonesian', 'kind or period']],
  'ui.compare.pageTitle': [[2, 40]],
  'ui.compare.shown': [
    [1, 5, 5],
    [196, 200, 200],
    [201, 201, 201],
  ],
  'ui.compare.page.number': [[2]],
  'ui.compare.pick.hint': [[5]],
  'compare.showing': [[[]], [['UNICEF in Vietnam']], [['UNICEF in Vietnam', 'IOM in Vietnam']]],
  'compare.removed': [['UNICEF in Vietnam']],
  'compare.added': [['UNICEF in Vietnam']],
  'compare.full': [[5]],
  'compare.tooMany': [[5]],
  'compare.unknown': [[['no-such-study']], [['a', 'b']]],
  'compare.matches': [[0], [1], [12]],
  'compare.add': [['UNICEF in Vietnam']],
  'search.resultsByType': [
    [[{ type: 'study', n: 1 }], 'trafficking'],
    [
      [
        { type: 'study', n: 3 },
        { type: 'glossary', n: 2 },
      ],
      'trafficking',
    ],
  ],
  'search.allGlossaryMatches': [[12]],
  'search.partial': [
    [['xyz'], 'trafficking'],
    [['xyz', 'abc'], 'trafficking'],
  ],
  'search.none': [['xyz', 'English or Indonesian', '“perdagangan anak”']],
  'search.empty': [['English or Indonesian']],
  'search.shortened': [[200]],
  'matches.position': [[1, 3, 'trafficking']],
  'matches.none': [['trafficking']],
  'filter.events': [
    [1, 1],
    [4, 4],
    [2, 9],
  ],
  'filter.studies': [
    [1, 1],
    [5, 5],
    [2, 5],
  ],
  'offline.save': [['12.3']],
};

const dictionaries: [string, Dictionary][] = await Promise.all(
  interfaceLanguages.map(async (code) => [code, (await import(`../../src/i18n/${code}.ts`)) as Dictionary] as [string, Dictionary]),
);
const english = en as unknown as Dictionary;

/** Every output of a value: the string itself, each item of a list, each sample call. */
function outputs(name: string, value: unknown): string[] {
  if (typeof value === 'function') return (SAMPLE_ARGS[name] ?? []).map((args) => (value as (...a: unknown[]) => unknown)(...args) as string);
  if (Array.isArray(value)) return value as string[];
  return [value as string];
}

describe('the registered dictionaries', () => {
  it('include English and have a file each', () => {
    expect(interfaceLanguages).toContain('en');
    expect(dictionaries.map(([code]) => code)).toEqual(interfaceLanguages);
  });

  it('every English function has sample arguments, and every sample names an English function', () => {
    const functions = EXPORTS.flatMap((name) => Object.entries(english[name]).flatMap(([key, value]) => (typeof value === 'function' ? [`${name}.${key}`] : [])));
    expect(functions.filter((name) => !(name in SAMPLE_ARGS))).toEqual([]);
    expect(Object.keys(SAMPLE_ARGS).filter((name) => !functions.includes(name))).toEqual([]);
  });
});

describe.each(dictionaries)('the %s dictionary', (code, dictionary) => {
  it.each(EXPORTS)('%s has exactly the English keys', (name) => {
    const keys = Object.keys(dictionary[name] ?? {});
    const englishKeys = Object.keys(english[name]);
    expect({ missing: englishKeys.filter((k) => !keys.includes(k)), extra: keys.filter((k) => !englishKeys.includes(k)) }).toEqual({ missing: [], extra: [] });
  });

  it.each(EXPORTS)('%s has the English kind of value for each key, and functions of the same arity', (name) => {
    const kind = (value: unknown) => (Array.isArray(value) ? `array of ${value.length}` : typeof value === 'function' ? `function of ${value.length}` : typeof value);
    const differing = Object.entries(english[name]).flatMap(([key, value]) =>
      key in dictionary[name] && kind(dictionary[name][key]) !== kind(value) ? [`${key}: ${kind(dictionary[name][key])}, English ${kind(value)}`] : [],
    );
    expect(differing).toEqual([]);
  });

  it.each(EXPORTS)('%s has no empty string, and its functions return text without "undefined"', (name) => {
    const bad = Object.entries(dictionary[name]).flatMap(([key, value]) =>
      outputs(`${name}.${key}`, value)
        .filter((text) => typeof text !== 'string' || text.trim() === '' || /undefined|NaN|\[object /.test(text))
        .map((text) => `${key}: ${JSON.stringify(text)}`),
    );
    expect(bad).toEqual([]);
  });

  it.runIf(code !== 'en')(`has no value left in English, except ${(SAME_AS_ENGLISH[code] ?? []).join(', ') || 'none'}`, () => {
    const allowed = SAME_AS_ENGLISH[code] ?? [];
    const same: string[] = [];
    const translated: string[] = [];
    for (const name of EXPORTS) {
      for (const [key, value] of Object.entries(english[name])) {
        const id = `${name}.${key}`;
        const theirs = outputs(id, dictionary[name][key]);
        const identical = outputs(id, value).some((text, i) => text === theirs[i]);
        if (identical && !allowed.includes(id)) same.push(id);
        if (!identical && allowed.includes(id)) translated.push(id);
      }
    }
    expect(same, 'identical to the English: translate, or add to SAME_AS_ENGLISH').toEqual([]);
    expect(translated, 'in SAME_AS_ENGLISH but translated: remove from the list').toEqual([]);
  });

  it('is what the lookups serve for the language in pages', () => {
    expect(t(code)).toBe(dictionary.ui);
    expect(searchStrings(code)).toBe(dictionary.search);
    expect(offlineStrings(code)).toBe(dictionary.offline);
  });
});
