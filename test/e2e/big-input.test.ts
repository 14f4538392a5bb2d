import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateSurveyExport, type SurveyExport } from '../../scripts/survey-export.ts';
import { useTestBrowser } from './test-browser';
import { hydrateIslands } from './browser';

const baseUrl = inject('baseUrl');
const testBrowser = useTestBrowser();

/** The column picker's values: the export's columns by 0-based position. */
const RESPONDENT_ID_COLUMN = '0';
const SCORE_COLUMN = '2';

let survey: SurveyExport;
let folder: string;
let exportFile: string;

// The ~50 MB export of `npm run bench:export` (seeded, so the same every run), generated once for the file (3-4 s)
// and written to disk: Chromium reads a chosen file itself, as it would a person's (a buffer would be decoded by
// Playwright's own script in the page, a long task of the test, not of the calculator).
beforeAll(() => {
  survey = generateSurveyExport();
  folder = mkdtempSync(join(tmpdir(), 'big-input-'));
  exportFile = join(folder, 'survey-export.csv');
  writeFileSync(exportFile, survey.text, 'utf8');
}, 60_000);

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** The headline as the calculator writes it: rounded, with a minus sign (U+2212) for a negative NPS. */
function formatHeadline(nps: number): string {
  const rounded = Math.round(nps);
  return rounded < 0 ? `−${String(-rounded)}` : String(rounded);
}

/** A fresh context (a new visitor) on the NPS calculator, every island hydrated unless `hydrated` is false. */
async function openCalculator(hydrated = true): Promise<Page> {
  const context = await testBrowser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await testBrowser.newPage(context);
  await page.goto(`${baseUrl}/tools/nps/`);
  if (hydrated) await hydrateIslands(page);
  return page;
}

type Watch = { longTasks: number[]; taskLog: { start: number; duration: number }[]; actionAt: number | null; resultAt: number | null; expected: string | null };

/**
 * Watch the page: every main-thread task over 50 ms (PerformanceObserver 'longtask'; a deliberate 150 ms task
 * first proves the observer sees them), when the next action reaches the page (its `change` event, caught before
 * any handler) and when the headline first shows what the step expects (a MutationObserver: the moment React
 * writes it).
 */
async function watchPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    const watch: Watch = { longTasks: [], taskLog: [], actionAt: null, resultAt: null, expected: null };
    (window as unknown as { bigInput: Watch }).bigInput = watch;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        watch.longTasks.push(entry.duration);
        watch.taskLog.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: false });
    for (const type of ['change', 'input', 'drop']) window.addEventListener(type, () => (watch.actionAt ??= performance.now()), { capture: true });
    new MutationObserver(() => {
      if (watch.expected === null || watch.resultAt !== null) return;
      const value = document.querySelector('[data-testid="nps-value"]')?.textContent ?? '';
      if (value === watch.expected) watch.resultAt = performance.now();
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
    setTimeout(() => {
      const end = performance.now() + 150;
      while (performance.now() < end);
    }, 0);
  });
  await page.waitForFunction(() => (window as unknown as { bigInput: Watch }).bigInput.longTasks.length > 0);
}

/** Forget earlier tasks and times; the headline must next read `expected`. */
async function startStep(page: Page, expected: string): Promise<void> {
  await page.evaluate((text) => {
    const watch = (window as unknown as { bigInput: Watch }).bigInput;
    Object.assign(watch, { longTasks: [], taskLog: [], actionAt: null, resultAt: null, expected: text });
  }, expected);
}

/** Wait for the expected headline, let any task still running end and be reported, then read the figures. */
async function finishStep(page: Page): Promise<{ longestTask: number; longTasks: number; resultMs: number }> {
  await page.waitForFunction(() => (window as unknown as { bigInput: Watch }).bigInput.resultAt !== null, undefined, { timeout: 60_000 });
  await page.waitForTimeout(500);
  const { longTasks, actionAt, resultAt } = await page.evaluate(() => (window as unknown as { bigInput: Watch }).bigInput);
  return { longestTask: Math.max(0, ...longTasks), longTasks: longTasks.length, resultMs: (resultAt ?? Number.NaN) - (actionAt ?? Number.NaN) };
}

/** Load the export from its file and wait for its NPS. */
async function loadExport(page: Page): Promise<{ longestTask: number; longTasks: number; resultMs: number }> {
  await startStep(page, formatHeadline(survey.expectedNps));
  await page.locator('input[type=file]').setInputFiles(exportFile);
  return finishStep(page);
}

// The 100 ms and 1 s budgets sit close to the noise of a shared two-core machine: other processes slowed every
// step here two-fold at times (load average 4-8), and a garbage collection can add 30-50 ms to one task. A task the
// page itself makes too long, or a read that posts the text again, fails every attempt; a pause the machine adds
// once does not, so each test gets three attempts.
describe('a 50 MB survey export from a file', () => {
  it('gives the generator’s NPS with no main-thread task over 100 ms', { retry: 2, timeout: 180_000 }, async () => {
    const page = await openCalculator();
    await watchPage(page);
    const loaded = await loadExport(page);
    console.log(
      `${(Buffer.byteLength(survey.text) / 1e6).toFixed(1)} MB export from a file: ${String(loaded.longTasks)} long tasks, longest ${loaded.longestTask.toFixed(0)} ms, result after ${loaded.resultMs.toFixed(0)} ms`,
    );
    // The generator counted the answers as it wrote them (scripts/survey-export.ts): 617,153 scores, NPS 21.98 → 22.
    await expect(page.getByText(`Read ${survey.answered.toLocaleString('en-GB')} answers from “How likely are you to recommend us?”`, { exact: false }).first().isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('nps-value').innerText()).resolves.toBe(formatHeadline(survey.expectedNps));
    // The text stays in the worker: the box is empty, and nothing of 50 MB is left on the page.
    await expect(page.locator('textarea').inputValue()).resolves.toBe('');
    expect(loaded.longestTask).toBeLessThan(100);
  });

  it('shows another column’s result within 1 s of the switch, and the score column’s again', { retry: 2, timeout: 180_000 }, async () => {
    const page = await openCalculator();
    await watchPage(page);
    await loadExport(page);

    // Respondent IDs 1-10 are the only ones on the 0-10 scale: 2 promoters (9, 10), 6 detractors (1-6), NPS −40.
    await startStep(page, '−40');
    await page.getByLabel('Column to read').selectOption(RESPONDENT_ID_COLUMN);
    const toIds = await finishStep(page);
    await startStep(page, formatHeadline(survey.expectedNps));
    await page.getByLabel('Column to read').selectOption(SCORE_COLUMN);
    const back = await finishStep(page);
    console.log(
      `column switch on the 50 MB export: to IDs ${toIds.resultMs.toFixed(0)} ms (longest task ${toIds.longestTask.toFixed(0)} ms), back ${back.resultMs.toFixed(0)} ms (longest task ${back.longestTask.toFixed(0)} ms)`,
    );
    expect(toIds.resultMs).toBeLessThan(1000);
    expect(back.resultMs).toBeLessThan(1000);
    expect(Math.max(toIds.longestTask, back.longestTask)).toBeLessThan(100);
  });
});

// The calculators' tests that time the main thread live here, in the one file that runs alone (vitest.e2e.config.ts).
// The two 100 ms budgets sit close to the noise of a shared two-core machine (see the note above), so each gets
// three attempts.
describe('1,000,000 answers in the NPS calculator', () => {
  it('reads 1,000,000 answers from a file without a main-thread task over 100 ms', { retry: 2, timeout: 180_000 }, async () => {
    const page = await openCalculator();
    const scores = Array.from({ length: 1_000_000 }, (_, index) => String((index * 7) % 11));
    scores[499_999] = 'n/a';
    // The expected NPS counted here from the same list: promoters 9-10, detractors 0-6, the one 'n/a' left out.
    const numbers = scores.filter((score) => score !== 'n/a').map(Number);
    const expected = (100 * (numbers.filter((score) => score >= 9).length - numbers.filter((score) => score <= 6).length)) / numbers.length;
    const buffer = Buffer.from(scores.join('\n'), 'utf8');
    // A file on disk, as a person would choose it (see the 50 MB export above).
    const file = join(folder, 'answers.csv');
    writeFileSync(file, buffer);
    await watchPage(page);
    await startStep(page, formatHeadline(expected));
    await page.locator('input[type=file]').setInputFiles(file);
    const step = await finishStep(page);
    await expect(page.getByText(/^Read 999,999 answers; left out 1 value/).isVisible()).resolves.toBe(true);
    await expect(page.getByText('Line 500000: "n/a" is not a number').isVisible()).resolves.toBe(true);
    console.log(`1,000,000-line file (${(buffer.length / 1e6).toFixed(1)} MB): ${String(step.longTasks)} long tasks, longest ${step.longestTask.toFixed(0)} ms`);
    expect(step.longestTask).toBeLessThan(100);

    // The counts, not the 2.1 MB of text, are kept: a reload shows the same result.
    await page.reload();
    await page.getByTestId('nps-value').waitFor();
    await expect(page.getByTestId('nps-value').innerText()).resolves.toBe(formatHeadline(expected));
    await expect(page.getByText(/Large paste: we kept the counts, not the text/).isVisible()).resolves.toBe(true);
  });

  it('reads 1,000,000 pasted answers without a main-thread task over 100 ms', { retry: 2, timeout: 180_000 }, async () => {
    const page = await openCalculator();
    // The clipboard's text, made before anything is measured (building it is the test's work, not the page's).
    const characters = await page.evaluate(() => {
      // (7 × index) mod 11 for index 0 … 999,999. The 11 scores repeat, so one `repeat` builds the text: joining
      // a million-element array instead left its garbage to be collected in the measured window (pauses of 56–82 ms).
      const period = Array.from({ length: 11 }, (_, index) => String((index * 7) % 11)).join('\n');
      const text = `${period}\n`.repeat(90_909) + '0';
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', text);
      (window as unknown as { clipboardData: DataTransfer }).clipboardData = clipboardData;
      return text.length;
    });
    await watchPage(page);
    // 0–10 in turn: 181,818 promoters (9, 10) and 636,364 detractors (0–6) of 1,000,000: NPS −45.4546, shown as −45.
    await startStep(page, '−45');
    // A real paste: the browser fires a cancelable `paste` event carrying the clipboard on the focused box.
    // The island handles it itself (PasteBox's onPaste: a long paste never enters the box), so no `input` follows.
    const handled = await page.evaluate(() => {
      const box = document.querySelector('textarea');
      if (!box) throw new Error('no paste box');
      box.focus();
      const { clipboardData } = window as unknown as { clipboardData: DataTransfer };
      const event = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true });
      const start = performance.now();
      box.dispatchEvent(event);
      return { prevented: event.defaultPrevented, boxLength: box.value.length, handlerMs: performance.now() - start };
    });
    expect({ prevented: handled.prevented, boxLength: handled.boxLength }).toEqual({ prevented: true, boxLength: 0 });
    const step = await finishStep(page);
    await expect(page.getByText(/^Read 1,000,000 answers\./).isVisible()).resolves.toBe(true);
    console.log(
      `1,000,000 pasted lines (${(characters / 1e6).toFixed(1)} MB): paste handler ${handled.handlerMs.toFixed(0)} ms, ${String(step.longTasks)} long tasks, longest ${step.longestTask.toFixed(0)} ms`,
    );
    expect(step.longestTask).toBeLessThan(100);
  });
});

/** How 1,000,000 lines reach the box other than by a paste event, as the browser delivers each to the page. */
const OTHER_PATHS = {
  // A drop of text: a cancelable `drop` carrying the text (a synthetic drop has no default action, so the page
  // must take the text itself; a person's drop would otherwise insert it and fire `input`, the next path).
  'dropped text': (box: HTMLTextAreaElement, text: string, starting: () => void) => {
    const dataTransfer = new DataTransfer();
    dataTransfer.setData('text/plain', text);
    starting();
    box.dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, cancelable: true }));
  },
  // A script (a browser extension, a test tool) setting the value and firing `input`.
  'a script setting the value': (box: HTMLTextAreaElement, text: string, starting: () => void) => {
    box.value = text;
    starting();
    box.dispatchEvent(new Event('input', { bubbles: true }));
  },
  // Autofill as Chromium delivers it: the value replaced, then `input` (insertReplacementText) and `change`.
  autofill: (box: HTMLTextAreaElement, text: string, starting: () => void) => {
    box.value = text;
    starting();
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }));
    box.dispatchEvent(new Event('change', { bubbles: true }));
  },
} as const;

// The same budgets as a paste (issue 17): the result within 1 s, no main-thread task over 100 ms, and page memory
// under 500 MB above what it was before (without the fix the box held the text through the typing pause: 61-83 s
// and 5.7-6.8 GB). Three attempts each, for the reason given above.
describe('1,000,000 lines put in the NPS box by another path than a paste', () => {
  for (const [path, put] of Object.entries(OTHER_PATHS)) {
    it(`reads them by ${path} as a paste is read`, { retry: 2, timeout: 180_000 }, async () => {
      const page = await openCalculator();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      // The text, made before anything is measured (see the pasted answers above for why one `repeat`).
      await page.evaluate(() => {
        const period = Array.from({ length: 11 }, (_, index) => String((index * 7) % 11)).join('\n');
        (window as unknown as { bigText: string }).bigText = `${period}\n`.repeat(90_909) + '0';
      });
      await cdp.send('HeapProfiler.collectGarbage');
      const before = await readPageMemory(cdp);
      await watchPage(page);
      // 0–10 in turn: 181,818 promoters and 636,364 detractors of 1,000,000: NPS −45.45, shown as −45.
      await startStep(page, '−45');
      // Setting a million lines as a textarea's value takes Chromium itself 3-9 s (measured alone, with no page
      // script listening): that is the script's or autofill's own task, which no page can shorten. What the page
      // owns is its handler (timed around the event) and every task after it.
      const handlerMs = await page.evaluate(`(() => {
        const box = document.querySelector('textarea');
        (${put.toString()})(box, window.bigText, () => (window.handlerStart = performance.now()));
        window.handlerEnd = performance.now();
        return window.handlerEnd - window.handlerStart;
      })()`);
      const step = await finishStep(page);
      const handlerEnd = await page.evaluate(() => (window as unknown as { handlerEnd: number }).handlerEnd);
      const taskLog = await page.evaluate(() => (window as unknown as { bigInput: Watch }).bigInput.taskLog);
      const longestAfter = Math.max(0, ...taskLog.filter((task) => task.start >= handlerEnd).map((task) => task.duration));
      const pageLongest = Math.max(Number(handlerMs), longestAfter);
      await cdp.send('HeapProfiler.collectGarbage');
      const grownMb = ((await readPageMemory(cdp)) - before) / 1e6;
      console.log(
        `1,000,000 lines by ${path}: result after ${step.resultMs.toFixed(0)} ms; the page's handler ${Number(handlerMs).toFixed(0)} ms, longest task after it ${longestAfter.toFixed(0)} ms (longest of all, the value's own setting included: ${step.longestTask.toFixed(0)} ms); page memory +${grownMb.toFixed(1)} MB`,
      );
      await expect(page.getByText(/^Read 1,000,000 answers\./).isVisible()).resolves.toBe(true);
      // The text left the box at once: it is read in the worker, never laid out on the page.
      await expect(page.locator('textarea').inputValue()).resolves.toBe('');
      await expect(page.getByText(/Large paste: we kept the counts, not the text/).isVisible()).resolves.toBe(true);
      expect(step.resultMs).toBeLessThan(1000);
      expect(pageLongest).toBeLessThan(100);
      expect(grownMb).toBeLessThan(500);
    });
  }
});

// Before the island hydrates (it loads on first use), the same text must not sit in the box while the code loads:
// the first frame after a million lines are put in a text box takes Chromium some 17 s to lay out (measured on this
// machine; the result came 8-56 s after the input before the fix). The code's loading and hydration are in the time
// here, so its bound is looser than a hydrated page's.
describe('1,000,000 lines put in the NPS box before the calculator has hydrated', () => {
  for (const [path, put] of Object.entries(OTHER_PATHS)) {
    it(`reads them by ${path} once it has, without laying them out first`, { retry: 2, timeout: 180_000 }, async () => {
      const page = await openCalculator(false);
      await page.evaluate(() => {
        const period = Array.from({ length: 11 }, (_, index) => String((index * 7) % 11)).join('\n');
        (window as unknown as { bigText: string }).bigText = `${period}\n`.repeat(90_909) + '0';
      });
      await watchPage(page);
      await startStep(page, '−45');
      await expect(page.locator('astro-island[ssr]').count()).resolves.toBe(1);
      const boxAfter = await page.evaluate(`(() => {
        const box = document.querySelector('textarea');
        (${put.toString()})(box, window.bigText, () => {});
        return document.querySelector('textarea').value.length;
      })()`);
      const step = await finishStep(page);
      console.log(`1,000,000 lines by ${path} before hydration: result after ${step.resultMs.toFixed(0)} ms`);
      // Out of the box within the event, before any frame could lay it out.
      expect(boxAfter).toBe(0);
      await expect(page.getByText(/^Read 1,000,000 answers\./).isVisible()).resolves.toBe(true);
      await expect(page.locator('textarea').inputValue()).resolves.toBe('');
      expect(step.resultMs).toBeLessThan(5000);
    });
  }
});

/** The page's memory: its JS heap plus what lives outside it (external strings such as a big value, buffers). */
async function readPageMemory(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const { backingStorageSize } = (await cdp.send('Runtime.getHeapUsage')) as { backingStorageSize: number };
  return (metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0) + backingStorageSize;
}
