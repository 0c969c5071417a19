/**
 * Compiles the study texts (`study-body.ts`) on worker threads from the start of a build, while
 * the main thread syncs the content, bundles the pages and renders them. Each result goes to the
 * build cache, where a study page looks first.
 *
 * The files come in the order their pages render; the workers take them from the last, and a
 * page compiles on its own thread a text they have not reached (which then leaves their queue),
 * so that once rendering starts both threads compile, from either end. The page never depends on
 * the workers: it takes a text they have started or finished (`takeStudyBodyAhead`), and
 * compiles itself one they failed on, so a compile error is reported by the page with its file
 * and line as without them.
 */
import { Worker } from 'node:worker_threads';
import { buildCache } from './build-cache.ts';
import type { MarkdownInputs } from './markdown-pipeline.ts';
import { spareCores } from './spare-cores.ts';
import { studyBodyKey } from './study-body.ts';

/** The build cache's folder of compiled study texts. */
export const STUDY_BODIES_CACHE = 'study-bodies';

/** The channel between this module (loaded by the Astro configuration) and the page code Vite bundles: one process, two module graphs. */
const REGISTRY = Symbol.for('atlas:study-bodies-ahead');

interface Registry {
  take(key: string): Promise<string> | undefined;
}

export interface StudyBodiesStats {
  /** Texts already in the build cache. */
  cached: number;
  /** Texts the workers compiled. */
  onWorkers: number;
  /** Texts a page compiled itself (the workers had not reached them, or failed on them). */
  onMainThread: number;
  /** Why a worker stopped, if one did. */
  failure?: string;
}

export interface StudyFile {
  path: string;
  text: string;
}

/** The compiled text the workers have for `key` (as JSON), once; undefined when a page must compile it. */
export function takeStudyBodyAhead(key: string): Promise<string> | undefined {
  return (globalThis as { [REGISTRY]?: Registry })[REGISTRY]?.take(key);
}

/** Counts a text a page compiled itself. */
export function countStudyBodyHere(): void {
  const stats = (globalThis as { [REGISTRY]?: { stats: StudyBodiesStats } })[REGISTRY]?.stats;
  if (stats) stats.onMainThread += 1;
}

/** Starts the workers on the files (in the order their pages render) that the build cache lacks, from the last. */
export function compileStudyBodiesAhead(inputs: MarkdownInputs, files: readonly StudyFile[], workers = spareCores()): StudyBodiesStats {
  const stats: StudyBodiesStats = { cached: 0, onWorkers: 0, onMainThread: 0 };
  const cache = buildCache(STUDY_BODIES_CACHE);
  const queue: (StudyFile & { key: string })[] = [];
  for (const file of files) {
    const key = studyBodyKey(inputs, file.path, file.text);
    if (cache?.has(key)) stats.cached += 1;
    else queue.push({ ...file, key });
  }
  /** Texts sent to a worker: the promise of each, until a page takes it. */
  const sent = new Map<string, Promise<string>>();
  /** How to settle each text a worker has not answered yet (a page may have taken it already). */
  const unanswered = new Map<string, Pick<PromiseWithResolvers<string>, 'resolve' | 'reject'>>();
  const queued = new Set(queue.map((file) => file.key));
  const registry: Registry & { stats: StudyBodiesStats } = {
    stats,
    take(key) {
      if (queued.delete(key)) return undefined;
      const promise = sent.get(key);
      sent.delete(key);
      return promise;
    },
  };
  (globalThis as { [REGISTRY]?: Registry })[REGISTRY] = registry;
  if (!cache || queue.length === 0 || workers === 0) return stats;

  const next = (worker: Worker) => {
    let file = queue.pop();
    while (file && !queued.has(file.key)) file = queue.pop();
    if (!file) {
      done.add(worker);
      void worker.terminate();
      return;
    }
    queued.delete(file.key);
    const { promise, resolve, reject } = Promise.withResolvers<string>();
    // A page that takes a failed text compiles it itself; nobody else waits on the promise.
    promise.catch(() => undefined);
    sent.set(file.key, promise);
    unanswered.set(file.key, { resolve, reject });
    current.set(worker, file.key);
    // A worker keeps the build alive only while a page may wait on it.
    worker.ref();
    worker.postMessage(file);
  };
  const current = new Map<Worker, string>();
  /** Workers stopped because the queue is empty. */
  const done = new Set<Worker>();
  for (let index = 0; index < Math.min(workers, queue.length); index += 1) {
    const worker = new Worker(new URL('./study-body-worker.ts', import.meta.url), { workerData: { inputs } });
    worker.on('message', (reply: { key: string; json?: string; failure?: string }) => {
      const entry = unanswered.get(reply.key);
      unanswered.delete(reply.key);
      if (reply.json !== undefined) {
        stats.onWorkers += 1;
        entry?.resolve(reply.json);
      } else entry?.reject(new Error(reply.failure));
      current.delete(worker);
      worker.unref();
      next(worker);
    });
    const lose = (why: string) => {
      stats.failure ??= why;
      const key = current.get(worker);
      if (key !== undefined) unanswered.get(key)?.reject(new Error(why));
      if (key !== undefined) unanswered.delete(key);
      current.delete(worker);
    };
    worker.on('error', (error) => lose(error.message));
    worker.on('exit', (code) => !done.has(worker) && lose(`exit code ${code}`));
    // The build does not wait for the workers: what they have not done, the pages do.
    worker.unref();
    next(worker);
  }
  return stats;
}
