/** The settings of an atlas (`site.config.ts`): defaults, and each mistake named with its setting and the fix. */
import { describe, expect, it } from 'vitest';
import { parseAtlasConfig } from '../../src/lib/atlas/load.ts';
import { downloadOffered } from '../../src/lib/build/download-name.ts';
import { MINI_ATLAS_DIR } from '../support/atlases.ts';

const mini = (await import(`${MINI_ATLAS_DIR}/site.config.ts`)).default as Record<string, unknown>;
const withChange = (change: (config: Record<string, any>) => void) => {
  const copy = structuredClone(mini) as Record<string, any>;
  change(copy);
  return parseAtlasConfig(copy, 'site.config.ts');
};
const messages = (result: ReturnType<typeof parseAtlasConfig>) => result.problems.map((p) => `${p.field ?? ''}: ${p.message}`);

describe('parseAtlasConfig', () => {
  it('accepts the mini atlas and fills in the defaults', () => {
    const { config, problems } = parseAtlasConfig(mini, 'site.config.ts');
    expect(problems).toEqual([]);
    expect(config!.languages).toEqual({ interface: ['en'], known: ['en'], required: ['en'], regions: {} });
    expect(config!.studies.headingFloor).toBe(3);
    expect(config!.glossary).toEqual({ route: 'concepts', headingFloor: 2, linkTerms: true });
    expect(config!.studies.compareRows).toEqual(['question', 'period', 'themes', 'organisations', 'method', 'findings', 'recommendations']);
    const defaults = parseAtlasConfig({ ...mini, studies: { ...(mini.studies as object), compareRows: undefined } }, 'site.config.ts').config!;
    expect(defaults.studies.compareRows).toEqual(['question', 'period', 'themes', 'organisations', 'framework', 'method', 'findings', 'challenges', 'recommendations']);
    expect(config!.offline).toEqual({ precacheLimitBytes: 25 * 1024 * 1024, downloadMaxStudies: 2000 });
    // The mini atlas sets small values, so that its three studies fill more than one page.
    expect(config!.home).toEqual({ studies: 2 });
    expect(config!.studies.pageSize).toBe(2);
    const unset = parseAtlasConfig({ ...mini, home: undefined, studies: { ...(mini.studies as object), pageSize: undefined } }, 'site.config.ts').config!;
    expect(unset.home).toEqual({ studies: 6 });
    expect(unset.studies.pageSize).toBe(50);
  });

  it('offers the downloadable copy up to offline.downloadMaxStudies studies, and names a limit that is not a whole number', () => {
    const config = withChange((c) => (c.offline = { downloadMaxStudies: 2 }));
    expect(messages(config)).toEqual([]);
    const limited = parseAtlasConfig({ ...mini, offline: { downloadMaxStudies: 2 } }, 'site.config.ts').config!;
    expect([downloadOffered(limited, 2), downloadOffered(limited, 3)]).toEqual([true, false]);
    expect(downloadOffered(parseAtlasConfig(mini, 'site.config.ts').config!, 2000)).toBe(true);
    expect(messages(withChange((c) => (c.offline = { downloadMaxStudies: -1 })))).toEqual([
      'offline.downloadMaxStudies: offline.downloadMaxStudies is a whole number of studies, for example 2000 (0: no downloadable copy)',
    ]);
  });

  it('names a number of home-page studies or a page size that is not a whole number of at least 1', () => {
    expect(messages(withChange((c) => (c.home = { studies: 0 })))).toEqual(['home.studies: home.studies is a whole number of studies, at least 1, for example 6']);
    expect(messages(withChange((c) => (c.studies.pageSize = 0))) ).toEqual(['studies.pageSize: studies.pageSize is a whole number of rows, at least 1, for example 50']);
    expect(messages(withChange((c) => (c.studies.pageSize = 2.5)))[0]).toMatch(/^studies\.pageSize: /);
    expect(messages(withChange((c) => (c.home = { studies: 6, cards: 3 })))[0]).toMatch(/^home: |^home\.cards: /);
  });

  it('sets side by side five studies on /compare/ unless told (the mini atlas: 2), and names a count that is not 1 to 12', () => {
    expect(parseAtlasConfig(mini, 'site.config.ts').config!.studies.compareColumns).toBe(2);
    expect(parseAtlasConfig({ ...mini, studies: { ...(mini.studies as object), compareColumns: undefined } }, 'site.config.ts').config!.studies.compareColumns).toBe(5);
    expect(messages(withChange((c) => (c.studies.compareColumns = 0)))).toEqual(['studies.compareColumns: studies.compareColumns is a whole number of studies, at least 1, for example 5']);
    expect(messages(withChange((c) => (c.studies.compareColumns = 40)))).toEqual(['studies.compareColumns: studies.compareColumns is at most 12: more columns do not fit side by side']);
  });

  it('refuses a file that exports nothing', () => {
    expect(messages(parseAtlasConfig(undefined, 'site.config.ts'))).toEqual([': site.config.ts exports no settings: end it with "export default { title: { en: … }, … }"']);
  });

  it('names a language that is not a language, and one the engine has no dictionary for', () => {
    expect(messages(withChange((c) => (c.languages.interface = ['english'])))).toEqual([
      'languages.interface.0: "english" is not a language code: write a BCP 47 code such as "en" (English) or "fr" (French)',
    ]);
    expect(messages(withChange((c) => (c.languages.interface = ['fr'])))[0]).toMatch(/^languages\.interface\.0: the engine has no interface dictionary for "fr" \(it has "en"(, "[a-z-]+")*\)/);
  });

  it('names missing and unknown languages in keyed text', () => {
    expect(messages(withChange((c) => (c.title = { fr: 'Atlas' })))).toEqual([
      'title.en: required field "title.en" is missing: add it (title.en must be text, for example "Labour Migration Reports Atlas")',
      'title: "fr" is not a language of this atlas: the languages are "en" (site.config.ts, languages)',
    ]);
    expect(messages(withChange((c) => (c.title = 'Atlas')))).toEqual(['title: title is text keyed by language, for example title: { en: "Labour Migration Reports Atlas" }']);
  });

  it('names a wrong kind of work, a list that takes a study field, a compare row nobody has, and routes that are not ids', () => {
    const result = withChange((c) => {
      c.kinds[0].csl = 'paper';
      c.kinds.push({ ...c.kinds[1] });
      c.studies.glossaryLists[0].field = 'title';
      c.studies.compareRows = ['question', 'budget'];
      c.glossary.route = 'Glossary';
    });
    expect(messages(result)).toEqual(
      expect.arrayContaining([
        'kinds.0.csl: kinds.csl must be a CSL item type, for example "article-journal", "thesis" or "report"',
        'glossary.route: route is lower-case words joined by hyphens, for example "glossary"',
      ]),
    );
    const refined = messages(withChange((c) => {
      c.kinds.push({ ...c.kinds[1] });
      c.studies.glossaryLists[0].field = 'title';
      c.studies.compareRows = ['question', 'budget'];
    }));
    expect(refined).toEqual([
      'kinds.2.id: the kind "policy-brief" is listed twice: remove the repeat',
      'studies.glossaryLists.0.field: "title" is already a field of every study: choose another name',
      'studies.compareRows.1: "budget" is not a row /compare/ can show: use "period", an overview field (summary, question, framework, method, findings, challenges, recommendations) or a glossary list field (organisations)',
    ]);
  });

  it('names a CSL locale that citeproc-locales does not have', () => {
    expect(messages(withChange((c) => (c.citation = { locales: ['xx-YY'] })))[0]).toMatch(/^citation\.locales\.0: there is no CSL locale "xx-YY"/);
  });

  it('refuses unknown settings', () => {
    expect(messages(withChange((c) => (c.theme = 'dark')))[0]).toMatch(/^: unknown field "theme"|^theme: /);
  });
});
