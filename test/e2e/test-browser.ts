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
  let pages: Page[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(() => {
    contexts = [];
    watches = [];
    pages = [];
  });
  afterEach(async ({ task }) => {
    // A failure in CI leaves only the log: say what each page showed, so a flaky step can be read afterwards.
    if (task.result?.state === 'fail') for (const page of pages) await describePage(page);
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
      pages.push(opened.page);
      return opened.page;
    },
  };
}

/** Print a page's address, focused element and visible text (shortened) to the test log. */
async function describePage(page: Page): Promise<void> {
  if (page.isClosed()) return;
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer in 5 s')), 5_000).unref());
  const seen = await Promise.race([
    page.evaluate(() => {
      const active = document.activeElement;
      const focus = active && active !== document.body ? `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''} “${(active.textContent ?? '').trim().slice(0, 60)}”` : 'the page';
      return { focus, text: document.body.innerText.replace(/\n{2,}/g, '\n').slice(0, 3000) };
    }, undefined),
    timeout,
  ]).catch((error: unknown) => ({ focus: 'unknown', text: `(could not read the page: ${String(error)})` }));
  process.stderr.write(`\n--- ${page.url()} (focus: ${seen.focus})\n${seen.text}\n---\n`);
}
