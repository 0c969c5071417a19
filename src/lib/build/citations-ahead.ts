/**
 * Formats the citations of every study on a worker thread from the start of a build, while Vite
 * bundles the pages and they render. Citation formatting is pure (the same item gives the same
 * citations); its engine (citeproc, an APA style compiled for each citation locale) holds about a
 * hundred megabytes a locale, so only the worker loads it, one locale at a time
 * (citations-worker.ts): a page whose item the worker has not
 * reached asks for it, and the worker formats that item next (a page waits for one item, about
 * as long as formatting it itself would take). A page formats an item itself only when the worker
 * was not started, failed on it, or stopped; the output never depends on the worker.
 */
import { MessageChannel, Worker } from 'node:worker_threads';
import { citationsKey, type Citations, type CslItem } from '../util/citation.ts';
import { setCitationsRegistry } from './citations-registry.ts';
import type { CitationsReply, CitationsTask } from './citations-worker.ts';
import { workerHeap } from './worker-heap.ts';

export interface AheadStats {
  /** Items sent to the worker. */
  items: number;
  /** Items it formatted. */
  formatted: number;
  /** Of those, items a page was waiting for (formatted before their turn). */
  askedFor: number;
  /** Items pages formatted themselves (no worker, or it failed on them). */
  byPages: number;
  /** The most citation engines it held at once (one a locale; one at a time unless a page asked for an item before the first locale was done). */
  mostEngines: number;
  /** Why it stopped, if it failed (pages then format what it left). */
  failure?: string;
}

/** Starts the worker on `items`, each formatted in every one of `locales`. */
export function formatCitationsAhead(items: readonly CslItem[], locales: readonly string[]): AheadStats {
  const stats: AheadStats = { items: items.length, formatted: 0, askedFor: 0, byPages: 0, mostEngines: 0 };
  if (items.length === 0) return stats;
  const indexOf = new Map(items.map((item, index) => [citationsKey(item, locales), index]));
  /** What the worker sent back, kept until the build ends: a page may ask after the worker has answered, and asking again must not wait on a worker that is done. */
  const results = new Map<number, Citations | undefined>();
  const waiting = new Map<number, PromiseWithResolvers<Citations | undefined>>();
  let gone = false;
  const { port1: requests, port2: workerRequests } = new MessageChannel();
  const task: CitationsTask = { items: [...items], locales: [...locales], requests: workerRequests };
  const worker = new Worker(new URL('./citations-worker.ts', import.meta.url), { workerData: task, transferList: [workerRequests], resourceLimits: workerHeap() });

  const settle = (index: number, result: Citations | undefined) => {
    results.set(index, result);
    const waiter = waiting.get(index);
    if (!waiter) return;
    waiting.delete(index);
    waiter.resolve(result);
    // The worker keeps the build alive only while a page waits on it.
    if (waiting.size === 0) worker.unref();
  };
  const stop = (why: string | undefined) => {
    gone = true;
    if (why) stats.failure ??= why;
    for (const [index, waiter] of waiting) {
      waiting.delete(index);
      waiter.resolve(undefined);
    }
    requests.close();
  };

  worker.on('message', (reply: CitationsReply) => {
    if (reply.index === undefined) {
      stats.mostEngines = reply.mostEngines;
      return;
    }
    if (reply.failure === undefined) stats.formatted += 1;
    settle(reply.index, reply.citations);
  });
  worker.on('error', (error) => stop(error.message));
  worker.on('exit', (code) => stop(code === 0 ? undefined : `exit code ${code}`));
  worker.unref();
  requests.unref();

  setCitationsRegistry({
    take(key) {
      const index = indexOf.get(key);
      if (index === undefined) return undefined;
      if (results.has(index)) return Promise.resolve(results.get(index));
      if (gone) return Promise.resolve(undefined);
      let waiter = waiting.get(index);
      if (!waiter) {
        waiter = Promise.withResolvers();
        waiting.set(index, waiter);
        stats.askedFor += 1;
        requests.postMessage(index);
        worker.ref();
      }
      return waiter.promise;
    },
    formattedHere() {
      stats.byPages += 1;
    },
  });
  return stats;
}
