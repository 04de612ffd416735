import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` (pure modules), `build` (assertions on built HTML) and `e2e`
 * (real Chromium against the built site). `npm test` builds the sites the last two read
 * (test/support/build-sites.ts) before starting vitest.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Some of these files run `astro build` or `astro dev`; every Astro process of the
          // project writes the shared .astro/ folder, so two at once would read each other's content.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: the machine has two cores and Chromium wants both.
          fileParallelism: false,
        },
      },
    ],
  },
});
