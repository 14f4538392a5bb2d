// Browser tests for issue 15's assessment part: links that carry the person, results shared with you, a shared
// link's first paint, and team results that lead to a discussion. Keyboard only; axe in every new state.
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Answer, AnswerSet } from '../../src/lib/assessment/answer-set.ts';
import { QUESTION_BANK } from '../../src/lib/assessment/question-bank.ts';
import { getQuestionIds } from '../../src/lib/assessment/questions-in-mode.ts';
import { encodeResultShareCode } from '../../src/lib/assessment/result-share-code.ts';
import { expectNoA11yViolations } from './a11y';
import { useTestBrowser } from './test-browser';
import { hydrateIslands } from './browser';

const baseUrl = inject('baseUrl');
const testBrowser = useTestBrowser();

function makeAnswerSet(mode: 'full' | 'quick', notation: string): AnswerSet {
  const ids = getQuestionIds(QUESTION_BANK, mode);
  const codes = notation.replaceAll(' ', '');
  const answers: Record<string, Answer> = {};
  ids.forEach((id, index) => {
    const code = codes[index];
    if (code === 'd') answers[id] = { kind: 'dont-know' };
    else if (code !== undefined && '12345'.includes(code)) answers[id] = { kind: 'level', level: Number(code) as 1 | 2 | 3 | 4 | 5 };
  });
  return { bankVersion: QUESTION_BANK.version, mode, answers };
}

const ANA = makeAnswerSet('full', '1111 1111 2222 2222 2222 2222 2222 2222');
const BEA = makeAnswerSet('full', '5555 5555 2222 2222 2222 2222 2222 2222');
const CY = makeAnswerSet('full', '3333 3333 2222 2222 2222 2222 2222 2d22');

async function openPage(storage?: Record<string, unknown>): Promise<{ page: Page; context: BrowserContext }> {
  const context = await testBrowser.newContext({ acceptDownloads: true });
  if (storage !== undefined) {
    await context.addInitScript((entries) => {
      if (sessionStorage.getItem('seeded') !== null) return;
      sessionStorage.setItem('seeded', '1');
      for (const [key, data] of Object.entries(entries)) localStorage.setItem(key, JSON.stringify({ v: 1, data }));
    }, storage);
  }
  return { page: await testBrowser.newPage(context), context };
}

async function hydrated(page: Page): Promise<void> {
  await hydrateIslands(page);
}

/** Presses a key with focus on the element: keyboard only, no pointer. */
async function press(page: Page, locator: ReturnType<Page['locator']>, key = 'Enter'): Promise<void> {
  await locator.focus();
  await page.keyboard.press(key);
}

describe('a shared link’s first paint', () => {
  it('never shows the intro’s Start button, from the first frame to the results', async () => {
    const { page, context } = await openPage();
    // From before the first byte is parsed: every DOM change and every frame records whether a Start button or the
    // intro heading is visible, and what the assessment area shows.
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      const look = () => {
        for (const button of document.querySelectorAll('button')) {
          if (/^Start/.test(button.textContent?.trim() ?? '') && button.checkVisibility()) seen.push(`start:${button.textContent?.trim() ?? ''}`);
        }
        const loading = document.querySelector('.shared-link-loading');
        if (loading instanceof HTMLElement && loading.checkVisibility()) seen.push('loading');
        if (document.querySelector('.overall__level')?.checkVisibility() === true) seen.push('results');
      };
      new MutationObserver(look).observe(document, { childList: true, subtree: true, attributes: true });
      const frame = () => {
        look();
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await page.goto(`${baseUrl}/assessment/#r=${encodeResultShareCode(QUESTION_BANK, ANA, { label: 'Ana', role: 'leadership' })}`);
    await page.getByRole('heading', { name: 'Shared results: Ana, Leadership' }).waitFor();
    await expect.poll(() => page.evaluate(() => (window as unknown as { seen: string[] }).seen.includes('results')), { timeout: 10_000 }).toBe(true);
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen.filter((entry) => entry.startsWith('start:'))).toEqual([]);
    // What showed before the results was the neutral "Opening the shared results…", never the intro.
    expect(seen.indexOf('loading')).toBeLessThan(seen.indexOf('results'));
    await expectNoA11yViolations(page, 'a shared link with a name and role');
  });

  it('an ordinary visit still shows the intro, and a bad link its error, without the cover', async () => {
    const { page } = await openPage();
    await page.goto(`${baseUrl}/assessment/`);
    await hydrated(page);
    await page.getByRole('button', { name: 'Start the assessment' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.hasAttribute('data-shared-link'))).resolves.toBe(false);
    await page.goto(`${baseUrl}/assessment/#r=A2.1.nonsense`);
    await page.getByRole('heading', { name: 'This share link cannot be opened' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.hasAttribute('data-shared-link'))).resolves.toBe(false);
  });
});

describe('links that carry the person', () => {
  it('says the name and role go in the link, leaves them out on request, and a colleague keeps it as theirs', async () => {
    const progress = { ...ANA, view: 'results', step: 0, completedAt: '2026-03-01T10:00:00.000Z', respondent: { label: 'Ana', role: 'leadership' } };
    const { page } = await openPage({ 'touchpoint:assessment-progress': progress });
    await page.goto(`${baseUrl}/assessment/`);
    await hydrated(page);
    await page.getByText('Your name and role go in the link: Ana, Leadership.').waitFor();
    const withPerson = await page.getByLabel('Share link').inputValue();
    expect(withPerson).toMatch(/#r=A2\.1\.f[^.]*\.\.lQW5h\./);
    await expectNoA11yViolations(page, 'own results with the person in the link');
    await press(page, page.getByRole('checkbox', { name: 'Include my name and role in the link' }), 'Space');
    await page.getByText('The link carries the answers only, not your name and role.').waitFor();
    await expect(page.getByLabel('Share link').inputValue()).resolves.toMatch(/\.\.-\.[A-Za-z0-9_-]{4}$/);

    // A colleague opens the link with the person in it.
    const colleague = await openPage();
    await colleague.page.goto(withPerson);
    await hydrated(colleague.page);
    await colleague.page.getByRole('heading', { name: 'Shared results: Ana, Leadership' }).waitFor();
    await press(colleague.page, colleague.page.getByRole('button', { name: 'Keep in “Shared with you”' }));
    await colleague.page.getByRole('heading', { name: 'Shared with you' }).waitFor();
    await expect.poll(() => colleague.page.evaluate(() => document.activeElement?.textContent)).toBe('Shared with you');
    await expect(colleague.page.getByRole('row', { name: /Ana, Leadership, shared on/ }).count()).resolves.toBe(1);
    const own = await colleague.page.evaluate(() => [localStorage.getItem('touchpoint:assessment-progress'), localStorage.getItem('touchpoint:assessment-history')]);
    expect(own, 'keeping it never makes it your own').toEqual([null, null]);
    await expectNoA11yViolations(colleague.page, 'the Shared with you list');
  });
});

describe('team results that lead to a discussion', () => {
  it('takes names from the links, shows the five widest disagreements, names on request, all on request', async () => {
    const { page } = await openPage();
    await page.goto(`${baseUrl}/assessment/team/`);
    await hydrated(page);
    const links = [
      encodeResultShareCode(QUESTION_BANK, ANA, { label: 'Ana', role: 'leadership' }),
      encodeResultShareCode(QUESTION_BANK, BEA, { label: 'Bea', role: 'front-line' }),
      encodeResultShareCode(QUESTION_BANK, CY, { label: 'Cy' }),
    ].map((code) => `${baseUrl}/assessment/#r=${code}`);
    await page.getByRole('textbox', { name: 'Share links or codes' }).fill(links.join('\n'));
    await press(page, page.getByRole('button', { name: 'Add from links' }));
    await page.getByText('Added 3 respondents.').waitFor();
    await expect(page.getByRole('textbox', { name: 'Name of respondent 2' }).inputValue()).resolves.toBe('Bea');

    const discuss = page.getByRole('heading', { name: 'Discuss these first' }).locator('xpath=..');
    await expect.poll(() => discuss.locator('.discuss-list > li').count()).toBe(5);
    await expect(discuss.innerText()).resolves.toContain('1 answered 1 Reactive, 1 answered 3 Defined, 1 answered 5 Customer-led.');
    await expect(discuss.innerText()).resolves.not.toContain('Ana');
    // The top line keeps "Don't know" apart: 3 × 32 asked, one "Don't know".
    await expect(page.locator('.team-results > p').first().innerText()).resolves.toContain('95 of 96 questions answered with a level, 1 “Don’t know”');
    await expectNoA11yViolations(page, 'team results, five to discuss');

    await press(page, discuss.getByRole('checkbox', { name: 'Show who gave each answer' }), 'Space');
    await expect.poll(() => discuss.innerText()).toContain('Ana (Leadership) answered 1 Reactive; Cy answered 3 Defined; Bea (Front line) answered 5 Customer-led.');
    await press(page, discuss.getByRole('button', { name: 'Show all 8' }));
    await expect.poll(() => discuss.locator('.discuss-list > li').count()).toBe(8);
    await expectNoA11yViolations(page, 'team results, all to discuss with names');

    const [download] = await Promise.all([page.waitForEvent('download'), press(page, page.getByRole('button', { name: 'Download CSV, one row per person' }))]);
    const csv = await readFile(await download.path(), 'utf8');
    const rows = csv.trimEnd().split('\r\n');
    expect(rows).toHaveLength(4);
    // By hand: strategy and understanding 1, the rest 2; overall (1 + 1 + 6 × 2) / 8 = 1.75, level 1 (below 1.8).
    expect(rows[1]).toBe('Ana,leadership,full,yes,1,1,2,2,2,2,2,2,1.75,1');
  });

  it('draws one line per role, told apart without colour, with a table, in light and dark', async () => {
    const { page } = await openPage();
    const links = [
      encodeResultShareCode(QUESTION_BANK, ANA, { label: 'Ana', role: 'leadership' }),
      encodeResultShareCode(QUESTION_BANK, BEA, { label: 'Bea', role: 'front-line' }),
      encodeResultShareCode(QUESTION_BANK, CY, { label: 'Cy' }),
    ];
    await page.goto(`${baseUrl}/assessment/team/`);
    await hydrated(page);
    await page.getByRole('textbox', { name: 'Share links or codes' }).fill(links.join('\n'));
    await press(page, page.getByRole('button', { name: 'Add from links' }));
    await page.getByText('Added 3 respondents.').waitFor();
    await press(page, page.getByRole('radio', { name: 'One per role' }), 'Space');
    const table = page.getByRole('table', { name: 'Median score per dimension by role (the lines on the chart)' });
    await table.waitFor();
    await expect(table.getByRole('columnheader').allInnerTexts()).resolves.toEqual(['Dimension', 'Leadership', 'Front line', 'No role given']);
    // Three lines, each with its own dash pattern and marker shape (the chart drawn for this screen size).
    const chart = page.locator('.radar__svg--wide').first();
    const dashes = await chart.locator('[class*="radar__series--group"] polygon:first-child').evaluateAll((shapes) => shapes.map((shape) => getComputedStyle(shape).strokeDasharray));
    expect(new Set(dashes).size).toBe(3);
    await expect(chart.locator('.radar__series--group-2 rect').count()).resolves.toBe(8);
    await expect(chart.locator('.radar__series--group-3 polygon').count()).resolves.toBe(9);
    await expectNoA11yViolations(page, 'team radar, one line per role');
  });
});

