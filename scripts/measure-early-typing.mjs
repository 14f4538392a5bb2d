// What a visitor who types at once keeps, on the built site in Debian's Chromium:
//
//   npm run build && npm run measure:early-typing        (RATE=4 slows the CPU 4×, as a phone)
//
// For the churn and NPS calculators, first visit and returning visitor (figures saved on an earlier visit):
// open the page, type at once (Playwright waits for the field to be enabled), wait for hydration and the saved
// data, then print when the typing happened after `load`, and whether the typed value is still there.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, hydrateIslands } from '../test/e2e/browser.ts';
import { startStaticServer } from '../test/e2e/static-server.ts';

const { url, server } = await startStaticServer(process.env.DIST ?? 'dist');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const rate = Number(process.env.RATE ?? 1);
const cases = [
  ['/tools/churn-retention/', 'Customers at start (S)', '1000', '7'],
  ['/tools/nps/', null, '10\n9\n3', '5'],
];
try {
  for (const [path, label, typed, saved] of cases) {
    for (const returning of [false, true]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const field = () => (label ? page.getByLabel(label, { exact: true }) : page.locator('textarea').first());
      if (returning) {
        await page.goto(url + path);
        await hydrateIslands(page);
        await field().fill(saved);
        await page.waitForFunction((text) => Object.keys(localStorage).some((key) => (localStorage.getItem(key) ?? '').includes(text)), saved);
      }
      await page.goto(url + path);
      const start = Date.now();
      await field().fill(typed);
      const typedAfter = Date.now() - start;
      await page.waitForSelector('astro-island:not([ssr])', { state: 'attached' });
      await page.waitForTimeout(1500);
      const value = await field().inputValue();
      console.log(`${path} ${returning ? 'returning visitor' : 'first visit'}, CPU slowed ${rate}×: typed ${typedAfter} ms after load; ${value === typed ? 'kept' : `LOST (the field reads ${JSON.stringify(value)})`}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
