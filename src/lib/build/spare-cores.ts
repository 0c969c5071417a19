import { availableParallelism } from 'node:os';

/** Worker threads a build starts for one kind of work: every core but the main thread's (none on one core). */
export const spareCores = () => Math.max(0, availableParallelism() - 1);
