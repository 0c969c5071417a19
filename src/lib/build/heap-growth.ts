/**
 * How far V8 lets a build's heap grow before it collects again. By default V8 lets a heap grow
 * to several times what survived its last full collection when a program allocates fast, as a
 * build does, and it keeps the pages it freed: the process's peak memory is the heap's highest
 * point, most of it garbage. At 1,000 studies the build's heap held about 450 MB it still used
 * and grew past 1.1 GB.
 *
 * Bounding the growth to half again what survived brought the build's peak at 1,000 studies
 * from 2.44–2.47 GB to 1.81 GB, for 3–10% more time (more collections; alternating builds,
 * README "Performance"). A fifth brought it to 1.73 GB, but rendering took 55 s instead of 36 s.
 */
import { setFlagsFromString } from 'node:v8';

export const HEAP_GROWTH_PERCENT = 50;

/**
 * Applies to every thread of the process from the next collection on: V8 reads the flag each
 * time it sets a heap's next limit, so it may be set once the process runs.
 */
export function boundHeapGrowth(percent = HEAP_GROWTH_PERCENT): void {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
