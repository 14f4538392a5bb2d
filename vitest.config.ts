/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**'],
    environment: 'node',
    // On a busy two-core machine (several test runs at once) a jsdom component test that takes 1 s alone
    // took 5-6 s, past vitest's 5 s default. These limits hold there; a test that hangs still fails.
    testTimeout: 60_000,
    // Two workers on two cores (vitest's default here is one, cores − 1): one worker left 0.76 of a core idle while
    // files were set up, and two took the run from 242 s to 167 s on this machine.
    maxWorkers: 2,
    hookTimeout: 60_000,
    teardownTimeout: 60_000,
  },
});
