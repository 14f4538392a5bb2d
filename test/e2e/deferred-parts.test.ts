import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { holdRequests, hydrateIslands, openWatchedPage } from './browser';
import { useTestBrowser } from './test-browser';

const baseUrl = inject('baseUrl');
const testBrowser = useTestBrowser();

// The score calculators load what shows only after a paste (report, results, export texts) after first render
// (src/components/shared/deferred-module.ts, src/stores/paste-analyser.ts). Loading it must not move the page:
// the layout shifts that count toward CLS (those without recent input) sum to 0, from load through a paste's result.

async function waitForHydration(page: Page): Promise<void> {
  await hydrateIslands(page);
}

/** Sum of the page's layout shifts since it loaded (buffered), counting only those CLS counts (no recent input). */
function unexpectedShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) sum += entry.value;
          }
        });
        observer.observe({ type: 'layout-shift', buffered: true });
        // Buffered entries arrive in the observer's first callback, queued as a task: read after it.
        setTimeout(() => {
          observer.disconnect();
          resolve(sum);
        }, 100);
      }),
  );
}

/** The deferred chunks the page has fetched so far (their names, e.g. nps-result-parts). */
function loadedScripts(page: Page): Promise<string[]> {
  return page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name.split('/').pop() ?? ''));
}

const CALCULATORS = [
  { path: '/tools/nps/', answers: '10\n9\n8\n3\n10', result: '.results__headline', parts: 'nps-result-parts' },
  { path: '/tools/csat/', answers: '5\n4\n4\n2\n5', result: '.results__headline', parts: 'csat-result-parts' },
  { path: '/tools/ces/', answers: '7\n6\n5\n2\n6', result: '.results__headline', parts: 'ces-result-parts' },
] as const;

describe('score calculators load their post-paste parts without moving the page', () => {
  for (const calculator of CALCULATORS) {
    it(`${calculator.path}: no layout shift on load, none while the parts load after a paste`, async () => {
      const context = await testBrowser.newContext({ colorScheme: 'light', viewport: { width: 412, height: 823 } });
      const page = await testBrowser.newPage(context);
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url().split('/').pop() ?? ''));
      await page.goto(`${baseUrl}${calculator.path}`);
      await waitForHydration(page);
      expect(await unexpectedShift(page), 'shift on load and hydration').toBe(0);
      // Idle after hydration, the page fetches the parts before anyone pastes.
      await expect.poll(async () => (await loadedScripts(page)).some((name) => name.startsWith(calculator.parts)), { timeout: 15_000 }).toBe(true);
      // The paste reader and its worker wait until someone reaches for the input: no long task at load for them.
      const readers = () => ['analyse-paste.', 'parse-scores.worker'].filter((name) => requested.some((url) => url.startsWith(name)));
      await page.waitForLoadState('networkidle');
      expect(readers()).toEqual([]);
      // Without scrolling: `fill` below is not a trusted input, so a shift it causes in view would count.
      await page.locator('textarea').first().evaluate((box) => box.focus({ preventScroll: true }));
      await expect.poll(readers, { timeout: 15_000 }).toEqual(['analyse-paste.', 'parse-scores.worker']);
      await page.locator('textarea').first().fill(calculator.answers);
      await page.locator(calculator.result).first().waitFor({ timeout: 15_000 });
      expect(await unexpectedShift(page), 'shift after the paste').toBe(0);
      await context.close();
    });
  }

  it('/tools/nps/: a paste before the parts arrive (held back 1.5 s) shows its result once they do, with no layout shift', async () => {
    const context = await testBrowser.newContext({ colorScheme: 'light', viewport: { width: 412, height: 823 } });
    // The paste reader and the parts a paste needs come late, as on a slow network.
    await context.route(/\/_astro\/(analyse-paste|score-input-parts|nps-result-parts)\.[^/]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    const page = await testBrowser.newPage(context);
    await page.goto(`${baseUrl}/tools/nps/`);
    await waitForHydration(page);
    await page.locator('textarea').first().fill('10\n9\n8\n3\n10');
    // 3 promoters, 1 passive, 1 detractor of 5: 60 − 20 = 40 (by hand).
    await expect.poll(() => page.getByTestId('nps-value').innerText(), { timeout: 20_000 }).toBe('40');
    expect(await page.locator('.score-input__report').first().innerText()).not.toBe('');
    expect(await unexpectedShift(page), 'shift while the parts loaded').toBe(0);
    await context.close();
  });

  it('/tools/nps/: the sample-size planner keeps the server’s HTML while its code comes late (held 1.5 s), then follows the saved confidence, with no shift and no error', async () => {
    const context = await testBrowser.newContext({ colorScheme: 'light', viewport: { width: 412, height: 823 } });
    const { page, watch } = await openWatchedPage(context);
    await page.goto(`${baseUrl}/tools/nps/`);
    await waitForHydration(page);
    await page.getByRole('radio', { name: '99%' }).check();
    // The confidence is saved; on the next visit the planner's code comes late, as on a slow network.
    const { release } = await holdRequests(context, /\/_astro\/SampleSizePlanner\.[^/]+\.js$/);
    await page.reload();
    await waitForHydration(page);
    const planner = page.getByRole('region', { name: 'How many answers you need' });
    // The calculator has read the saved 99% while the planner still shows what the server rendered (95%, the default).
    await expect.poll(() => page.getByRole('radio', { name: '99%' }).isChecked()).toBe(true);
    await page.waitForTimeout(1500);
    expect(await planner.innerText()).toContain('at 95% confidence');
    release();
    // 1.959963984540054 → 2.5758293035489 for 99%: 2.5758293035489² × 0.56 ÷ 0.0025 − 3 = 1483.2 → 1484 (by hand).
    await expect.poll(() => planner.innerText(), { timeout: 15_000 }).toContain('You need 1,484 answers for NPS ± 5 points at 99% confidence.');
    await planner.getByLabel('Margin of error (± NPS points)').fill('10');
    await expect.poll(() => planner.innerText()).toContain('at 99% confidence');
    expect(await unexpectedShift(page), 'shift while the planner loaded').toBe(0);
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});

describe('the assessment pages render their first view before the question bank arrives', () => {
  it('/assessment/: Start pressed while the bank is held back starts once it arrives, saved answers are never covered by a fresh intro; neither page shifts on load; no error', async () => {
    const context = await testBrowser.newContext({ colorScheme: 'light', viewport: { width: 412, height: 823 } });
    const { page, watch } = await openWatchedPage(context);
    // The bank, the other views and the readers come late, as on a slow network.
    const { release } = await holdRequests(context, /\/_astro\/(assessment|team)-views\.[^/]+\.js$/);
    await page.goto(`${baseUrl}/assessment/`);
    await waitForHydration(page);
    expect(await unexpectedShift(page), 'shift on load and hydration').toBe(0);
    await page.getByRole('radio', { name: /^Quick/ }).check();
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await page.waitForTimeout(500);
    // Pressed before the bank is here: it says so, then starts.
    expect(await page.locator('.assessment-loading').innerText()).toBe('Loading…');
    release();
    // Quick mode: one question per dimension, the first of eight.
    await expect.poll(() => page.locator('#assessment-step-heading').innerText(), { timeout: 15_000 }).toContain('Strategy & leadership');
    expect(await page.locator('.step-progress__text').innerText()).toBe('0 of 8 questions answered');

    // The next visit, with the answers saved and the bank late again: the fresh intro never shows, only that the
    // saved assessment is opening, then the question the person was on.
    let releaseAgain = () => {};
    const heldAgain = new Promise<void>((resolve) => (releaseAgain = resolve));
    await context.unroute(/\/_astro\/(assessment|team)-views\.[^/]+\.js$/);
    await context.route(/\/_astro\/(assessment|team)-views\.[^/]+\.js$/, async (route) => {
      await heldAgain;
      await route.continue();
    });
    await page.reload();
    await waitForHydration(page);
    await page.waitForTimeout(500);
    expect(await page.getByText('Opening your saved assessment…').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Start the assessment' }).isVisible()).toBe(false);
    releaseAgain();
    await expect.poll(() => page.locator('#assessment-step-heading').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.getByText('Opening your saved assessment…').isVisible()).toBe(false);

    await page.goto(`${baseUrl}/assessment/team/`);
    await waitForHydration(page);
    expect(await unexpectedShift(page), 'team page: shift on load and hydration').toBe(0);
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});
