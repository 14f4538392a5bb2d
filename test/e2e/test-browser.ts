import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchBrowser, openWatchedPage, type PageWatch } from './browser';

/** The browser a test file drives: contexts it opens are closed, and pages it opens are checked, after each test. */
export interface TestBrowser {
  /** A new browser context, closed after the test. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A new page in the context; an uncaught error or a request off this machine fails the test. */
  newPage(context: BrowserContext): Promise<Page>;
}

/**
 * Register the hooks of a browser-test file: one Chromium for the file, and after each test its contexts closed
 * and every page it opened checked for uncaught errors and external requests. Call once at the top of a file.
 */
export function useTestBrowser(): TestBrowser {
  let browser: Browser | undefined;
  let contexts: BrowserContext[] = [];
  let watches: PageWatch[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(() => {
    contexts = [];
    watches = [];
  });
  afterEach(async () => {
    for (const context of contexts) await context.close();
    for (const watch of watches) {
      expect(watch.errors, 'uncaught errors on the page').toEqual([]);
      expect(watch.externalRequests, 'requests outside 127.0.0.1').toEqual([]);
    }
  });

  return {
    async newContext(options = {}) {
      if (!browser) throw new Error('useTestBrowser: the browser is not launched yet (call newContext inside a test)');
      // Service workers are blocked unless a test asks for them (the offline test): each new context would
      // otherwise precache the whole site (4 MB) in the background while the test runs.
      const context = await browser.newContext({ serviceWorkers: 'block', ...options });
      contexts.push(context);
      return context;
    },
    async newPage(context) {
      const opened = await openWatchedPage(context);
      watches.push(opened.watch);
      return opened.page;
    },
  };
}
