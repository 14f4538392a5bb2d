/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    environment: 'node',
    // Worker threads start faster than forked processes: the unit run went from 139 s to 98 s here.
    pool: 'threads',
    // On a busy two-core machine (several test runs at once) a jsdom component test that takes 1 s alone
    // took 5-6 s, past vitest's 5 s default. These limits hold there; a test that hangs still fails.
    testTimeout: 60_000,
    // Two workers on two cores (vitest's default here is one, cores − 1): one worker left 0.76 of a core idle while
    // files were set up, and two took the run from 242 s to 167 s on this machine.
    maxWorkers: 2,
    hookTimeout: 60_000,
    teardownTimeout: 60_000,
    projects: [
      {
        extends: true,
        // The lib's tests hold no state between files (plain functions, no DOM, no stores), so they share their
        // workers' module graph instead of importing it again for each of 246 files.
        test: { name: 'lib', include: ['test/lib/**/*.test.ts'], isolate: false },
      },
      {
        extends: true,
        test: {
          name: 'components, stores, workers',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**', 'test/lib/**'],
          setupFiles: ['test/support/testing-library.ts'],
        },
      },
    ],
  },
});
