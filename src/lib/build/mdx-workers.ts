/**
 * Compiles the MDX files on worker threads (one fewer than the cores), while Vite and the main
 * thread go on with the rest of the build. Each worker makes the same renderer as the main
 * thread from the same plain data (src/lib/build/markdown-pipeline.ts) and the settings Astro
 * gave the main thread's; before any file is taken from a worker, the first file is compiled in
 * both places and the two results compared, and if they differ in any byte the build compiles
 * everything on the main thread and says so. A compile error comes back with its file, line and
 * column, as it would have been thrown here.
 */
import { Worker } from 'node:worker_threads';
import type { markdownProcessor, MarkdownInputs } from './markdown-pipeline.ts';
import { spareCores } from './spare-cores.ts';
import { workerHeap } from './worker-heap.ts';

type Processor = ReturnType<typeof markdownProcessor>;
type CreateRenderer = NonNullable<Processor['createMdxRenderer']>;
type Renderer = Awaited<ReturnType<CreateRenderer>>;
type Shared = Parameters<CreateRenderer>[0];
type MdxSettings = Parameters<CreateRenderer>[1];
type Compiled = Awaited<ReturnType<Renderer['process']>>;

/** The renderer's settings as a worker receives them (`srcDir` as its URL's text). */
export interface RendererSettings {
  shared: Shared;
  mdx: Omit<MdxSettings, 'srcDir'> & { srcDir?: string };
}

export interface CompileTask {
  id: number;
  content: string;
  filePath: string;
  frontmatter: Record<string, unknown>;
}

export type CompileFailure = Record<string, unknown>;
export type CompileResult = { id: number; result: Compiled; failure?: undefined } | { id: number; result?: undefined; failure: CompileFailure };

export interface MdxWorkerStats {
  /** Files compiled on a worker thread. */
  onWorkers: number;
  /** Why the build compiled on the main thread only, when it did. */
  notUsed?: string;
}

/** The processor, and how to stop its workers once a Vite build has compiled its files. */
export type ProcessorOnWorkers = Processor & {
  /**
   * Stops the workers of the last renderer once they have sent back every file: for a Vite
   * plugin's `buildEnd`, where `@astrojs/mdx` drops its renderer too (the next build asks for
   * another). Otherwise an idle worker, with its compiler loaded, would hold its memory while the
   * pages render and the after-build pass runs.
   */
  stopWorkers: () => void;
};

/**
 * Makes `processor` compile its MDX on worker threads once `enabled()` says so (when building,
 * not in the dev server). With one core, or `workers` 0, it is left as it is.
 */
export function compileOnWorkers(processor: Processor, inputs: MarkdownInputs, stats: MdxWorkerStats, enabled: () => boolean, workers = spareCores()): ProcessorOnWorkers {
  const create = processor.createMdxRenderer;
  /** Astro asks for a renderer in each of its Vite builds: the workers of the one before are stopped. */
  let previous: WorkerPool | undefined;
  const stopWorkers = () => {
    previous?.closeWhenIdle();
    previous = undefined;
  };
  if (workers === 0 || !create) return Object.assign(processor, { stopWorkers });
  const createHere = create.bind(processor);
  processor.createMdxRenderer = async (shared, mdx) => {
    const here = await createHere(shared, mdx);
    if (!enabled()) return here;
    stopWorkers();
    let pool: WorkerPool;
    try {
      pool = previous = new WorkerPool(workers, { inputs, shared, mdx: { ...mdx, srcDir: mdx.srcDir === undefined ? undefined : String(mdx.srcDir) } });
    } catch (error) {
      stats.notUsed = `the workers could not be started (${error instanceof Error ? error.message : String(error)})`;
      return here;
    }
    let agreed: Promise<boolean> | undefined;
    return {
      async process(content, filePath, frontmatter) {
        if (!agreed) {
          const first = here.process(content, filePath, frontmatter);
          agreed = Promise.all([first, pool.compile({ content, filePath, frontmatter })]).then(
            ([mine, theirs]) => {
              if (JSON.stringify(mine) === JSON.stringify(theirs)) return true;
              stats.notUsed = `a worker compiled ${filePath} differently from the main thread`;
              return false;
            },
            (error: unknown) => {
              stats.notUsed = `a worker failed on ${filePath} (${error instanceof Error ? error.message : String(error)})`;
              return false;
            },
          );
          const ok = await agreed;
          if (!ok) void pool.close();
          return first;
        }
        if (!(await agreed)) return here.process(content, filePath, frontmatter);
        try {
          const compiled = await pool.compile({ content, filePath, frontmatter });
          stats.onWorkers += 1;
          return compiled;
        } catch (error) {
          if (!(error instanceof WorkerGone)) throw error;
          // A worker that stopped (out of memory, say) leaves its files to the main thread.
          stats.notUsed ??= `a worker stopped (${error.message}); the files after it were compiled on the main thread`;
          return here.process(content, filePath, frontmatter);
        }
      },
    };
  };
  return Object.assign(processor, { stopWorkers });
}

/** A worker stopped before it answered: not a compile error. */
class WorkerGone extends Error {}

interface Slot {
  worker: Worker;
  /** Files sent to it and not yet back. */
  busy: number;
  gone: boolean;
}

class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting = new Map<number, { resolve: (result: Compiled) => void; reject: (error: Error) => void; slot: Slot }>();
  private next = 0;
  private closing = false;

  constructor(count: number, settings: { inputs: MarkdownInputs } & RendererSettings) {
    for (let index = 0; index < count; index += 1) {
      const worker = new Worker(new URL('./mdx-worker.ts', import.meta.url), { workerData: settings, resourceLimits: workerHeap() });
      // A worker keeps the build alive only while it has files to compile.
      worker.unref();
      const slot: Slot = { worker, busy: 0, gone: false };
      worker.on('message', (reply: CompileResult) => this.settle(slot, reply));
      worker.on('error', (error) => this.lose(slot, error.message));
      worker.on('exit', (code) => this.lose(slot, `exit code ${code}`));
      this.slots.push(slot);
    }
  }

  /** Compiles one file on the least busy worker; rejects with `WorkerGone` when none is left. */
  compile(task: Omit<CompileTask, 'id'>): Promise<Compiled> {
    const live = this.slots.filter((slot) => !slot.gone);
    if (live.length === 0) return Promise.reject(new WorkerGone('no worker is left'));
    const slot = live.reduce((best, candidate) => (candidate.busy < best.busy ? candidate : best));
    const id = this.next++;
    if (slot.busy++ === 0) slot.worker.ref();
    return new Promise<Compiled>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, slot });
      slot.worker.postMessage({ ...task, id } satisfies CompileTask);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map(({ worker }) => worker.terminate()));
  }

  /** Stops the workers once every file sent to them has come back. */
  closeWhenIdle(): void {
    this.closing = true;
    if (this.waiting.size === 0) void this.close();
  }

  private settle(slot: Slot, reply: CompileResult): void {
    if (--slot.busy === 0) slot.worker.unref();
    const waiting = this.waiting.get(reply.id);
    if (!waiting) return;
    this.waiting.delete(reply.id);
    if (reply.failure) waiting.reject(Object.assign(new Error(String(reply.failure.message ?? reply.failure.reason)), reply.failure));
    else waiting.resolve(reply.result);
    if (this.closing && this.waiting.size === 0) void this.close();
  }

  private lose(slot: Slot, why: string): void {
    slot.gone = true;
    for (const [id, waiting] of this.waiting) {
      if (waiting.slot !== slot) continue;
      this.waiting.delete(id);
      waiting.reject(new WorkerGone(why));
    }
  }
}
