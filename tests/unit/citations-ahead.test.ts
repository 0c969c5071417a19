/**
 * Citations formatted on a worker thread ahead of the pages: a page waiting for its item gets it
 * next, the same bytes as formatted on the page; a page whose item the worker was not given
 * formats it itself.
 */
import { describe, expect, it } from 'vitest';
import { formatCitationsAhead } from '../../src/lib/build/citations-ahead.ts';
import { citationsRegistry, setCitationsRegistry } from '../../src/lib/build/citations-registry.ts';
import { citations, citationsKey, citationsOfPage, type CslItem } from '../../src/lib/util/citation.ts';

const LOCALES = ['en-US', 'id-ID'];
const item = (n: number): CslItem => ({
  id: `study-${n}`,
  'citation-key': `study-${n}`,
  type: 'thesis',
  title: `Human trafficking in Vietnam, part ${n}`,
  language: 'id',
  author: [{ literal: `Author ${n}` }],
  issued: { 'date-parts': [[2020]] },
  genre: 'Undergraduate thesis',
  publisher: 'A university',
});

describe('formatCitationsAhead', () => {
  it("formats the item a page is waiting for before the rest, as the page would have", async () => {
    const items = Array.from({ length: 120 }, (_, n) => item(n));
    const stats = formatCitationsAhead(items, LOCALES);
    try {
      const last = items.at(-1)!;
      const taken = await citationsRegistry()!.take(citationsKey(last, LOCALES));
      // The worker took the request between two items, long before it would have come to the last.
      expect(stats.formatted).toBeLessThan(items.length / 2);
      expect(stats.askedFor).toBe(1);
      expect(taken).toEqual(citations(last, LOCALES));
      expect(taken!.apa.map((a) => a.locale)).toEqual(LOCALES);
      // Asked for before the first locale was done, it was formatted in the second locale too.
      await expect.poll(() => stats.mostEngines, { timeout: 30_000, interval: 100 }).toBe(2);
    } finally {
      setCitationsRegistry(undefined);
    }
    // The worker starts, loads the citation engine and compiles its style for each locale first.
  }, 30_000);

  it('holds one citation engine at a time when no page asks before the first locale is done', async () => {
    const items = Array.from({ length: 30 }, (_, n) => item(n));
    const stats = formatCitationsAhead(items, LOCALES);
    try {
      // The worker reports the engines it held once it has sent every item.
      await expect.poll(() => stats.mostEngines, { timeout: 30_000, interval: 100 }).toBeGreaterThan(0);
      expect(stats.formatted).toBe(items.length);
      expect(stats.mostEngines).toBe(1);
      expect(await citationsRegistry()!.take(citationsKey(items[7]!, LOCALES))).toEqual(citations(items[7]!, LOCALES));
    } finally {
      setCitationsRegistry(undefined);
    }
  }, 40_000);

  it("leaves to the page an item it was not given, and counts it", async () => {
    const stats = formatCitationsAhead([item(1)], LOCALES);
    try {
      const other = item(2);
      expect(citationsRegistry()!.take(citationsKey(other, LOCALES))).toBeUndefined();
      expect(await citationsOfPage(other, LOCALES)).toEqual(citations(other, LOCALES));
      expect(stats.byPages).toBe(1);
    } finally {
      setCitationsRegistry(undefined);
    }
  });
});
