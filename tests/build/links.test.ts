/** Every internal link and fragment of every build resolves, at `/` and under a project base path. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks, htmlFiles } from '../../src/lib/checks/link-check.ts';
import { builtAtlases } from '../support/atlases.ts';
import { basePath, dist, distBase } from '../support/site.ts';

describe.each(builtAtlases.map((b) => [b.name, b] as const))('links of the %s', (_name, build) => {
  const report = checkLinks(build.dist, build.base, build.site);
  const { config } = build.atlas;

  it('all resolve to a file, and every #fragment to an id', () => {
    expect(report.problems).toEqual([]);
    expect(report.checked).toBeGreaterThan(40);
  });

  it('link to no other site but the code licence and the repository', () => {
    expect(report.external).toEqual([config.codeLicence.url, ...(config.repositoryUrl ? [config.repositoryUrl] : [])].sort());
  });
});

describe('the base path build', () => {
  it('puts every internal URL under the base, stylesheets included', () => {
    for (const file of htmlFiles(distBase)) {
      const source = readFileSync(file, 'utf8');
      const urls = [...source.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!);
      expect(urls.length, file).toBeGreaterThan(0);
      for (const url of urls) expect(url.startsWith(basePath), `${file}: ${url}`).toBe(true);
    }
  });

  it('builds the same pages as the root build', () => {
    const pages = (dir: string) => htmlFiles(dir).map((f) => f.slice(dir.length));
    expect(pages(distBase)).toEqual(pages(dist));
    expect(readFileSync(join(distBase, 'index.html'), 'utf8')).toContain(`href="${basePath}studies/"`);
  });
});
