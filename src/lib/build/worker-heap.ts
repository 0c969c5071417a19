import type { ResourceLimits } from 'node:worker_threads';

/**
 * The young generation of a build's worker threads: 16 MB semi-spaces. V8 sizes it from the
 * machine's memory otherwise, up to 64 MB semi-spaces (134 MB committed for a thread that
 * allocates quickly, whatever it keeps), and two or three threads at a time set the build's peak.
 * V8's young generation is three semi-spaces; the main thread gets the same from the build script
 * (`--max-semi-space-size=16` in package.json, which tests/unit/build-command.test.ts holds to this).
 */
export const YOUNG_GENERATION_MB = 48;

/** Resource limits of a build's worker thread; `oldGenerationMb` bounds what it keeps. */
export function workerHeap(oldGenerationMb?: number): ResourceLimits {
  return { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, ...(oldGenerationMb === undefined ? {} : { maxOldGenerationSizeMb: oldGenerationMb }) };
}
