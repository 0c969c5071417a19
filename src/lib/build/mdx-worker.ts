/** The worker of mdx-workers.ts: makes the atlas's MDX renderer from plain data and compiles the files it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { markdownProcessor, type MarkdownInputs } from './markdown-pipeline.ts';
import type { CompileFailure, CompileResult, CompileTask, RendererSettings } from './mdx-workers.ts';

const { inputs, shared, mdx } = workerData as { inputs: MarkdownInputs } & RendererSettings;
const renderer = markdownProcessor(inputs).createMdxRenderer!(shared, { ...mdx, srcDir: mdx.srcDir === undefined ? undefined : new URL(mdx.srcDir) });

/** What the compiler's errors carry (vfile messages: the file, line and column of the problem). */
const ERROR_FIELDS = ['name', 'message', 'stack', 'reason', 'line', 'column', 'place', 'ruleId', 'source', 'file', 'fatal', 'url', 'note', 'hint'] as const;

parentPort!.on('message', async ({ id, content, filePath, frontmatter }: CompileTask) => {
  let reply: CompileResult;
  try {
    reply = { id, result: await (await renderer).process(content, filePath, frontmatter) };
  } catch (error) {
    const failure: CompileFailure = {};
    for (const field of ERROR_FIELDS) {
      const value = (error as Record<string, unknown>)[field];
      if (value !== undefined) failure[field] = structuredClone(value);
    }
    reply = { id, failure };
  }
  parentPort!.postMessage(reply);
});
