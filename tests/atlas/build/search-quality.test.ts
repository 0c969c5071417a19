/**
 * How well search serves the query set (`tests/atlas/search-query-set.ts`), measured on the
 * project atlas's bundles from Node through the search the page runs (`searchAtlas`: both
 * languages, the glossary's equivalents, partial matches marked): for each query, are the
 * expected studies among the first five study results, and does a word the atlas never uses
 * offer no study as a hit? The figures are printed (per kind of query) and must not fall below
 * the floor; README "Search" lists them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAtlas } from '../../../src/lib/atlas/load.ts';
import { checkContent } from '../../../src/lib/checks/content-check.ts';
import { searchAtlas, type LanguageBundle } from '../../../src/lib/search/atlas-search.ts';
import { glossaryForms, type GlossaryForms } from '../../../src/lib/search/query-expansion.ts';
import { PAGE_TYPES } from '../../../src/lib/util/search-fields.ts';
import { loadSearchBundles } from '../../support/pagefind-node.ts';
import { dist } from '../../support/site.ts';
import { QUERY_SET, type SetQuery } from '../search-query-set.ts';

/** Queries that pass; raise it as search improves, never lower it. (40 with one English index; 50 with both languages.) */
const FLOOR = 50;

let bundles: LanguageBundle[];
let glossary: GlossaryForms[];

beforeAll(async () => {
  ({ bundles } = await loadSearchBundles(dist));
  glossary = checkContent(await loadAtlas()).glossary.map((entry) => glossaryForms(entry.data));
});

interface Outcome {
  query: SetQuery;
  firstStudies: string[];
  missing: string[];
  passes: boolean;
}

async function outcome(query: SetQuery, searched = bundles): Promise<Outcome> {
  const results = await searchAtlas(searched, { query: query.query, glossary, shown: { study: 5, glossary: 3 } });
  const studies = results.groups.find((group) => group.type === PAGE_TYPES.study)!;
  const firstStudies = studies.shown.map((shown) => new URL(shown.data.url, 'https://atlas.invalid').pathname);
  const missing = query.studies.filter((study) => !firstStudies.includes(study));
  // Partial matches are shown marked as such: they are not hits.
  const hits = results.partialQuery ? 0 : studies.total;
  const passes = query.studies.length === 0 ? hits === 0 : missing.length === 0;
  return { query, firstStudies, missing, passes };
}

describe('the search query set', () => {
  it(`has at least 40 queries of every kind, and at least ${FLOOR} pass`, async () => {
    expect(QUERY_SET.length).toBeGreaterThanOrEqual(40);
    // All at once: the search keeps overlapping searches apart, as a reader typing fast needs.
    const outcomes = await Promise.all(QUERY_SET.map((query) => outcome(query)));
    const kinds = [...new Set(QUERY_SET.map((q) => q.kind))];
    const lines = kinds.map((kind) => {
      const own = outcomes.filter((o) => o.query.kind === kind);
      return `  ${kind}: ${own.filter((o) => o.passes).length} of ${own.length}`;
    });
    const failing = outcomes
      .filter((o) => !o.passes)
      .map((o) => `  ✗ "${o.query.query}": ${o.query.studies.length === 0 ? `offers ${o.firstStudies.length} studies as hits` : `missing ${o.missing.join(', ')}`}`);
    const passed = outcomes.filter((o) => o.passes).length;
    console.log([`Search query set: ${passed} of ${outcomes.length} pass`, ...lines, ...failing].join('\n'));
    expect(passed).toBeGreaterThanOrEqual(FLOOR);
  });

  it('passes more queries with every language’s bundle than with any one bundle alone (README: why two bundles)', async () => {
    const passing = async (searched: LanguageBundle[]) => {
      const outcomes: Outcome[] = [];
      for (const query of QUERY_SET) outcomes.push(await outcome(query, searched));
      return outcomes.filter((o) => o.passes).length;
    };
    const all = await passing(bundles);
    const alone = await Promise.all(bundles.map(async (bundle) => ({ language: bundle.language, passed: await passing([bundle]) })));
    console.log(`Query set with every bundle: ${all}; ${alone.map((a) => `the ${a.language} bundle alone: ${a.passed}`).join('; ')}`);
    for (const one of alone) expect(all, `the ${one.language} bundle alone`).toBeGreaterThan(one.passed);
  });
});
