/** Writing the search bundles with Pagefind: which pages are sent to it, and what each bundle then holds. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeSearchIndexes, createSearchIndexes } from '../../src/lib/build/search-index.ts';
import { searchBundles } from '../../src/lib/search/bundles.ts';

const page = (title: string, marked: boolean) =>
  `<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body><nav>Menu</nav><main${marked ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>Words about ${title}.</p></main></body></html>`;

const pageCount = (dir: string) => (JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }).languages;

const outDirs: string[] = [];
afterAll(async () => {
  await closeSearchIndexes();
  for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

describe('createSearchIndexes', () => {
  it('sends only the pages that mark what the search indexes, once one does, and never reads the others', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'search-index-'));
    outDirs.push(outDir);
    const bundles = searchBundles(['en', 'id']);
    const indexes = await createSearchIndexes(bundles, []);
    const read: string[] = [];
    const add = (url: string, marked: boolean) =>
      indexes.add(
        url,
        () => {
          read.push(url);
          return page(url, marked);
        },
        marked,
      );
    add('/compare/', false);
    add('/studies/a/', true);
    add('/studies/b/', true);
    expect(await indexes.write(outDir)).toEqual([]);
    expect(read).toEqual(['/studies/a/', '/studies/b/']);
    expect(indexes.pages).toBe(2);
    // Both bundles hold the two marked pages, each with its own language's word rules.
    expect(pageCount(join(outDir, bundles[0]!.dir))).toEqual({ en: expect.objectContaining({ page_count: 2 }) });
    expect(pageCount(join(outDir, bundles[1]!.dir))).toEqual({ id: expect.objectContaining({ page_count: 2 }) });
    expect(readdirSync(join(outDir, bundles[1]!.dir))).toContain('pagefind-worker.js');
  });

  it('sends every page when none marks what the search indexes, as Pagefind then indexes whole pages', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'search-index-'));
    outDirs.push(outDir);
    const bundles = searchBundles(['en']);
    const indexes = await createSearchIndexes(bundles, []);
    indexes.add('/a/', () => page('a', false), false);
    indexes.add('/b/', () => page('b', false), false);
    expect(await indexes.write(outDir)).toEqual([]);
    expect(indexes.pages).toBe(2);
    expect(pageCount(join(outDir, bundles[0]!.dir))).toEqual({ en: expect.objectContaining({ page_count: 2 }) });
  });

  it("stores a page's sections in its fragment, not its passages' text a second time", async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'search-index-'));
    outDirs.push(outDir);
    const bundles = searchBundles(['en']);
    const indexes = await createSearchIndexes(bundles, []);
    const html =
      '<!DOCTYPE html><html lang="en"><head><title>A study</title></head><body><main data-pagefind-body><h1>A study</h1>' +
      '<h2 id="findings">Findings</h2><p id="p-1">Victims were trafficked<sup><a id="note-1-p-1" href="#note-1">1</a></sup> abroad.</p>' +
      '<p id="p-2">Recruiters promised work.</p></main></body></html>';
    indexes.add('/studies/a/', () => html, true);
    expect(await indexes.write(outDir)).toEqual([]);
    const dir = join(outDir, bundles[0]!.dir, 'fragment');
    const [file] = readdirSync(dir);
    // A fragment is gzip: a 12-byte signature, then the page's data as JSON.
    const fragment = JSON.parse(gunzipSync(readFileSync(join(dir, file!))).subarray(12).toString('utf8')) as {
      content: string;
      anchors: { element: string; id: string; text: string }[];
    };
    expect(fragment.anchors.map((a) => [a.element, a.id])).toEqual([
      ['h2', 'findings'],
      ['a', 'note-1-p-1'],
    ]);
    // The words are those of the page as published: the note's number stays apart from the word before it.
    expect(fragment.content).toContain('Victims were trafficked 1 abroad. Recruiters promised work.');
  });

  it('holds back the pass while the bundles have many pages to index, and lets it go on once they catch up', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'search-index-'));
    outDirs.push(outDir);
    const bundles = searchBundles(['en']);
    const indexes = await createSearchIndexes(bundles, []);
    await indexes.room();
    for (let n = 0; n < 40; n += 1) indexes.add(`/studies/s${n}/`, () => page(`s${n}`, true), true);
    let resumed = false;
    const room = indexes.room().then(() => (resumed = true));
    await Promise.resolve();
    // Pagefind answers from its process: 40 pages sent at once are more than the bundle takes in flight.
    expect(resumed).toBe(false);
    await room;
    expect(resumed).toBe(true);
    expect(await indexes.write(outDir)).toEqual([]);
    expect(pageCount(join(outDir, bundles[0]!.dir))).toEqual({ en: expect.objectContaining({ page_count: 40 }) });
  });
});
