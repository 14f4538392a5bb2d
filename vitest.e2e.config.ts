import { defineConfig } from 'vitest/config';

/** Files that time the page's main thread (long tasks): they run alone, after the rest, so no other file's browser competes for the two cores. */
const TIMED_FILES = ['test/e2e/big-input.test.ts'];

// Browser tests drive Debian's Chromium against the built site in dist/ (run `npm run build` first).
export default defineConfig({
  test: {
    globalSetup: ['test/e2e/global-setup.ts'],
    // Twice the unit limit: a browser test drives several page states with an axe scan each, and a loaded
    // two-core machine slows every step; a hung page still fails.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // The page answers clicks and file reads asynchronously; polled checks wait for it on a busy machine.
    expect: { poll: { timeout: 10_000 } },
    projects: [
      {
        extends: true,
        // Two files at a time: a test spends most of its time waiting on its own browser, so two overlap well on two cores.
        test: { name: 'browser', include: ['test/e2e/**/*.test.ts'], exclude: TIMED_FILES, maxWorkers: 2, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: { name: 'browser, timed', include: TIMED_FILES, fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
