/**
 * The worker of citations-ahead.ts: formats the items one citation locale at a time, letting each
 * locale's engine go before the next is made (an engine holds about a hundred megabytes), and
 * sends each item back (and into the build cache) once it is formatted in every locale. An item a
 * page is waiting for is finished next, in every locale it lacks: the page's requests are read
 * between two items.
 */
import { parentPort, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { apaEngines, apaText, citationEntry, citationsKey, citationsOf, keepCitations, keptCitations, type CitationEntry, type Citations, type CslItem } from '../util/citation.ts';

export interface CitationsTask {
  items: CslItem[];
  locales: string[];
  /** Indexes of the items pages are waiting for. */
  requests: MessagePort;
}

export type CitationsReply =
  | { index: number; citations: Citations; failure?: undefined }
  | { index: number; citations?: undefined; failure: string }
  /** Sent last: the most engines the worker held at once. */
  | { index?: undefined; mostEngines: number };

const { items, locales, requests } = workerData as CitationsTask;
const engines = apaEngines();
/** Each item's entry and APA references while it is being formatted; undefined once sent. */
const pending: ({ key: string; entry: CitationEntry; apa: string[] } | undefined)[] = [];

let mostEngines = 0;
const send = (reply: CitationsReply) => parentPort!.postMessage(reply);

/** Formats item `index` in the locales `from` to `to` (exclusive); sends it when it has them all. */
function formatItem(index: number, from: number, to: number): void {
  const state = pending[index];
  if (!state) return;
  try {
    for (let locale = from; locale < to; locale += 1) {
      state.apa[locale] ??= apaText(state.entry, locales[locale]!, engines);
      mostEngines = Math.max(mostEngines, engines.size);
    }
    if (state.apa.length < locales.length) return;
    const result = citationsOf(state.entry, state.apa, locales);
    keepCitations(state.key, result);
    send({ index, citations: result });
  } catch (error) {
    // Its page formats it again and reports what is wrong.
    send({ index, failure: error instanceof Error ? error.message : String(error) });
  }
  pending[index] = undefined;
}

items.forEach((item, index) => {
  const key = citationsKey(item, locales);
  const kept = keptCitations(key);
  if (kept) send({ index, citations: kept });
  else {
    try {
      pending[index] = { key, entry: citationEntry(item), apa: [] };
    } catch (error) {
      send({ index, failure: error instanceof Error ? error.message : String(error) });
    }
  }
});

for (let locale = 0; locale < locales.length; locale += 1) {
  for (let index = 0; index < items.length; index += 1) {
    for (let asked = receiveMessageOnPort(requests); asked; asked = receiveMessageOnPort(requests)) formatItem(asked.message as number, 0, locales.length);
    formatItem(index, locale, locale + 1);
  }
  engines.release(locales[locale]!);
}
send({ mostEngines });
requests.close();
