/**
 * Serving the atlas in a second language costs each study page little: in English and in
 * Indonesian, a study page weighs at most 5% more, compressed, than the English page did before
 * (tests/fixtures/study-page-weights.json).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dist, root } from '../../support/site.ts';

const baseline = JSON.parse(readFileSync(join(root, 'tests/fixtures/study-page-weights.json'), 'utf8')) as { gzipBytes: Record<string, number> };

describe('the weight of a study page', () => {
  it.each(Object.entries(baseline.gzipBytes))('%s: within 5% of its English-only weight, in English and in Indonesian', (slug, before) => {
    for (const prefix of ['', 'id/']) {
      const now = gzipSync(readFileSync(join(dist, `${prefix}studies/${slug}/index.html`))).length;
      expect(now / before, `/${prefix}studies/${slug}/: ${now} B now, ${before} B before`).toBeLessThanOrEqual(1.05);
    }
  });
});
