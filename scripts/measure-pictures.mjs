// Measures "Save picture" on the built site, in Debian's Chromium:
//
//   npx astro build && node scripts/measure-pictures.mjs        (DIST=/other/dist to measure another build)
//
// A journey map from the "E-commerce purchase" template (5 stages, every lane filled) and the "Busy B2C shopper"
// persona card are saved as an SVG and a PNG for a slide. Composing the picture reads the page's boxes on the main
// thread in one task (it must: the boxes and colours are read between two paints); the PNG is then drawn on a
// canvas. For each it prints the longest main-thread task and the time from the click to the status line.
// Budget, as for the other tools: no main-thread task over 100 ms.
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, hydrateIslands } from '../test/e2e/browser.ts';
import { startStaticServer } from '../test/e2e/static-server.ts';
import { arm, describeStep, finish, watchPage } from './long-task-watch.mjs';

console.log(`Chromium ${CHROMIUM_PATH}; load average before: ${loadavg().map((load) => load.toFixed(2)).join(' ')}`);
const { url: baseUrl, server } = await startStaticServer(process.env.DIST ?? 'dist');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

/** Click a Save picture button and wait for its status line to say the file was saved. */
async function measureSave(page, kind, label) {
  await arm(page);
  await page.locator('.picture-export').getByRole('button', { name: new RegExp(`^${kind}\\W`) }).click();
  const step = await finish(page, (expected) => document.querySelector('.picture-export__status')?.textContent?.endsWith(expected) ?? false, `-slide.${kind.toLowerCase()}`);
  console.log(describeStep(`${label}: ${kind} for a slide`, step));
  const composed = await page.evaluate(() => performance.getEntriesByName('picture:compose').map((entry) => entry.duration));
  await page.evaluate(() => performance.clearMeasures('picture:compose'));
  console.log(`    composing the SVG        ${String(Math.round(composed.at(-1) ?? Number.NaN)).padStart(5)} ms (User Timing 'picture:compose')`);
}

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  const hydrated = () => hydrateIslands(page);

  await page.goto(`${baseUrl}/tools/journey-map/`);
  await hydrated();
  await page.getByRole('radio', { name: /^E-commerce purchase/ }).check();
  await page.getByLabel('Persona name').fill('Maya');
  await page.getByRole('button', { name: 'Create map' }).click();
  await page.locator('#jm-map-heading').waitFor();
  await watchPage(page);
  await measureSave(page, 'SVG', 'Journey map, 5 stages, with its emotion curve');
  await measureSave(page, 'PNG', 'Journey map, 5 stages, with its emotion curve');

  await page.goto(`${baseUrl}/tools/personas/`);
  await hydrated();
  await page.getByRole('button', { name: 'Busy B2C shopper', exact: true }).click();
  await page.getByRole('form').waitFor();
  await watchPage(page);
  await measureSave(page, 'SVG', 'Persona card');
  await measureSave(page, 'PNG', 'Persona card');
  await context.close();
} finally {
  await browser.close();
  server.close();
}
console.log(`load average after: ${loadavg().map((load) => load.toFixed(2)).join(' ')}`);
