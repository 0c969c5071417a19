/**
 * The channel between the citation worker's owner (`citations-ahead.ts`, loaded by the Astro
 * configuration) and the page code Vite bundles (`../util/citation.ts`): one process, two module
 * graphs, so they meet on `globalThis`.
 */
import type { Citations } from '../util/citation.ts';

const REGISTRY = Symbol.for('atlas:citations-ahead');

export interface CitationsRegistry {
  /**
   * The citations under `key`: a promise of the worker's result (it formats that item next if it
   * has not yet), undefined for an item the worker was not given; the promise gives undefined when
   * the worker failed on it or stopped. Either way the page then formats the item itself.
   */
  take(key: string): Promise<Citations | undefined> | undefined;
  /** Counts an item a page formatted itself. */
  formattedHere(): void;
}

export function setCitationsRegistry(registry: CitationsRegistry | undefined): void {
  (globalThis as { [REGISTRY]?: CitationsRegistry })[REGISTRY] = registry;
}

export function citationsRegistry(): CitationsRegistry | undefined {
  return (globalThis as { [REGISTRY]?: CitationsRegistry })[REGISTRY];
}
