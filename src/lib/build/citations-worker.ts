/**
 * The worker of citations-ahead.ts: formats each item (into the build cache too) and sends it
 * back. An item a page is waiting for goes next: the page's requests are read between two items.
 */
import { parentPort, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { citations, type CslItem } from '../util/citation.ts';

export interface CitationsTask {
  items: CslItem[];
  locales: string[];
  /** Indexes of the items pages are waiting for. */
  requests: MessagePort;
}

export type CitationsReply = { index: number; citations: ReturnType<typeof citations>; failure?: undefined } | { index: number; citations?: undefined; failure: string };

const { items, locales, requests } = workerData as CitationsTask;
const done = new Uint8Array(items.length);

function formatItem(index: number): void {
  if (done[index]) return;
  done[index] = 1;
  let reply: CitationsReply;
  try {
    reply = { index, citations: citations(items[index]!, locales) };
  } catch (error) {
    // Its page formats it again and reports what is wrong.
    reply = { index, failure: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
}

for (let index = 0; index < items.length; index += 1) {
  for (let asked = receiveMessageOnPort(requests); asked; asked = receiveMessageOnPort(requests)) formatItem(asked.message as number);
  formatItem(index);
}
requests.close();
