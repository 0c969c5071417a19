/**
 * Compiles the study texts (`study-body.ts`) on a worker thread from the start of a build, while
 * the main thread checks the content, syncs it, bundles the pages and renders them. Each result
 * goes to the build cache, where its page reads it.
 *
 * The worker is given every text at once, so that it never waits for the main thread (which
 * checks the content without pausing). Each text has a claim in memory both threads share: the
 * worker claims a text before compiling it, taking them from the last in the order the pages
 * render; a page that finds its text unclaimed claims it and compiles it on its own thread, so
 * that once rendering starts both threads compile, from either end. A page whose text the
 * worker has claimed waits for it (`takeStudyBodyAhead`). The page never depends on the worker:
 * it compiles itself a text the worker failed on, so a compile error is reported by the page
 * with its file and line as without it.
 */
import { Worker } from 'node:worker_threads';
import { buildCache } from './build-cache.ts';
import { spareCores } from './spare-cores.ts';
import { studyBodyKey, type StudyTextInputs } from './study-body.ts';
import { workerHeap } from './worker-heap.ts';

/** The build cache's folder of compiled study texts. */
export const STUDY_BODIES_CACHE = 'study-texts';

/**
 * The worker's heap: V8 lets an unbounded heap grow to several hundred megabytes before it
 * collects, which set the build's peak memory while the worker compiled beside Vite. It holds one
 * text at a time (it reads each from its file); a worker that runs out stops, and the pages
 * compile what it leaves.
 */
const WORKER_HEAP_MB = 128;

/** A text's claim: nobody's yet, the worker's, or a page's. */
export const FREE = 0;
export const WORKER = 1;
export const PAGE = 2;

/** The channel between this module (loaded by the Astro configuration) and the page code Vite bundles: one process, two module graphs. */
const REGISTRY = Symbol.for('atlas:study-bodies-ahead');

interface Registry {
  stats: StudyBodiesStats;
  take(key: string): Promise<void> | undefined;
}

export interface StudyBodiesStats {
  /** Texts already in the build cache. */
  cached: number;
  /** Texts the worker compiled. */
  onWorkers: number;
  /** Texts a page compiled itself (the worker had not reached them, or failed on them). */
  onMainThread: number;
  /** Texts the worker failed on (their pages compile them and report what is wrong). */
  failedOnWorkers: number;
  /** Why the worker stopped, if it did before its work was done. */
  failure?: string;
}

export interface StudyFile {
  path: string;
  text: string;
}

/** A text to compile: its file, and its key in the build cache (a hash of the text the build read). */
export interface AheadFile {
  path: string;
  key: string;
}

/** What the worker is given: each text to compile, its key, and the claims. */
export interface AheadTask {
  inputs: StudyTextInputs;
  files: AheadFile[];
  claims: Int32Array;
  /** The order to take the files in: indexes, the first page's text first. */
  order: number[];
}

export interface StudyBodiesAhead {
  stats: StudyBodiesStats;
  /** The paths of the texts in the order their pages render: the worker goes on from the last. */
  order(paths: readonly string[]): void;
  /** Stops the worker (a build that will render no page). */
  stop(): void;
}

/**
 * For the text under `key`, once: a promise that settles when the worker has compiled it into the
 * build cache (rejected if it failed), or undefined when the page must compile it itself.
 */
export function takeStudyBodyAhead(key: string): Promise<void> | undefined {
  return (globalThis as { [REGISTRY]?: Registry })[REGISTRY]?.take(key);
}

/** Counts a text a page compiled itself. */
export function countStudyBodyHere(): void {
  const stats = (globalThis as { [REGISTRY]?: Registry })[REGISTRY]?.stats;
  if (stats) stats.onMainThread += 1;
}

/** Starts the worker on the files that the build cache lacks. */
export function compileStudyBodiesAhead(inputs: StudyTextInputs, files: readonly StudyFile[], workers = Math.min(1, spareCores())): StudyBodiesAhead {
  const stats: StudyBodiesStats = { cached: 0, onWorkers: 0, onMainThread: 0, failedOnWorkers: 0 };
  const cache = buildCache(STUDY_BODIES_CACHE);
  // Neither thread keeps the texts: the worker reads each from its file when it comes to it.
  const todo: AheadFile[] = [];
  for (const file of files) {
    const key = studyBodyKey(inputs, file.path, file.text);
    if (cache?.has(key)) stats.cached += 1;
    else todo.push({ path: file.path, key });
  }
  const indexOf = new Map(todo.map((file, index) => [file.key, index]));
  const claims = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * Math.max(1, todo.length)));
  /** What the worker has answered that no page has taken yet (a failure's message, or undefined), and the pages waiting on it. */
  const answered = new Map<number, string | undefined>();
  const waiting = new Map<number, PromiseWithResolvers<void>>();
  let worker: Worker | undefined;
  let stopped = false;

  const settle = (index: number, failure: string | undefined) => {
    const waiter = waiting.get(index);
    if (!waiter) {
      answered.set(index, failure);
      return;
    }
    waiting.delete(index);
    if (failure === undefined) waiter.resolve();
    else waiter.reject(new Error(failure));
    // The worker keeps the build alive only while a page waits on it.
    if (waiting.size === 0) worker?.unref();
  };

  const registry: Registry = {
    stats,
    take(key) {
      const index = indexOf.get(key);
      if (index === undefined || stopped) return undefined;
      const claim = Atomics.compareExchange(claims, index, FREE, PAGE);
      if (claim !== WORKER) return undefined;
      indexOf.delete(key);
      if (answered.has(index)) {
        const failure = answered.get(index);
        answered.delete(index);
        return failure === undefined ? Promise.resolve() : Promise.reject(new Error(failure));
      }
      const waiter = Promise.withResolvers<void>();
      waiting.set(index, waiter);
      worker?.ref();
      return waiter.promise;
    },
  };
  (globalThis as { [REGISTRY]?: Registry })[REGISTRY] = registry;

  const stop = (why?: string) => {
    if (stopped) return;
    stopped = true;
    if (why) stats.failure ??= why;
    for (const [index, waiter] of waiting) {
      waiting.delete(index);
      waiter.reject(new Error(why ?? 'the build stopped the worker'));
    }
    void worker?.terminate();
  };
  const handle: StudyBodiesAhead = {
    stats,
    order(paths) {
      const place = new Map(paths.map((path, index) => [path, index]));
      const order = todo.map((_, index) => index).sort((a, b) => (place.get(todo[a]!.path) ?? -1) - (place.get(todo[b]!.path) ?? -1));
      worker?.postMessage({ order });
    },
    stop: () => stop(),
  };
  if (!cache || todo.length === 0 || workers === 0) return handle;

  const task: AheadTask = { inputs, files: todo, claims, order: todo.map((_, index) => index) };
  worker = new Worker(new URL('./study-body-worker.ts', import.meta.url), { workerData: task, resourceLimits: workerHeap(WORKER_HEAP_MB) });
  worker.unref();
  worker.on('message', (reply: { index: number; failure?: string }) => {
    if (reply.failure === undefined) stats.onWorkers += 1;
    else stats.failedOnWorkers += 1;
    settle(reply.index, reply.failure);
  });
  worker.on('error', (error) => stop(error.message));
  worker.on('exit', (code) => {
    if (!stopped && code !== 0) stop(`exit code ${code}`);
    // A text the worker claimed and never answered is compiled by its page.
    for (const [index, waiter] of waiting) {
      waiting.delete(index);
      waiter.reject(new Error('the worker stopped'));
    }
  });
  return handle;
}
