import { defineConfig } from 'vitest/config';

// Browser tests drive Debian's Chromium against the built site in dist/ (run `npm run build` first).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser, one server: files run one after another so timings stay honest on two cores.
    fileParallelism: false,
    // The page answers clicks and file reads asynchronously; polled checks wait for it on a busy machine.
    expect: { poll: { timeout: 10_000 } },
  },
});
