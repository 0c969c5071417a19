import type { ResourceLimits } from 'node:worker_threads';

/**
 * The young generation of a build's worker threads: 16 MB semi-spaces. V8 sizes it from the
 * machine's memory otherwise, up to 64 MB semi-spaces (134 MB committed for a thread that
 * allocates quickly, whatever it keeps), and two or three threads at a time set the build's peak.
 */
const YOUNG_GENERATION_MB = 48;

/** Resource limits of a build's worker thread; `oldGenerationMb` bounds what it keeps. */
export function workerHeap(oldGenerationMb?: number): ResourceLimits {
  return oldGenerationMb === undefined ? { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } : { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: oldGenerationMb };
}
