/** Every build has its service worker (with its manifest listing every page) and its downloadable copy (with the pages and search). */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { archiveName } from '../../src/lib/build/download-name.ts';
import { notCached, type OfflinePlan } from '../../src/lib/build/offline.ts';
import { isOfflineManifestFile } from '../../src/lib/util/output-files.ts';
import { outputFileOf, sitePathOf, withBase } from '../../src/lib/util/paths.ts';
import { walkFiles } from '../../src/lib/util/walk-files.ts';
import { builtAtlases, under } from '../support/atlases.ts';

describe.each(builtAtlases.map((b) => [b.name, b] as const))('offline reading and the download of the %s', (_name, build) => {
  const { routes, content, atlas } = build;

  it('has a small service worker naming its manifest, which exists and lists every built page and file under the base', () => {
    const worker = readFileSync(join(build.dist, 'sw.js'), 'utf8');
    expect(Buffer.byteLength(worker)).toBeLessThanOrEqual(30 * 1024);
    const name = /offline-[0-9a-f]+\.json/.exec(worker)?.[0];
    expect(name, 'sw.js names its manifest').toBeDefined();
    expect(worker).toContain(`"${under(build, `/${name}`)}"`);
    const built = walkFiles(build.dist).map((file) => relative(build.dist, file).split(sep).join('/'));
    expect(built.filter(isOfflineManifestFile)).toEqual([name]);
    const manifest = JSON.parse(readFileSync(join(build.dist, name!), 'utf8')) as OfflinePlan;
    expect(name).toBe(`offline-${manifest.version}.json`);
    expect(worker).toContain(`"atlas-${manifest.version}"`);

    const pages = built.filter((path) => path.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(content.studies.length);
    for (const page of pages) expect(manifest.all, page).toContain(withBase(build.base, sitePathOf(page)));
    for (const study of content.studies) expect(manifest.all).toContain(under(build, routes.study(study.slug)));
    for (const entry of content.glossary) expect(manifest.all).toContain(under(build, routes.glossaryEntry(entry.id)));
    expect([...manifest.all].sort()).toEqual(built.filter((path) => !notCached(path)).map((path) => withBase(build.base, sitePathOf(path))).sort());
    expect(manifest.all.filter((url) => url.includes('/downloads/') || url.endsWith('/sw.js') || isOfflineManifestFile(url.split('/').pop()!))).toEqual([]);
    expect(manifest.shell).toContain(under(build, '/'));
    expect(manifest.totalBytes).toBeGreaterThan(0);
  });

  it('has a downloadable copy with every page as a file, the classic search and a read-me in the atlas’s words', () => {
    const zip = join(build.dist, 'downloads', archiveName(atlas.config));
    expect(existsSync(zip)).toBe(true);
    const files = unzipSync(readFileSync(zip));
    const top = archiveName(atlas.config).replace(/\.zip$/, '');
    for (const study of content.studies) expect(Object.keys(files)).toContain(`${top}/${outputFileOf(routes.study(study.slug))}`);
    for (const name of ['index.html', '_search/search-ui.classic.js', '_search/pagefind.classic.js', '_search/pagefind-data.js', 'README.txt']) {
      expect(Object.keys(files), name).toContain(`${top}/${name}`);
    }
    expect(Object.keys(files).filter((name) => name === `${top}/sw.js` || isOfflineManifestFile(name.slice(top.length + 1)))).toEqual([]);
    const readme = new TextDecoder().decode(files[`${top}/README.txt`]);
    expect(readme).toContain(build.title);
    expect(readme).toContain(Object.values(atlas.config.prose.downloadReadme)[0]!.split('\n')[0]);
    const home = new TextDecoder().decode(files[`${top}/index.html`]);
    expect(home).toContain('data-atlas-root="./"');
    expect(home).not.toContain('data-atlas-script="offline-status"');
  });
});
