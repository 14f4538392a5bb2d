// What hydrating on first use (client:first-use) costs the person, on the built site in Debian's Chromium:
//
//   npm run build && npm run measure:first-use        (RATE=4 slows the CPU 4×, as Lighthouse's mobile preset does)
//
// For each tool page, a first visit: load the page, wait a second, then put the focus in the tool's first field
// (what a tap or a Tab does) and print how long until React has hydrated the island (its edits are given back
// then), and the longest main-thread task meanwhile. The page is served brotli-compressed from this machine, so the network adds next to nothing: on a
// slow connection the island's code takes its download time on top (the service worker has it after one visit).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/browser.ts';
import { startStaticServer } from '../test/e2e/static-server.ts';

const PAGES = ['/tools/nps/', '/tools/csat/', '/tools/ces/', '/tools/churn-retention/', '/tools/clv/', '/tools/survey/', '/tools/personas/', '/tools/journey-map/', '/assessment/', '/assessment/team/'];
const rate = Number(process.env.RATE ?? 1);
const { url, server } = await startStaticServer(process.env.DIST ?? 'dist', { compress: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
console.log(`First use of each tool, CPU slowed ${String(rate)}×: focus in its first field → island hydrated`);
try {
  // The server compresses each file once, when first asked (about 0.3 s for React's chunk): a first round asks for
  // every file, as a host that serves precompressed files would have them ready.
  const warm = await browser.newContext();
  for (const path of PAGES) {
    const page = await warm.newPage();
    await page.goto(url + path, { waitUntil: 'load' });
    await page.locator('astro-island[client="first-use"]').evaluate((island) => island.dispatchEvent(new PointerEvent('pointerover', { bubbles: true })));
    await page.waitForSelector('astro-island:not([ssr])', { state: 'attached' });
    await page.close();
  }
  await warm.close();
  for (const path of PAGES) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(url + path, { waitUntil: 'load' });
    await page.waitForTimeout(1000);
    const { hydratedMs, longestTaskMs } = await page.evaluate(
      () =>
        new Promise((resolve) => {
          let longest = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
          }).observe({ type: 'longtask' });
          const island = document.querySelector('astro-island[client="first-use"]');
          const field = island?.querySelector('input:not([type="hidden"]), textarea, select, button');
          const start = performance.now();
          // Sent once React has committed the hydrated island (SavedDataGate); long tasks are reported a little after.
          island?.addEventListener('touchpoint:hydrated', () => {
            const hydratedMs = performance.now() - start;
            setTimeout(() => resolve({ hydratedMs, longestTaskMs: longest }), 300);
          });
          field?.focus();
        }),
    );
    console.log(`${path.padEnd(26)} hydrated ${Math.round(hydratedMs).toString().padStart(5)} ms after the first focus; longest task meanwhile ${Math.round(longestTaskMs)} ms`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
