/**
 * Built pages are read on worker threads: what a worker gives back must be what the main thread
 * would have found (links, ids, the compressed page of the copy), and a page the copy cannot take
 * must still stop the build with its own error and hint.
 */
import type { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { BuiltPagePool } from '../../src/lib/build/built-page-pool.ts';
import { readBuiltPage, type CopyRewrite } from '../../src/lib/build/built-page.ts';
import { ScriptError } from '../../src/lib/build/download.ts';

const copy: CopyRewrite = {
  base: '/atlas/',
  classic: { loader: 'loader();', termPreview: 'preview();', studyFilter: 'filter();', copyButtons: 'copy();' },
  searchPage: '_search/search-page.js',
};

const page = (n: number) =>
  Buffer.from(
    `<!doctype html><html lang="en"><head><title>Page ${n}</title><script type="module" data-atlas-script="search-loader">import("/atlas/search/");</script></head>` +
      `<body><main id="main"><h1 id="h-${n}">Page ${n}</h1><p id="p-${n}"><a href="/atlas/studies/s-${n}/#p-3">study ${n}</a> <a href="#h-${n}">top</a> <a href="https://example.org/">out</a></p>` +
      `<a data-web-only href="/atlas/downloads/x.zip">download</a></main></body></html>`,
  );

let pool: BuiltPagePool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('reading built pages on worker threads', () => {
  it.each([0, 1, 2])('gives with %i workers what the main thread finds, page by page', async (workers) => {
    pool = new BuiltPagePool(workers);
    const paths = Array.from({ length: 12 }, (_, n) => `studies/s-${n}/index.html`);
    const read = await Promise.all(paths.map((path, n) => pool!.read(page(n), path, n % 3 === 0 ? undefined : copy)));
    read.forEach((result, n) => {
      const here = readBuiltPage(page(n), paths[n]!, n % 3 === 0 ? undefined : copy);
      expect(result.scan.links).toEqual(here.scan.links);
      expect([...result.scan.ids]).toEqual([...here.scan.ids]);
      expect(result.scan.links).toContain(`/atlas/studies/s-${n}/#p-3`);
      if (n % 3 === 0) {
        expect(result.entry).toBeUndefined();
      } else {
        expect(result.entry!.crc).toBe(here.entry!.crc);
        expect(result.entry!.size).toBe(here.entry!.size);
        expect(Buffer.from(result.entry!.deflated).equals(Buffer.from(here.entry!.deflated))).toBe(true);
      }
    });
  });

  it('rejects a page with an unknown script with the copy’s error and hint, and goes on with the others', async () => {
    pool = new BuiltPagePool(1);
    const bad = Buffer.from('<html><body><script>alert(1)</script></body></html>');
    const failing = pool.read(bad, 'studies/bad/index.html', copy);
    const after = pool.read(page(1), 'studies/s-1/index.html', copy);
    const error = await failing.then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(ScriptError);
    expect((error as ScriptError).message).toContain('studies/bad/index.html has a script without a known data-atlas-script marker');
    expect((error as ScriptError).hint).toContain('data-atlas-script');
    expect((await after).scan.links).toContain('/atlas/studies/s-1/#p-3');
  });

  it('reads a stopped worker’s pages, and the pages after them, on the main thread', async () => {
    pool = new BuiltPagePool(1);
    const [worker] = (pool as unknown as { workers: Worker[] }).workers;
    const waiting = pool.read(page(1), 'studies/s-1/index.html', copy);
    await worker!.terminate();
    const after = pool.read(page(2), 'studies/s-2/index.html', copy);
    expect((await waiting).scan.links).toContain('/atlas/studies/s-1/#p-3');
    expect((await after).scan.links).toContain('/atlas/studies/s-2/#p-3');
    expect((pool as unknown as { workers: Worker[] }).workers).toHaveLength(0);
  });
});
