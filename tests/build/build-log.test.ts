/**
 * What a build says: its log carries the atlas's own messages, not a bundler warning repeated for
 * every glossary entry (`src/lib/build/bundler-logs.ts`). scripts/test.ts keeps the repeat build's log.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/site.ts';

describe('the build log', () => {
  const log = readFileSync(join(root, 'dist-repeat.log'), 'utf8');

  it('has no warning from the bundler', () => {
    expect(log, 'the repeat build wrote its log').toContain('[atlas:after-build]');
    const bundlerWarnings = log.split('\n').filter((line) => /\[WARN\] \[vite\]/.test(line));
    expect(bundlerWarnings).toEqual([]);
    expect(log).not.toContain('MODULE_LEVEL_DIRECTIVE');
  });
});
