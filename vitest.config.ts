import { defineConfig } from 'vitest/config';

/**
 * tests/unit: the engine's parts on fixtures. tests/build and tests/e2e: every built atlas (the
 * project's and the mini atlas), generic. tests/atlas: the project atlas's own five studies.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts', 'tests/atlas/build/**/*.test.ts'],
          // These read the built sites; scripts/test.ts builds them first.
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts', 'tests/atlas/e2e/**/*.test.ts'],
          exclude: ['tests/atlas/e2e/lighthouse.test.ts'],
          // Browser files run one at a time: they share the CPU, and the offline file its port.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Run on its own (scripts/test.ts), so that other tests do not load the CPU it measures.
        test: {
          name: 'lighthouse',
          include: ['tests/atlas/e2e/lighthouse.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
