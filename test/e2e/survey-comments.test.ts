/**
 * The comments view in Chromium: a Typeform-style NPS export with a comment column
 * (test/fixtures/comments/typeform-comments.csv; comments per group and the comments two rules find are counted
 * in Python by make_fixture.py, in typeform-comments.expected.json) dropped on /tools/survey/. The test reads the
 * detractors' distinctive phrases and one in context, builds two themes, codes a comment by hand, reloads,
 * downloads the coded comments and checks the CSV, and opens the codebook link in a fresh browser. Every new
 * state is scanned with axe in both colour schemes.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { encodeCodebookShareCode } from '../../src/lib/comments/codebook-share-code.ts';
import { forEachDelimitedRecord } from '../../src/lib/metrics/read-delimited-records.ts';
import { expectNoA11yViolations } from './a11y';
import { useTestBrowser } from './test-browser';
import { hydrateIslands } from './browser';

const baseUrl = inject('baseUrl');
const testBrowser = useTestBrowser();
const folder = new URL('../fixtures/comments/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('typeform-comments.expected.json', folder), 'utf8')) as {
  comments: number;
  blank: number;
  groups: Record<'Promoters' | 'Passives' | 'Detractors', number>;
  themes: Record<'Refunds' | 'On hold', Record<'all' | 'Promoters' | 'Passives' | 'Detractors', number>>;
};

async function openWorkbench(page: Page, hash = ''): Promise<void> {
  await page.goto(`${baseUrl}/tools/survey/${hash}`);
  await hydrateIslands(page);
}


/** Open the comments view and wait for the distinctive phrases. */
async function openComments(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Read the comments' }).click();
  await page.getByRole('heading', { name: 'What sets each group apart' }).waitFor({ timeout: 30_000 });
}

/** A theme's row of the theme table: its cells' text. */
async function readThemeRow(page: Page, theme: string): Promise<string[]> {
  const row = page.locator('.comments__theme-table tbody tr').filter({ has: page.getByRole('rowheader', { name: theme, exact: true }) });
  await row.waitFor({ timeout: 15_000 });
  return row.locator('th, td').allInnerTexts();
}

/** Read a CSV as rows of cells with the project's own RFC 4180 reader. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  forEachDelimitedRecord(text, ',', (cells) => {
    rows.push(cells.map(String));
  });
  return rows;
}

describe('comments view in Chromium', () => {
  it('ranks the detractors’ phrases, codes two themes and a comment by hand, keeps them over a reload, exports CSV and shares the codebook', { timeout: 240_000 }, async () => {
    const context = await testBrowser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await testBrowser.newPage(context);
    await openWorkbench(page);
    await page.locator('input[type=file]').first().setInputFiles({ name: 'typeform-comments.csv', mimeType: 'text/csv', buffer: readFileSync(new URL('typeform-comments.csv', folder)) });
    await expect.poll(() => page.locator('.survey-workbench__headline').innerText(), { timeout: 15_000 }).toContain('240 answers');
    await openComments(page);
    // Focus follows the person to the view that replaced the button.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('What customers are saying');

    // The overview: comments and blanks as counted in Python; the email and the phone number masked.
    const overview = page.getByRole('list', { name: 'What the comment column holds' });
    await expect(overview.innerText()).resolves.toContain(`${String(expected.comments)} comments; ${String(expected.blank)} rows of 240 left it blank.`);
    await expect(overview.innerText()).resolves.toContain('Masked 1 email address and 1 phone number');
    await expect(overview.innerText()).resolves.toContain('like Spanish');
    await expectNoA11yViolations(page, 'comments view opened');

    // The detractors' distinctive phrases include the planted complaints, each with a z above 1.96.
    const detractors = page.locator('.comments__term-group').filter({ hasText: 'Detractors (0–6)' });
    const phrases = await detractors.locator('tbody th').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('aria-label')));
    expect(phrases).toEqual(expect.arrayContaining(['refund', 'hold']));
    for (const z of await detractors.locator('tbody td:nth-of-type(3)').allInnerTexts()) expect(Number(z)).toBeGreaterThan(1.96);
    // "hold" in context: each line holds the word, in the rows of detractors' comments.
    await detractors.getByRole('button', { name: 'Context: hold', exact: true }).click();
    const contexts = page.locator('.comments__kwic li');
    await contexts.first().waitFor();
    // Focus moves to the contexts (they open below all the groups), and back to the button when they close.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/^“hold” in context: /);
    for (const line of await contexts.allInnerTexts()) expect(line.toLowerCase()).toContain('hold');
    await expectNoA11yViolations(page, 'a phrase in context');

    // Two themes, typed as an analyst would: the counts per group are those Python found with the same rules.
    await page.getByLabel('Theme name').fill('Refunds');
    await page.getByLabel('Rules, one per line').fill('refund*');
    await page.getByRole('button', { name: 'Add theme' }).click();
    await page.getByLabel('Theme name').fill('On hold');
    await page.getByLabel('Rules, one per line').fill('hold\non hold');
    await page.getByRole('button', { name: 'Add theme' }).click();
    const refunds = expected.themes.Refunds;
    await expect.poll(() => readThemeRow(page, 'Refunds'), { timeout: 15_000 }).toEqual([
      'Refunds',
      expect.stringMatching(new RegExp(`^${String(refunds.all)} · `)),
      expect.stringMatching(/^0%/),
      expect.stringMatching(/^0%/),
      expect.stringMatching(new RegExp(`^${String(Math.round((100 * refunds.Detractors) / expected.groups.Detractors))}%`)),
    ]);
    const onHold = await readThemeRow(page, 'On hold');
    expect(onHold[1]).toMatch(new RegExp(`^${String(expected.themes['On hold'].all)} · `));
    await expectNoA11yViolations(page, 'two themes and their table');

    // Code by hand: the promoter comment in row 2 has no theme by the rules; it gets "On hold" by hand.
    const list = page.locator('.comments__list');
    const firstComment = list.locator('.comments__item').first();
    await expect(firstComment.innerText()).resolves.toContain('Row 2');
    await firstComment.getByRole('button', { name: /Code by hand/ }).click();
    // The keyboard lands on the first theme's checkbox.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('checkbox');
    await firstComment.getByRole('checkbox', { name: 'On hold' }).check();
    await expectNoA11yViolations(page, 'coding a comment by hand');
    await firstComment.getByRole('button', { name: 'Save by hand' }).click();
    await expect.poll(() => firstComment.innerText(), { timeout: 10_000 }).toContain('Themes: On hold (set by hand)');
    await expect.poll(async () => (await readThemeRow(page, 'On hold'))[1], { timeout: 10_000 }).toMatch(new RegExp(`^${String(expected.themes['On hold'].all + 1)} · `));

    // Any typed phrase in context, from the list's search: every line holds it, and focus moves to the list.
    await page.getByLabel('Find text').fill('called back');
    await page.getByRole('button', { name: 'Show “called back” in context' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/^“called back” in context: /);
    const typedLines = await list.locator('.comments__kwic li').allInnerTexts();
    expect(typedLines.length).toBeGreaterThan(0);
    for (const line of typedLines) expect(line.toLowerCase()).toContain('called back');
    await expectNoA11yViolations(page, 'a typed phrase in context');
    await list.getByRole('button', { name: 'Close the context view' }).click();
    await page.getByLabel('Find text').fill('');

    // A reload keeps the codebook and the hand code (saved in this browser), and the view reads the file again.
    await page.reload();
    await hydrateIslands(page);
    await openComments(page);
    await expect.poll(async () => (await readThemeRow(page, 'On hold'))[1], { timeout: 15_000 }).toMatch(new RegExp(`^${String(expected.themes['On hold'].all + 1)} · `));

    // The coded comments CSV: every comment once, a column per theme, the hand code marked, details masked, and a
    // comment that starts with "=" written so a spreadsheet does not run it.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Coded comments (CSV)' }).click();
    const csv = readCsv(readFileSync(await (await download).path(), 'utf8'));
    const [header, ...rows] = csv;
    expect(header).toEqual(['row', 'response ID', 'group', 'score', 'sentiment', 'comment', 'Refunds', 'On hold', 'coded by']);
    expect(rows).toHaveLength(expected.comments);
    const row2 = rows.find((cells) => cells[0] === '2');
    expect(row2?.slice(6)).toEqual(['0', '1', 'hand']);
    expect(rows.filter((cells) => cells[6] === '1')).toHaveLength(refunds.all);
    const text = rows.map((cells) => cells[5] ?? '').join('\n');
    expect(text).not.toContain('jo.bloggs@example.com');
    expect(text).toContain('[email]');
    expect(rows.some((cells) => (cells[5] ?? '').startsWith('='))).toBe(false);
    expect(text).toContain('1+2 is what the bill said');

    // The codebook link carries the themes and rules (no comment, no hand code) to a fresh browser.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    await page.getByRole('button', { name: 'Copy codebook link' }).click();
    await expect.poll(() => page.locator('.comments__codebook [role=status]').first().innerText()).toContain('Copied a link');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/tools\/survey\/#k=/);
    expect(link).not.toContain('bloggs');
    const fresh = await testBrowser.newPage(await testBrowser.newContext({ viewport: { width: 1280, height: 900 } }));
    await fresh.goto(link);
    await fresh.getByText('Opened a shared codebook: 2 themes').waitFor({ timeout: 30_000 });
    await expect(fresh.locator('.comments__theme-name').allInnerTexts()).resolves.toEqual(['Refunds', 'On hold']);
    await expectNoA11yViolations(fresh, 'a shared codebook opened');
  });

  it('offers the comments on the NPS calculator when the pasted answers come with a comment column, and not for a plain list', { timeout: 120_000 }, async () => {
    const context = await testBrowser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await testBrowser.newPage(context);
    await page.goto(`${baseUrl}/tools/nps/`);
    await hydrateIslands(page);
    await page.locator('textarea').first().fill('9 10 3');
    await expect.poll(() => page.getByTestId('nps-value').innerText()).toBe('33');
    await expect(page.getByRole('button', { name: 'Read the comments' }).count()).resolves.toBe(0);

    await page.locator('input[type=file]').first().setInputFiles({ name: 'typeform-comments.csv', mimeType: 'text/csv', buffer: readFileSync(new URL('typeform-comments.csv', folder)) });
    await page.getByRole('button', { name: 'Read the comments' }).click({ timeout: 15_000 });
    await page.getByRole('heading', { name: 'What sets each group apart' }).waitFor({ timeout: 30_000 });
    const overview = page.getByRole('list', { name: 'What the comment column holds' });
    await expect(overview.innerText()).resolves.toContain(`${String(expected.comments)} comments`);
    // On a phone the phrase tables stay inside the page: nothing wider than the viewport but their own scrolling box.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoA11yViolations(page, 'comments on the NPS calculator at 375 px');
  });

  it('opens a codebook link however its key is written, and one put in the address bar of the open page', { timeout: 120_000 }, async () => {
    const one = await encodeCodebookShareCode([{ id: 'refunds', name: 'Refunds', rules: ['refund*'] }]);
    const two = await encodeCodebookShareCode([{ id: 'hold', name: 'On hold', rules: ['hold'] }, { id: 'staff', name: 'Staff', rules: ['friendly'] }]);
    const page = await testBrowser.newPage(await testBrowser.newContext({ viewport: { width: 1280, height: 900 } }));
    // Upper case, as a tool that shouts links might write it: read as every fragment is.
    await openWorkbench(page, `#K=${one}`);
    await page.getByText('Opened a shared codebook: 1 theme.').waitFor({ timeout: 30_000 });
    await expect(page.locator('.comments__theme-name').allInnerTexts()).resolves.toEqual(['Refunds']);
    await expectNoA11yViolations(page, 'a codebook link with its key in capitals');
    // Pasted into the address bar while the page is open: a hash change, no reload.
    await page.evaluate((code) => {
      window.location.hash = `k=${code}`;
    }, two);
    await page.getByText('Opened a shared codebook: 2 themes in place of your 1 theme (Undo puts them back).').waitFor({ timeout: 30_000 });
    await expect(page.locator('.comments__theme-name').allInnerTexts()).resolves.toEqual(['On hold', 'Staff']);
    await expectNoA11yViolations(page, 'a second codebook link on the open page');
  });
});
