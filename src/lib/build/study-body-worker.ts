/**
 * The worker of study-bodies-ahead.ts: compiles every text no page has claimed, from the last in
 * the pages' order, into the build cache, and says when each is there (or why not); a new order
 * from the main thread applies from the next text on. It stops when no text is left.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { buildCache } from './build-cache.ts';
import { FREE, STUDY_BODIES_CACHE, WORKER, type AheadTask } from './study-bodies-ahead.ts';
import { studyBodyCompiler, studyBodyKey } from './study-body.ts';

const { inputs, files, claims, order: first } = workerData as AheadTask;
const compile = studyBodyCompiler(inputs);
const cache = buildCache(STUDY_BODIES_CACHE);
let order = first;
parentPort!.on('message', (message: { order: number[] }) => (order = message.order));

for (;;) {
  // A turn of the event loop, for a new order sent meanwhile.
  await new Promise((resolve) => setImmediate(resolve));
  // The last text in the current order that nobody has claimed yet.
  let index: number | undefined;
  for (let i = order.length - 1; i >= 0 && index === undefined; i -= 1) {
    if (Atomics.compareExchange(claims, order[i]!, FREE, WORKER) === FREE) index = order[i];
  }
  if (index === undefined) break;
  const { path, key } = files[index]!;
  try {
    const text = readFileSync(path, 'utf8');
    // A file edited since the build read it is left to its page, which compiles what it reads.
    if (studyBodyKey(inputs, path, text) !== key) throw new Error(`${path} changed while the site was built`);
    // Written before the page is told, which then reads it.
    if (!cache?.set(key, JSON.stringify(await compile(path, text)))) throw new Error('the build cache could not keep the compiled text');
    parentPort!.postMessage({ index });
  } catch (error) {
    parentPort!.postMessage({ index, failure: error instanceof Error ? error.message : String(error) });
  }
}
process.exit(0);
