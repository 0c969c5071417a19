/** The worker of study-bodies-ahead.ts: compiles each study text it is sent into the build cache and sends it back. */
import { parentPort, workerData } from 'node:worker_threads';
import { buildCache } from './build-cache.ts';
import type { MarkdownInputs } from './markdown-pipeline.ts';
import { STUDY_BODIES_CACHE } from './study-bodies-ahead.ts';
import { studyBodyCompiler } from './study-body.ts';

const { inputs } = workerData as { inputs: MarkdownInputs };
const compile = studyBodyCompiler(inputs);
const cache = buildCache(STUDY_BODIES_CACHE);

parentPort!.on('message', async ({ path, text, key }: { path: string; text: string; key: string }) => {
  try {
    const json = JSON.stringify(await compile(path, text));
    cache?.set(key, json);
    parentPort!.postMessage({ key, json });
  } catch (error) {
    parentPort!.postMessage({ key, failure: error instanceof Error ? error.message : String(error) });
  }
});
