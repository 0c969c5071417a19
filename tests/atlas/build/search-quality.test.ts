/**
 * How well search serves the query set (`tests/atlas/search-query-set.ts`), measured on the
 * project atlas's index from Node: for each query, are the expected studies among the first five
 * study results, and does a word the atlas never uses offer no study? The figures are printed
 * (per kind of query) and must not fall below the floor; README "Search" lists them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPagefind, urlsFor, type NodePagefind } from '../../support/pagefind-node.ts';
import { dist } from '../../support/site.ts';
import { QUERY_SET, type SetQuery } from '../search-query-set.ts';

/** Queries that pass today; raise it as search improves, never lower it. */
const FLOOR = 40;

let pagefind: NodePagefind;

beforeAll(async () => {
  ({ pagefind } = await loadPagefind(dist));
});

interface Outcome {
  query: SetQuery;
  firstStudies: string[];
  missing: string[];
  passes: boolean;
}

async function outcome(query: SetQuery): Promise<Outcome> {
  const studies = (await urlsFor(pagefind, query.query)).filter((url) => url.startsWith('/studies/'));
  const firstStudies = studies.slice(0, 5);
  const missing = query.studies.filter((study) => !firstStudies.includes(study));
  const passes = query.studies.length === 0 ? studies.length === 0 : missing.length === 0;
  return { query, firstStudies, missing, passes };
}

describe('the search query set', () => {
  it(`has at least 40 queries of every kind, and at least ${FLOOR} pass`, async () => {
    expect(QUERY_SET.length).toBeGreaterThanOrEqual(40);
    const outcomes = await Promise.all(QUERY_SET.map(outcome));
    const kinds = [...new Set(QUERY_SET.map((q) => q.kind))];
    const lines = kinds.map((kind) => {
      const own = outcomes.filter((o) => o.query.kind === kind);
      return `  ${kind}: ${own.filter((o) => o.passes).length} of ${own.length}`;
    });
    const failing = outcomes
      .filter((o) => !o.passes)
      .map((o) => `  ✗ "${o.query.query}": ${o.query.studies.length === 0 ? `offers ${o.firstStudies.length} studies` : `missing ${o.missing.join(', ')}`}`);
    const passed = outcomes.filter((o) => o.passes).length;
    console.log([`Search query set: ${passed} of ${outcomes.length} pass`, ...lines, ...failing].join('\n'));
    expect(passed).toBeGreaterThanOrEqual(FLOOR);
  });
});
