/**
 * Formats the citations of every study on a worker thread while Vite compiles the pages, into the
 * build cache, where the pages then find them. Citation formatting is pure (the same item gives
 * the same citations) and is otherwise done by the pages one after another on the build's main
 * thread; the compile phase leaves a core free for it. A page that comes before the worker has
 * reached its study formats it itself, as it would without the worker, so the output never
 * depends on the worker: it only moves work earlier and onto another core.
 */
import { Worker } from 'node:worker_threads';
import type { CslItem } from '../util/citation.ts';

export interface AheadStats {
  /** Items sent to the worker. */
  items: number;
  /** Items it had formatted when the build asked. */
  formatted: number;
  /** Why it stopped, if it failed (pages then format everything themselves). */
  failure?: string;
}

/** Starts the worker (only where the build cache is open, else its results would be lost). */
export function formatCitationsAhead(items: readonly CslItem[], locales: readonly string[]): AheadStats {
  const stats: AheadStats = { items: items.length, formatted: 0 };
  if (items.length === 0) return stats;
  const worker = new Worker(new URL('./citations-worker.ts', import.meta.url), { workerData: { items, locales } });
  worker.on('message', (count: number) => (stats.formatted = count));
  worker.on('error', (error) => (stats.failure = error.message));
  // The build does not wait for it: whatever it has not done when the pages need it, they do.
  worker.unref();
  return stats;
}
