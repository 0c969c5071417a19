import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks, duplicateIds } from '../../src/lib/checks/link-check.ts';

const site = resolve(import.meta.dirname, '../fixtures/links/site');

describe('link check', () => {
  const report = checkLinks(site, '/atlas/');

  it('reports broken pages, broken fragments and links that leave the base path', () => {
    expect(report.problems).toEqual([
      { page: 'index.html', link: '/atlas/missing/', reason: 'no such file in the built site', suggestion: '/atlas/guide/' },
      {
        page: 'index.html',
        link: '/atlas/guide/#no-such-part',
        reason: 'no element with id "no-such-part" on guide/index.html',
        suggestion: '#part-2',
      },
      { page: 'index.html', link: '/elsewhere/', reason: 'leaves the base path /atlas/' },
      { page: 'index.html', link: '../outside/', reason: 'leaves the base path /atlas/' },
    ]);
  });

  it('resolves directories, fragments, same-page and relative links', () => {
    expect(report.checked).toBe(10);
    expect(report.external).toEqual(['https://example.org/']);
  });

  it('finds ids used twice on one page', () => {
    expect(duplicateIds(site)).toEqual([]);
    expect(duplicateIds(resolve(import.meta.dirname, '../fixtures/links/duplicate-ids'))).toEqual([
      { page: 'index.html', id: 'overview', count: 2 },
    ]);
  });

  it('treats every root-relative link as escaping when the base is a sub-path', () => {
    expect(checkLinks(site, '/other/').problems.filter((p) => p.reason.startsWith('leaves')).length).toBeGreaterThan(4);
  });
});

describe('link check and text fragments', () => {
  it('checks the id before a text fragment and ignores the directive', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'atlas-fragments-'));
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a/index.html'), '<p id="p-1">Words</p>');
    writeFileSync(join(dir, 'index.html'), '<a href="/a/#p-1:~:text=Words">ok</a><a href="/a/#p-2:~:text=Words">missing</a><a href="/a/#:~:text=Words">no id</a>');
    const report = checkLinks(dir, '/');
    expect(report.problems.map((p) => `${p.link}: ${p.reason}`)).toEqual(['/a/#p-2:~:text=Words: no element with id "p-2" on a/index.html']);
    rmSync(dir, { recursive: true, force: true });
  });
});
