import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { offlinePlan } from '../../src/lib/build/offline.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-offline-'));
const write = (path: string, content: string) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), content);
};
write('index.html', 'home');
write('404.html', 'not found');
write('studies/a/index.html', 'x'.repeat(4000));
write('_astro/site.css', 'body{}');
write('pagefind/pagefind.js', 'js');
write('pagefind/fragment/en_1.pf_fragment', 'f'.repeat(3000));
write('sw.js', 'old worker');
write('offline-0123456789abcdef.json', '{"all":[]}');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('offlinePlan', () => {
  it('lists every built file as a URL under the base, directories as their index, but not the worker or its manifest', () => {
    const plan = offlinePlan(dir, '/atlas/', 1_000_000);
    expect(plan.all).toEqual([
      '/atlas/404.html',
      '/atlas/_astro/site.css',
      '/atlas/',
      '/atlas/pagefind/fragment/en_1.pf_fragment',
      '/atlas/pagefind/pagefind.js',
      '/atlas/studies/a/',
    ]);
    expect(plan.precacheAll).toBe(true);
  });

  it('stores only the shell on install when the site is larger than the limit', () => {
    const plan = offlinePlan(dir, '/', 5_000);
    expect(plan.precacheAll).toBe(false);
    expect(plan.shell).toEqual(['/404.html', '/_astro/site.css', '/', '/pagefind/pagefind.js']);
  });

  it('names the version by the content: the same files give the same version, a change a new one', () => {
    const first = offlinePlan(dir, '/', 1).version;
    expect(offlinePlan(dir, '/', 1).version).toBe(first);
    expect(offlinePlan(dir, '/', 1_000_000).version, 'what else the manifest says changes it too').not.toBe(first);
    expect(offlinePlan(dir, '/atlas/', 1).version).not.toBe(first);
    write('studies/a/index.html', 'changed');
    expect(offlinePlan(dir, '/', 1).version).not.toBe(first);
  });
});
