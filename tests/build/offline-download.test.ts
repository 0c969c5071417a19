/** Every build has its service worker (listing every page) and its downloadable copy (with the pages and search). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { archiveName } from '../../src/lib/build/download-name.ts';
import { outputFileOf } from '../../src/lib/util/paths.ts';
import { builtAtlases, under } from '../support/atlases.ts';

describe.each(builtAtlases.map((b) => [b.name, b] as const))('offline reading and the download of the %s', (_name, build) => {
  const { routes, content, atlas } = build;

  it('has a service worker that lists every study and glossary page under the base', () => {
    const worker = readFileSync(join(build.dist, 'sw.js'), 'utf8');
    for (const study of content.studies) expect(worker).toContain(`"${under(build, routes.study(study.slug))}"`);
    for (const entry of content.glossary) expect(worker).toContain(`"${under(build, routes.glossaryEntry(entry.id))}"`);
    expect(worker).not.toContain('downloads/');
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
    const readme = new TextDecoder().decode(files[`${top}/README.txt`]);
    expect(readme).toContain(build.title);
    expect(readme).toContain(Object.values(atlas.config.prose.downloadReadme)[0]!.split('\n')[0]);
    const home = new TextDecoder().decode(files[`${top}/index.html`]);
    expect(home).toContain('data-atlas-root="./"');
    expect(home).not.toContain('data-atlas-script="offline-status"');
  });
});
