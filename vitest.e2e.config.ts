import { defineConfig } from 'vitest/config';

// Browser tests drive Debian's Chromium against the built site in dist/ (run `npm run build` first).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    // Twice the unit limit: a browser test drives several page states with an axe scan each, and a loaded
    // two-core machine slows every step; a hung page still fails.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One browser, one server: files run one after another so timings stay honest on two cores.
    fileParallelism: false,
    // The page answers clicks and file reads asynchronously; polled checks wait for it on a busy machine.
    expect: { poll: { timeout: 10_000 } },
  },
});
