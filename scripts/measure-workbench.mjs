// Measures the survey workbench of the built site on 1,000,000 rows, in Debian's Chromium:
//
//   npm run build && npm run measure:workbench
//
// The export of `npm run bench:workbench` (scripts/workbench-export.ts: a score, 20 plans, two years of dates) is
// written to a temporary file and (a) chosen with setInputFiles on /tools/survey/; then (b) the Plan column is
// chosen as the segment; then (c) the trend switched to weeks. For each step it prints the longest main-thread
// task and how many were over 50 ms (PerformanceObserver 'longtask'; a deliberate 150 ms task first proves the
// observer sees them) and the time from the action to the page showing its result. The reading itself runs in
// the parse worker, whose time is not a main-thread task. Budget: no main-thread task over 100 ms.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, hydrateIslands } from '../test/e2e/browser.ts';
import { startStaticServer } from '../test/e2e/static-server.ts';
import { arm, describeStep, finish, watchPage } from './long-task-watch.mjs';
import { generateWorkbenchExport, PLANS, ROWS } from './workbench-export.ts';

const started = performance.now();
const generated = generateWorkbenchExport();
const folder = mkdtempSync(join(tmpdir(), 'measure-workbench-'));
const file = join(folder, 'workbench-export.csv');
writeFileSync(file, generated.text, 'utf8');
console.log(`Workbench export: ${String(ROWS)} rows, ${(Buffer.byteLength(generated.text) / 1e6).toFixed(1)} MB, ${String(PLANS.length)} plans (generated in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
console.log(`Chromium ${CHROMIUM_PATH}; load average before: ${loadavg().map((load) => load.toFixed(2)).join(' ')}`);
const segmentCount = generated.npsByPlan.size;

const { url: baseUrl, server } = await startStaticServer(process.env.DIST ?? 'dist');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${baseUrl}/tools/survey/`);
  await hydrateIslands(page);
  await watchPage(page);

  await arm(page);
  await page.locator('input[type=file]').setInputFiles(file);
  // The trend table (months of the found date column) shows once the worker has read scores and days.
  const read = await finish(page, () => document.querySelectorAll('section[aria-labelledby="survey-trend"] tbody tr').length >= 24);
  console.log(describeStep(`(a) file of ${String(ROWS)} rows to the overall score and the monthly trend`, read));

  await arm(page);
  // Column 3 of the export (index 2) is Plan.
  await page.getByLabel('Segment (plan, region, channel…)').selectOption('2');
  const segmented = await finish(page, (count) => document.querySelectorAll('section[aria-labelledby="survey-segments"] tbody tr').length === count, segmentCount);
  console.log(describeStep(`(b) segment by Plan: ${String(segmentCount)} segments with their tests`, segmented));

  await arm(page);
  await page.getByLabel('Period', { exact: true }).selectOption('week');
  const weekly = await finish(page, () => document.querySelectorAll('section[aria-labelledby="survey-trend"] tbody tr').length > 100);
  console.log(describeStep('(c) trend by week', weekly));
  await context.close();
} finally {
  await browser.close();
  server.close();
  rmSync(folder, { recursive: true });
}
console.log(`load average after: ${loadavg().map((load) => load.toFixed(2)).join(' ')}`);
