/**
 * Reads the built pages (`readBuiltPage`: parse, scan, rewrite for the copy, compress) on worker
 * threads, one fewer than the machine's cores, while the main thread reads the files, feeds the
 * search index and writes the archive. The result of a page does not depend on where it was read,
 * so the output is the same with any number of workers; with one core there are none, and the
 * pages are read on the main thread as before.
 */
import { Worker } from 'node:worker_threads';
import { AstroError } from 'astro/errors';
import { readBuiltPage, type BuiltPage, type CopyRewrite } from './built-page.ts';
import { ScriptError } from './download.ts';
import { spareCores } from './spare-cores.ts';
import { workerHeap } from './worker-heap.ts';

export interface PageTask {
  id: number;
  html: Uint8Array;
  path: string;
}

export type PageResult =
  | { id: number; page: BuiltPage; failure?: undefined }
  | { id: number; page?: undefined; failure: { script: boolean; message: string; hint?: string } };


export class BuiltPagePool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, { resolve: (page: BuiltPage) => void; reject: (error: Error) => void; worker: Worker; read: () => BuiltPage }>();
  private next = 0;

  constructor(workers = spareCores()) {
    for (let index = 0; index < workers; index += 1) {
      const worker = new Worker(new URL('./built-page-worker.ts', import.meta.url), { resourceLimits: workerHeap() });
      worker.on('message', (result: PageResult) => this.settle(result));
      worker.on('error', () => this.lose(worker));
      worker.on('exit', () => this.lose(worker));
      this.workers.push(worker);
    }
  }

  /**
   * Reads one page: on the next worker in turn, or here when there are none. A page that fails
   * rejects when its result is awaited, not before (the pages after it are still being read).
   */
  read(html: Buffer, path: string, copy: CopyRewrite | undefined): Promise<BuiltPage> {
    const reading = this.start(html, path, copy);
    reading.catch(() => undefined);
    return reading;
  }

  private start(html: Buffer, path: string, copy: CopyRewrite | undefined): Promise<BuiltPage> {
    const read = () => readBuiltPage(html, path, copy);
    if (this.workers.length === 0) return here(read);
    const id = this.next++;
    const worker = this.workers[id % this.workers.length]!;
    return new Promise<BuiltPage>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, worker, read });
      worker.postMessage({ id, html, path, copy });
    });
  }

  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private settle(result: PageResult): void {
    const waiting = this.waiting.get(result.id);
    if (!waiting) return;
    this.waiting.delete(result.id);
    if (result.page) {
      waiting.resolve(result.page);
      return;
    }
    // The errors a page can raise carry a hint for the reader of the build log: keep both.
    const { script, message, hint } = result.failure;
    waiting.reject(script ? new ScriptError(message, hint) : hint === undefined ? new Error(message) : new AstroError(message, hint));
  }

  /** A worker that stopped (out of memory, say): its pages, and the pages after them, are read here. */
  private lose(worker: Worker): void {
    const at = this.workers.indexOf(worker);
    if (at >= 0) this.workers.splice(at, 1);
    for (const [id, waiting] of this.waiting) {
      if (waiting.worker !== worker) continue;
      this.waiting.delete(id);
      here(waiting.read).then(waiting.resolve, waiting.reject);
    }
  }
}

function here(read: () => BuiltPage): Promise<BuiltPage> {
  try {
    return Promise.resolve(read());
  } catch (error) {
    return Promise.reject(error);
  }
}
