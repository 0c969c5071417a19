/**
 * The search index of every atlas, queried from Node with Pagefind's own module: it holds
 * exactly the studies and glossary entries, what the reader sees in their articles, and filters
 * whose values are ids (labels are for the search page).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchBundles } from '../../src/lib/search/bundles.ts';
import { builtAtlases } from '../support/atlases.ts';
import { loadPagefind, loadSearchBundles, urlsFor } from '../support/pagefind-node.ts';

describe.each(builtAtlases.filter((b) => b.base === '/').map((b) => [b.name, b] as const))('the search index of the %s', (_name, build) => {
  const { routes, content, atlas } = build;
  const pagefind = loadPagefind(build.dist).then((loaded) => loaded.pagefind);

  it('has one bundle per language of the texts, each with its own word rules, holding the same pages', async () => {
    const expected = searchBundles(atlas.config.languages.known);
    const { bundles } = await loadSearchBundles(build.dist);
    expect(bundles.map((b) => b.language)).toEqual(expected.map((b) => b.language));
    for (const [i, bundle] of expected.entries()) {
      const dir = join(build.dist, bundle.dir);
      const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm: string }> };
      expect(Object.keys(entry.languages), `${bundle.dir} is indexed as ${bundle.language}`).toEqual([bundle.language]);
      // Only the WebAssembly its entry names; the script only in the first, and the others' worker loads the first's.
      expect(readdirSync(dir).filter((name) => name.startsWith('wasm.'))).toEqual([`wasm.${entry.languages[bundle.language]!.wasm}.pagefind`]);
      expect(existsSync(join(dir, 'pagefind.js')), `${bundle.dir} has Pagefind's script`).toBe(i === 0);
      if (i > 0) expect(readFileSync(join(dir, 'pagefind-worker.js'), 'utf8')).toBe('importScripts("../pagefind-worker.js");\n');
      expect(readdirSync(dir).filter((name) => /ui\.|highlight/.test(name))).toEqual([]);
    }
    const pages = await Promise.all(bundles.map(async (b) => (await b.pagefind.search(null, { filters: {} }))!.results.map((r) => r.id.slice(r.id.indexOf('_') + 1)).sort()));
    for (const other of pages.slice(1)) expect(other).toEqual(pages[0]);
  });

  it('indexes only studies and glossary entries (no index pages, search page or 404)', async () => {
    const urls = await urlsFor(await pagefind, null, { filters: {} });
    const expected = [...content.studies.map((s) => routes.study(s.slug)), ...content.glossary.map((g) => routes.glossaryEntry(g.id))];
    expect(urls.sort()).toEqual(expected.sort());
  });

  it('filters by page type, kind, the atlas’s list filters and period, by id', async () => {
    const filters = await (await pagefind).filters();
    expect(filters.type).toEqual({ study: content.studies.length, glossary: content.glossary.length });
    const kinds = new Set([...content.studies.map((s) => s.data.kind), ...content.glossary.map((g) => g.data.kind)]);
    expect(Object.keys(filters.kind ?? {}).sort()).toEqual([...kinds].sort());
    for (const list of atlas.config.studies.glossaryLists) {
      if (!list.filter) continue;
      const ids = new Set(content.studies.flatMap((s) => s.data.lists[list.field] ?? []));
      expect(Object.keys(filters[list.filter.name] ?? {}).sort(), list.filter.name).toEqual([...ids].sort());
    }
  });

  it('narrows by a filter: the first study’s kind finds that study', async () => {
    const study = content.studies[0]!;
    const urls = await urlsFor(await pagefind, null, { filters: { kind: study.data.kind } });
    expect(urls).toContain(routes.study(study.slug));
  });

  it('finds every study by words of its own title, and never the chrome around the article', async () => {
    const search = await (await pagefind).search(null, { filters: { type: 'study' } });
    const pages = await Promise.all(search!.results.map((result) => result.data()));
    for (const page of pages) {
      for (const chrome of ['Skip to main content', 'Code licensed under', 'plain text as received', 'About the source']) {
        expect(page.content, `${page.url}: ${chrome}`).not.toContain(chrome);
      }
    }
    for (const study of content.studies) {
      const title = study.data.title[build.locale] ?? Object.values(study.data.title)[0]!;
      const words = title.split(/\s+/).filter((word) => /^[\p{L}]{6,}$/u.test(word)).slice(0, 2).join(' ');
      expect(await urlsFor(await pagefind, words), `${study.slug}: "${words}"`).toContain(routes.study(study.slug));
    }
  });

  it('answers odd queries without error and finds nothing for a word the atlas does not contain', async () => {
    for (const query of ['', 'a'.repeat(10_000), '.*+?^${}()|[]\\', '<script>alert(1)</script>']) {
      await expect((await pagefind).search(query)).resolves.not.toThrow;
    }
    expect(await urlsFor(await pagefind, 'zzzqqqxxx')).toEqual([]);
  });
});
