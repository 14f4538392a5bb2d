import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNoA11yViolations } from './a11y';
import { startStaticServer } from './static-server';
import { useTestBrowser } from './test-browser';
import { hydrateIslands } from './browser';

const baseUrl = inject('baseUrl');
const testBrowser = useTestBrowser();
const DIST = process.env['DIST_DIR'] ?? 'dist';

/** A visitor whose browser may run the service worker, with every CSP violation on every page noted. */
async function openVisitor(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await testBrowser.newContext({ serviceWorkers: 'allow', viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return { context, page: await testBrowser.newPage(context) };
}

const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

/** Wait until the service worker has installed (every file precached) and activated. */
async function waitForOfflineReady(page: Page): Promise<void> {
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated', undefined, { timeout: 60_000, polling: 250 });
}

async function goAndHydrate(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await hydrateIslands(page);
}

describe('offline after one visit', () => {
  it('a guide, search and two tools work with the network off, under the content security policy', { timeout: 180_000 }, async () => {
    const { context, page } = await openVisitor();
    await page.goto(`${baseUrl}/`);
    await waitForOfflineReady(page);
    await expect(cspViolations(page)).resolves.toEqual([]);

    await context.setOffline(true);

    // A guide never opened online.
    await page.goto(`${baseUrl}/guides/net-promoter-score/`);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toMatch(/Net Promoter Score/i);

    // Search: Pagefind's script, WebAssembly and index come from the cache.
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search the guides' });
    await dialog.waitFor();
    const input = dialog.locator('input').first();
    await input.waitFor({ timeout: 15_000 });
    await input.fill('churn');
    await dialog.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 30_000 });
    await expect(cspViolations(page)).resolves.toEqual([]);

    // The NPS calculator reads answers in its worker, loaded from the cache.
    await goAndHydrate(page, '/tools/nps/');
    await page.locator('textarea').first().fill('10\n9\n8\n3\n10');
    await expect.poll(() => page.getByTestId('nps-value').textContent(), { timeout: 15_000 }).toBe('40');
    await expect(cspViolations(page)).resolves.toEqual([]);

    // The journey map builder makes a map from a template.
    await goAndHydrate(page, '/tools/journey-map/');
    await page.getByRole('radio', { name: /^SaaS onboarding/ }).check();
    await page.getByLabel('Persona name').fill('Olu');
    await page.getByRole('button', { name: 'Create map' }).click();
    // The open map's views load after the first render: offline, they come from the service worker's cache.
    await page.locator('#jm-view-heading').waitFor({ timeout: 15_000 });
    await expect(cspViolations(page)).resolves.toEqual([]);

    // An address that is not part of the site: its own "not found" page, not the browser's offline error.
    await page.goto(`${baseUrl}/guides/no-such-guide/`);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('We could not find that page');
    await context.setOffline(false);
  });

  it('caches only the site’s own build files, none of what a person typed or a link carried', { timeout: 180_000 }, async () => {
    const { page } = await openVisitor();
    await page.goto(`${baseUrl}/tools/nps/#c=not-a-real-code`);
    await waitForOfflineReady(page);
    await page.locator('textarea').first().fill('10\n9\n8');
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      return urls;
    });
    expect(cached.length).toBeGreaterThan(100);
    for (const url of cached) {
      const { origin, pathname, hash } = new URL(url);
      expect(origin).toBe(baseUrl);
      expect(hash).toBe('');
      // Every cached entry is a file of the build, byte for byte what the site serves.
      expect(() => readFileSync(join(DIST, decodeURIComponent(pathname)))).not.toThrow();
    }
    expect(cached.some((url) => url.includes('10%0A9') || url.includes('not-a-real-code'))).toBe(false);
  });

  it('offers a newer version with a notice, and reloads into it only when asked', { timeout: 180_000 }, async () => {
    // A copy of the site on a server of its own, so a new build can be put in its place without touching dist/.
    const folder = mkdtempSync(join(tmpdir(), 'offline-update-'));
    cpSync(DIST, folder, { recursive: true });
    const { url, server } = await startStaticServer(folder);
    try {
      const { page } = await openVisitor();
      await page.goto(`${url}/`);
      await waitForOfflineReady(page);
      // A second visit is controlled by the worker. Then the host publishes a new build: a changed sw.js.
      await page.reload();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await expect(page.getByText('A new version of Touchpoint is ready.').count()).resolves.toBe(0);
      appendFileSync(join(folder, 'sw.js'), '\n// build 2\n');
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const notice = page.getByRole('status').filter({ hasText: 'A new version of Touchpoint is ready.' });
      await notice.waitFor({ timeout: 60_000 });
      await expectNoA11yViolations(page, 'the new-version notice');
      // "Later" only hides it; the new version keeps waiting.
      await page.getByRole('button', { name: 'Later' }).click();
      await expect(notice.count()).resolves.toBe(0);
      await page.reload();
      await notice.waitFor({ timeout: 30_000 });
      // "Reload to update", from the keyboard: the waiting version takes over and the page reloads into it.
      await page.getByRole('button', { name: 'Reload to update' }).focus();
      const reloaded = page.waitForEvent('load', { timeout: 30_000 });
      await page.keyboard.press('Enter');
      await reloaded;
      await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.waiting === null, undefined, { timeout: 30_000 });
      await expect(notice.count()).resolves.toBe(0);
    } finally {
      server.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
