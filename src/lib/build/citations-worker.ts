/** The worker of citations-ahead.ts: formats each item (its results go to the build cache) and reports how many it has done. */
import { parentPort, workerData } from 'node:worker_threads';
import { citations, type CslItem } from '../util/citation.ts';

const { items, locales } = workerData as { items: CslItem[]; locales: string[] };
items.forEach((item, index) => {
  citations(item, locales);
  parentPort!.postMessage(index + 1);
});
