/** The service worker stays small however many files the site has: the file list is in its manifest. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planOffline, SERVICE_WORKER, writeServiceWorker, type HashedFile, type OfflinePlan } from '../../src/lib/build/offline.ts';
import { isOfflineManifestFile } from '../../src/lib/util/output-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-offline-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FILES = 10_000;
const files: HashedFile[] = Array.from({ length: FILES }, (_, i) => ({
  path: i % 2 === 0 ? `studies/study-number-${i}/index.html` : `pagefind/fragment/en_${i.toString(16).padStart(8, '0')}.pf_fragment`,
  bytes: 20_000 + i,
  sha256: i.toString(16).padStart(64, '0'),
}));

describe('the service worker of a site with 10,000 files', () => {
  const plan = planOffline(files, '/atlas/', 25 * 1024 * 1024);
  const manifestName = writeServiceWorker(dir, '/atlas/', plan);
  const worker = readFileSync(join(dir, SERVICE_WORKER), 'utf8');

  it('is at most 30 KB and names its manifest and version, but lists no file', () => {
    expect(Buffer.byteLength(worker)).toBeLessThanOrEqual(30 * 1024);
    expect(manifestName).toBe(`offline-${plan.version}.json`);
    expect(isOfflineManifestFile(manifestName)).toBe(true);
    expect(worker).toContain(`"/atlas/${manifestName}"`);
    expect(worker).toContain(`atlas-${plan.version}`);
    expect(worker).not.toContain('study-number-');
  });

  it('has a manifest that lists all 10,000 URLs, the shell and the size', () => {
    const manifest = JSON.parse(readFileSync(join(dir, manifestName), 'utf8')) as OfflinePlan;
    expect(manifest.all).toHaveLength(FILES);
    expect(new Set(manifest.all)).toEqual(new Set(plan.all));
    expect(manifest.all).toContain('/atlas/studies/study-number-9998/');
    expect(manifest.all).toContain(`/atlas/pagefind/fragment/en_${(9999).toString(16).padStart(8, '0')}.pf_fragment`);
    expect(manifest).toEqual(plan);
    expect(manifest.precacheAll).toBe(false);
    expect(manifest.totalBytes).toBe(files.reduce((sum, f) => sum + f.bytes, 0));
  });

  it('writes the same bytes for the same files, and a new version (new worker bytes, new manifest name) for a change', () => {
    const again = mkdtempSync(join(dir, 'again-'));
    expect(writeServiceWorker(again, '/atlas/', planOffline([...files].reverse(), '/atlas/', 25 * 1024 * 1024))).toBe(manifestName);
    expect(readFileSync(join(again, SERVICE_WORKER), 'utf8')).toBe(worker);
    expect(readFileSync(join(again, manifestName))).toEqual(readFileSync(join(dir, manifestName)));

    const changed = mkdtempSync(join(dir, 'changed-'));
    const edited = files.map((f, i) => (i === 0 ? { ...f, sha256: 'f'.repeat(64) } : f));
    const newName = writeServiceWorker(changed, '/atlas/', planOffline(edited, '/atlas/', 25 * 1024 * 1024));
    expect(newName).not.toBe(manifestName);
    expect(existsSync(join(changed, newName))).toBe(true);
    expect(readFileSync(join(changed, SERVICE_WORKER), 'utf8')).not.toBe(worker);
  });
});
