/** The worker of built-page-pool.ts: reads the built pages it is sent (`readBuiltPage`) and sends back what it found. */
import { parentPort } from 'node:worker_threads';
import { readBuiltPage, type CopyRewrite } from './built-page.ts';
import { ScriptError } from './download.ts';
import type { PageTask, PageResult } from './built-page-pool.ts';

parentPort!.on('message', ({ id, html, path, copy }: PageTask & { copy: CopyRewrite | undefined }) => {
  let result: PageResult;
  try {
    result = { id, page: readBuiltPage(Buffer.from(html.buffer, html.byteOffset, html.byteLength), path, copy) };
  } catch (error) {
    const { message, hint } = error as { message?: string; hint?: string };
    result = { id, failure: { script: error instanceof ScriptError, message: String(message ?? error), hint } };
  }
  parentPort!.postMessage(result);
});
