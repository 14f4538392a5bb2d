import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNoA11yViolations } from './a11y';
import { useTestBrowser } from './test-browser';
import { hydrateIslands } from './browser';

const baseUrl = inject('baseUrl');
const testBrowser = useTestBrowser();

// The NPS of each paste, by hand (promoters 9–10, passives 7–8, detractors 0–6; NPS = % promoters − % detractors):
// - "9 10 1": 2 promoters, 1 detractor of 3: 66.7 − 33.3 = 33.3, shown as 33.
// - "0 8 9" (Replace): 1 promoter, 1 passive, 1 detractor of 3: 33.3 − 33.3 = 0.
// - "9 10 1" then "0 8 9" (Add): 9, 10, 1, 0, 8, 9: 3 promoters, 1 passive, 2 detractors of 6: 50 − 33.3 = 16.7, shown as 17.
// - Fused, as the bug read it: 9, 10, 10, 8, 9: 4 promoters, 1 passive of 5: 80.
const EARLIER = '9 10 1';
const PASTED = '0 8 9';

/** A fresh browser context (own storage, as a new visitor) with one watched page. */
async function openPage(): Promise<Page> {
  const context = await testBrowser.newContext({ colorScheme: 'light', viewport: { width: 1280, height: 900 } });
  return testBrowser.newPage(context);
}

async function waitForHydration(page: Page): Promise<void> {
  await hydrateIslands(page);
}

/** Type the earlier answers on /tools/nps/, then reload: the box shows them again, restored from localStorage. */
async function openWithRestoredAnswers(): Promise<Page> {
  const page = await openPage();
  await page.goto(`${baseUrl}/tools/nps/`);
  await waitForHydration(page);
  await page.locator('textarea').fill(EARLIER);
  await expect.poll(() => page.getByTestId('nps-value').innerText()).toBe('33');
  await page.reload();
  await waitForHydration(page);
  // The box is filled from localStorage once the island has hydrated and read it: on a loaded machine that can be
  // a moment after the islands lose their `ssr` attribute, so wait for it rather than reading once.
  await expect.poll(() => page.locator('textarea').inputValue(), { timeout: 15_000 }).toBe(EARLIER);
  return page;
}

/**
 * Click in the box (below the one line of text, so the caret lands at its end, as the person in the issue did),
 * then paste: a `paste` event carrying the clipboard, as the browser fires it. The browser inserts nothing for an
 * event a script made, so whatever reaches the box is what the page put there. Returns whether the page took the
 * paste over, and where the caret was.
 */
async function clickThenPaste(page: Page, text: string): Promise<{ prevented: boolean; caret: number; length: number }> {
  await page.locator('textarea').click();
  return page.evaluate((pasted) => {
    const box = document.querySelector('textarea');
    if (!box) throw new Error('no paste box');
    const caret = box.selectionStart;
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', pasted);
    const event = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true });
    box.dispatchEvent(event);
    return { prevented: event.defaultPrevented, caret, length: box.value.length };
  }, text);
}

/** What the page's own date format gives for today, in the browser's locale (the answers were saved today). */
function todayInBrowser(page: Page): Promise<string> {
  return page.evaluate(() => new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(new Date()));
}

async function headline(page: Page): Promise<string> {
  return page.locator('.results__headline').innerText();
}

describe('NPS calculator: a paste into answers restored from an earlier visit', () => {
  it('asks first; Replace (Enter on the focused default) keeps only the pasted answers', async () => {
    const page = await openWithRestoredAnswers();
    const pasted = await clickThenPaste(page, PASTED);
    expect(pasted).toEqual({ prevented: true, caret: EARLIER.length, length: EARLIER.length });

    const today = await todayInBrowser(page);
    const choice = page.getByRole('group', { name: `The box holds answers saved on ${today}. Replace them with what you pasted, or add it to them?` });
    await choice.waitFor();
    const replace = page.getByRole('button', { name: `Replace the answers from ${today}` });
    await expect.poll(() => replace.evaluate((button) => button === document.activeElement)).toBe(true);
    // Until the person chooses, nothing has changed.
    await expect(page.getByTestId('nps-value').innerText()).resolves.toBe('33');

    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('nps-value').innerText()).toBe('0');
    await expect(headline(page)).resolves.toContain('NPS from 3 answers');
    await expect(page.locator('textarea').inputValue()).resolves.toBe(PASTED);
    await expect(choice.count()).resolves.toBe(0);
    await expect.poll(() => page.locator('textarea').evaluate((box) => box === document.activeElement)).toBe(true);
  });

  it('asks first; Add keeps both, six answers, no "10" made of the old "1" and the new "0"; the choice passes axe in both themes', async () => {
    const page = await openWithRestoredAnswers();
    await clickThenPaste(page, PASTED);
    const group = page.locator('.score-input__paste-choice');
    await group.waitFor();
    await expectNoA11yViolations(page, 'the replace-or-add choice');
    await expect(group.getAttribute('role')).resolves.toBe('group');

    await page.getByRole('button', { name: 'Add to them' }).click();
    await expect.poll(() => page.getByTestId('nps-value').innerText()).toBe('17');
    await expect(headline(page)).resolves.toContain('NPS from 6 answers');
    await expect(page.locator('textarea').inputValue()).resolves.toBe(`${EARLIER}\n${PASTED}`);

    // Saved with today's date now, and this visit's: a reload restores the six answers.
    await page.reload();
    await waitForHydration(page);
    await expect(page.getByTestId('nps-value').innerText()).resolves.toBe('17');
  });
});

describe('NPS calculator: a paste at a caret just after a digit, on a fresh visit', () => {
  it('gets a line break from the page, so "1" and "0" stay two answers (a real Ctrl+V from the clipboard)', async () => {
    const context = await testBrowser.newContext({ colorScheme: 'light', viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const page = await testBrowser.newPage(context);
    await page.goto(`${baseUrl}/tools/nps/`);
    await waitForHydration(page);
    await page.locator('textarea').fill(EARLIER);
    await expect.poll(() => page.getByTestId('nps-value').innerText()).toBe('33');
    // A trusted paste this time: the browser itself would insert at the caret and fuse "1" with "0" (NPS 80 from 5).
    await page.evaluate((text) => navigator.clipboard.writeText(text), PASTED);
    await page.locator('textarea').click();
    await page.keyboard.press('Control+V');
    await expect.poll(() => page.locator('textarea').inputValue()).toBe(`${EARLIER}\n${PASTED}`);
    await expect(page.locator('.score-input__paste-choice').count()).resolves.toBe(0);
    await expect.poll(() => page.getByTestId('nps-value').innerText()).toBe('17');
    await expect(headline(page)).resolves.toContain('NPS from 6 answers');
  });
});
