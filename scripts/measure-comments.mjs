// Measures the comments view of the built site on 100,000 comments (about 17 MB), in Debian's Chromium:
//
//   npm run build && npm run measure:comments
//
// The export of scripts/comments-export.ts is written to a temporary file and chosen on /tools/survey/; then
// (a) "Read the comments" is pressed and the view waits for every group's distinctive phrases; (b) a codebook
// file of 30 themes is opened and the view waits for the theme table; (c) a word is searched in the list. For
// each step it prints the longest main-thread task and how many were over 50 ms (PerformanceObserver 'longtask';
// a deliberate 150 ms task first proves the observer sees them) and the time from the action to the result. The
// reading and ranking run in the parse worker, whose time is not a main-thread task. Budget: no main-thread task
// over 100 ms.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createCodebookFile } from '../src/lib/comments/codebook-file.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, hydrateIslands } from '../test/e2e/browser.ts';
import { startStaticServer } from '../test/e2e/static-server.ts';
import { arm, describeStep, finish, LONGEST_TASK_BUDGET_MS, watchPage } from './long-task-watch.mjs';
import { generateCodebook, generateCommentsExport } from './comments-export.ts';

const ROWS = 111_112;
const generated = generateCommentsExport(ROWS);
const folder = mkdtempSync(join(tmpdir(), 'measure-comments-'));
const file = join(folder, 'comments-export.csv');
const codebookFile = join(folder, 'codebook.json');
writeFileSync(file, generated.text, 'utf8');
writeFileSync(codebookFile, createCodebookFile(generateCodebook(), new Date()), 'utf8');
console.log(`Comments export: ${String(ROWS)} rows (10% blank), ${(Buffer.byteLength(generated.text) / 1e6).toFixed(1)} MB`);
console.log(`Chromium ${CHROMIUM_PATH}; load average before: ${loadavg().map((load) => load.toFixed(2)).join(' ')}`);

const { url: baseUrl, server } = await startStaticServer('dist');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
let failed = false;
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  page.on('console', (m) => { if (m.text().startsWith('TIMING')) console.log(m.text()); });
  await page.goto(`${baseUrl}/tools/survey/`);
  await hydrateIslands(page);
  await page.locator('input[type=file]').first().setInputFiles(file);
  await page.getByRole('button', { name: 'Read the comments' }).waitFor({ timeout: 120_000 });
  await watchPage(page);

  await arm(page);
  await page.getByRole('button', { name: 'Read the comments' }).click();
  const opened = await finish(page, () => document.querySelectorAll('.comments__term-group tbody tr').length >= 3 && document.querySelectorAll('.comments__item').length > 0);
  console.log(describeStep('(a) open the comments: read, mask, languages, distinctive phrases, first page', opened));
  const scored = await finish(page, () => !/being measured/.test(document.querySelector('.comments__overview')?.textContent ?? 'being measured'));
  console.log(describeStep('    then sentiment scored and agreement measured (same clock as (a))', scored));

  await arm(page);
  await page.locator('.comments__codebook input[type=file]').setInputFiles(codebookFile);
  const coded = await finish(page, () => document.querySelectorAll('.comments__theme-table tbody tr').length === 31);
  console.log(describeStep('(b) open a 30-theme codebook: coded, theme table and mentions compared', coded));

  await arm(page);
  await page.getByLabel('Find text').fill('charged twice');
  const searched = await finish(page, () => /of [\d,]+$/.test(document.querySelector('.comments__count')?.textContent ?? '') && (document.querySelector('.comments__item')?.textContent ?? '').toLowerCase().includes('charged twice'));
  console.log(describeStep('(c) find "charged twice" in the list (after the 250 ms typing pause)', searched));
  failed = [opened, scored, coded, searched].some((step) => step.longest > LONGEST_TASK_BUDGET_MS);
  await context.close();
} finally {
  await browser.close();
  server.close();
  rmSync(folder, { recursive: true });
}
console.log(`load average after: ${loadavg().map((load) => load.toFixed(2)).join(' ')}`);
if (failed) process.exitCode = 1;
