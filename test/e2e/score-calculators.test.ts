import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNoA11yViolations } from './a11y';
import { useTestBrowser } from './test-browser';
import { hydrateIslands } from './browser';

const baseUrl = inject('baseUrl');
const testBrowser = useTestBrowser();

/** A fresh browser context (own storage, as a new visitor) with one watched page. */
async function openPage(options: { colorScheme?: 'light' | 'dark'; clipboard?: boolean } = {}): Promise<Page> {
  const context = await testBrowser.newContext({ colorScheme: options.colorScheme ?? 'light', viewport: { width: 1280, height: 900 } });
  if (options.clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  return testBrowser.newPage(context);
}

/** Open a page and wait until every island on it has hydrated. */
async function goAndHydrate(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await hydrateIslands(page);
}

/** Type into a calculator's paste box as a person pasting would (sets the value, fires input). */
async function pasteInto(page: Page, text: string, index = 0): Promise<void> {
  await page.locator('textarea').nth(index).fill(text);
}

/** The share link a calculator copies, read back from the clipboard. */
async function copyShareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy share link' }).first().click();
  await page.getByText('Copied the share link to the clipboard.').waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}


// 10, 9, 9, 8, 7, 6, 3, 10 count (4 promoters, 2 passives, 2 detractors: NPS 25); line 8 is not a number.
const NPS_PASTE = '10\r\n9\r\n9\r\n8\r\n7\r\n6\r\n3\r\nten\r\n10\r\n';

describe('NPS calculator', () => {
  it('prints the answers and the result without buttons', async () => {
    const page = await openPage();
    await goAndHydrate(page, '/tools/nps/');
    await pasteInto(page, NPS_PASTE);
    await expect(page.getByTestId('nps-value').innerText()).resolves.toBe('25');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('nps-value').isVisible()).resolves.toBe(true);
    await expect.poll(() => page.locator('.tool button:visible, .result-actions:visible').count()).toBe(0);
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
  });

  it('reads a paste, reports the bad line, keeps the input on reload, and shares the result', async () => {
    const page = await openPage({ clipboard: true });
    await goAndHydrate(page, '/tools/nps/');
    await expect(page.getByText('Paste 0–10 answers, or type how many gave each score, to see the NPS.').isVisible()).resolves.toBe(true);

    await pasteInto(page, NPS_PASTE);
    await expect(page.getByTestId('nps-value').innerText()).resolves.toBe('25');
    await expect(page.getByText('Read 8 answers; left out 1 value that cannot count (1 not a number):').isVisible()).resolves.toBe(true);
    await expect(page.getByText('Line 8: "ten" is not a number').isVisible()).resolves.toBe(true);
    const results = await page.locator('.score-tool__results').innerText();
    expect(results).toContain('4 50.0%');
    expect(results).toContain('adjusted-Wald (Rocks 2016)');
    expect(results).not.toMatch(/NaN|Infinity/);

    // 90% changes the interval, and reload keeps both the answers and the choice.
    await page.getByText('90%', { exact: true }).click();
    await expect(page.getByText('90% confidence interval').isVisible()).resolves.toBe(true);
    await page.reload();
    await hydrateIslands(page);
    // The saved answers are put back by an effect after hydration: wait for them rather than read the box at once.
    await expect.poll(() => page.locator('textarea').inputValue()).toBe(NPS_PASTE.replaceAll('\r\n', '\n'));
    await expect(page.getByTestId('nps-value').innerText()).resolves.toBe('25');
    await expect(page.getByText('90% confidence interval').isVisible()).resolves.toBe(true);

    // A share link opened by someone else shows the same result, from counts, not the raw answers.
    const link = await copyShareLink(page);
    expect(link).toMatch(/\/tools\/nps\/#c=1\.nps\.90\.[a-z0-9.-]+$/);
    const resultText = await page.locator('.score-results').first().innerText();
    const other = await openPage();
    await other.goto(link);
    await other.getByTestId('nps-value').waitFor();
    await expect(other.getByTestId('nps-value').innerText()).resolves.toBe('25');
    await expect(other.locator('.score-results').first().innerText()).resolves.toBe(resultText);
    await expect(other.getByText(/Loaded the counts from the share link/).isVisible()).resolves.toBe(true);
    expect(new URL(other.url()).hash).toBe('');
    await expect(other.getByLabel('Answered 10').inputValue()).resolves.toBe('2');

    // Clear empties the input; until a reload it can be undone, the answers and the result back.
    await page.getByRole('button', { name: 'Clear all' }).click();
    await expect(page.locator('textarea').inputValue()).resolves.toBe('');
    await page.getByRole('button', { name: 'Put my own figures back' }).click();
    await expect.poll(() => page.locator('textarea').inputValue()).toBe(NPS_PASTE.replaceAll('\r\n', '\n'));
    await expect(page.getByTestId('nps-value').innerText()).resolves.toBe('25');
    await page.getByRole('button', { name: 'Clear all' }).click();
    await expect(page.getByText('Cleared the answers and counts.').isVisible()).resolves.toBe(true);
    await expectNoA11yViolations(page, 'NPS page just cleared, with the way back');
    await page.reload();
    await hydrateIslands(page);
    await expect.poll(() => page.getByTestId('nps-value').count()).toBe(0);
  });

  it('reads 10,9 as two answers once the person says commas sit between answers, and keeps that on reload', async () => {
    const page = await openPage();
    await goAndHydrate(page, '/tools/nps/');
    await pasteInto(page, '10,9\n9,10\n8,7');
    await page.getByText('Commas were read as decimal marks').waitFor();
    await page.getByRole('radio', { name: 'One list, commas between answers' }).check();
    await expect(page.getByTestId('nps-value').innerText()).resolves.toBe('67');
    await expect(page.locator('[aria-live="polite"]').last().textContent()).resolves.toMatch(/^NPS 67 from 6 answers;/);
    await expectNoA11yViolations(page, 'the reading choice for commas');
    await page.reload();
    await hydrateIslands(page);
    await expect(page.getByTestId('nps-value').innerText()).resolves.toBe('67');
    await expect(page.getByRole('radio', { name: 'One list, commas between answers' }).isChecked()).resolves.toBe(true);
  });

  it('compares two periods, reads a table column by name, and takes group counts', async () => {
    const page = await openPage({ clipboard: true });
    await goAndHydrate(page, '/tools/nps/');
    // A tab-separated export with a header: the score column is found and can be changed by name.
    await pasteInto(page, 'respondent\tscore\tcomment\n1\t10\tgreat\n2\t9\tok\n3\t2\tslow\n4\t10\t"fine, thanks"\n');
    await expect(page.getByTestId('nps-value').innerText()).resolves.toBe('50');
    await expect(page.getByLabel('Column to read').inputValue()).resolves.toBe('1');
    await expect(page.getByText('Read 4 answers from “score”.').isVisible()).resolves.toBe(true);

    await page.getByLabel('Compare with another period').check();
    await page.getByText('Type counts').nth(1).click();
    await page.getByText('Promoters, passives, detractors').click();
    await page.getByLabel('Promoters (9–10)').fill('10');
    await page.getByLabel('Passives (7–8)').fill('10');
    await page.getByLabel('Detractors (0–6)').fill('10');
    await page.getByTestId('nps-change').waitFor();
    await expect(page.getByTestId('nps-change').innerText()).resolves.toBe('A rise of 50 points; this could easily be chance (exact test for small samples; p = 0.36).'); // 4 answers: exact permutation p = 0.3629 (Python, multivariate hypergeometric)
    const change = await page.locator('.score-results__comparison').innerText();
    expect(change).toContain('Standard error of the change');
    expect(change).toContain('p-value (two-sided)');

    const link = await copyShareLink(page);
    expect(link).toMatch(/#c=1\.npsc\.95\./);
    const other = await openPage();
    await other.goto(link);
    await other.getByTestId('nps-change').waitFor();
    await expect(other.getByTestId('nps-change').innerText()).resolves.toBe(await page.getByTestId('nps-change').innerText());

    await expectNoA11yViolations(page, 'NPS page comparing two periods');
  });

  it('reads a Windows-1252 CSV from Excel without garbling names, and keeps focus in the calculator after a notice is dismissed', async () => {
    const page = await openPage();
    await goAndHydrate(page, '/tools/nps/#c=1.nps.95.1-2-3.zzzz');
    await page.getByRole('button', { name: 'Dismiss' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('value'))).toBe('paste');
    // "Recommandé" with é as 0xE9 (Windows-1252), as Excel's plain "CSV" saves it.
    const csv = Buffer.concat([Buffer.from('id;Recommand'), Buffer.from([0xe9]), Buffer.from('\r\n101;9\r\n102;10\r\n103;4\r\n')]);
    await page.locator('input[type=file]').setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: csv });
    await page.getByText('Read 3 answers from “Recommandé”.').waitFor();
    await expect(page.getByTestId('nps-value').innerText()).resolves.toBe('33');
  });

  it('has no serious accessibility problems empty, with a result and with left-out values', async () => {
    const page = await openPage();
    await goAndHydrate(page, '/tools/nps/');
    await expectNoA11yViolations(page, 'empty NPS page');
    await pasteInto(page, NPS_PASTE);
    await page.getByTestId('nps-value').waitFor();
    await expectNoA11yViolations(page, 'NPS page with a result');
    await page.getByText('Type counts').click();
    await page.getByLabel('Answered 3').fill('2.5');
    await page.getByText('A count is a whole number of people, not 2.5.').waitFor();
    await expectNoA11yViolations(page, 'NPS counts with an error');
  });
});

describe('CSAT calculator', () => {
  it('reads ratings on the chosen scale and threshold, keeps them on reload, and shares them', async () => {
    const page = await openPage({ clipboard: true });
    await goAndHydrate(page, '/tools/csat/');
    await expect(page.getByText('Paste 1–5 ratings, or type how many gave each rating, to see the CSAT.').isVisible()).resolves.toBe(true);
    // Semicolons, a byte-order mark, a blank line and a value outside 1–5 on line 4.
    await pasteInto(page, '\uFEFF5;4;4\n2;3\n\n6;5\n1\n');
    await expect(page.getByTestId('csat-value').innerText()).resolves.toBe('57.1%');
    await expect(page.getByText('Line 4: "6" is outside the scale 1–5').isVisible()).resolves.toBe(true);
    await expect(page.locator('.score-tool__results').innerText()).resolves.toContain('Wilson score interval');

    // Only 5 counts as satisfied: 2 of 7.
    await page.getByLabel('Counted as satisfied').selectOption('5');
    await expect(page.getByTestId('csat-value').innerText()).resolves.toBe('28.6%');
    await page.reload();
    await hydrateIslands(page);
    await expect(page.getByTestId('csat-value').innerText()).resolves.toBe('28.6%');
    await expect(page.getByLabel('Counted as satisfied').inputValue()).resolves.toBe('5');

    const link = await copyShareLink(page);
    const resultText = await page.locator('.score-results').innerText();
    const other = await openPage();
    await other.goto(link);
    await other.getByTestId('csat-value').waitFor();
    await expect(other.locator('.score-results').innerText()).resolves.toBe(resultText);

    // On 1–7 the 6 counts and the default threshold is 6–7: 1 of 8.
    await page.getByText('1–7', { exact: true }).click();
    await expect(page.getByLabel('Counted as satisfied').inputValue()).resolves.toBe('6');
    await expect(page.getByTestId('csat-value').innerText()).resolves.toBe('12.5%');

    await expectNoA11yViolations(page, 'CSAT page with a result');
    await page.getByRole('button', { name: 'Clear all' }).click();
    await expectNoA11yViolations(page, 'empty CSAT page');
  });
});

describe('CES calculator', () => {
  it('keeps CES 2.0 and CES 1.0 apart, keeps them on reload, and shares them', async () => {
    const page = await openPage({ clipboard: true });
    await goAndHydrate(page, '/tools/ces/');
    await expectNoA11yViolations(page, 'empty CES page');
    // Decimal commas where unambiguous: "4,5" on its own line is 4.5, not a whole number on an integer scale.
    await pasteInto(page, '7\n6\n"5"\n4,5\n2\n');
    await expect(page.getByTestId('ces-value').innerText()).resolves.toBe('5.00');
    await expect(page.getByText('Line 4: "4,5" is not a whole number').isVisible()).resolves.toBe(true);
    const ces2 = await page.locator('.score-tool__results').innerText();
    expect(ces2).toContain('CES 2.0 mean agreement, 1–7 (higher is easier), from 4 answers');
    expect(ces2).toContain('Student t, 3 df');
    expect(ces2).toContain('+25 points');
    await expectNoA11yViolations(page, 'CES 2.0 result');

    await page.getByText('CES 1.0: effort, 1–5').click();
    await expect(page.locator('textarea').inputValue()).resolves.toBe('');
    await expect(page.getByText('Paste 1–5 CES 1.0 answers, or type how many gave each answer, to see the mean effort.').isVisible()).resolves.toBe(true);
    await pasteInto(page, '1 2 2 4 7');
    await expect(page.getByTestId('ces-value').innerText()).resolves.toBe('2.25');
    await expect(page.locator('.score-tool__results').innerText()).resolves.toContain('CES 1.0 mean effort, 1–5 (lower is easier)');
    await expect(page.getByText('Line 1: "7" is outside the scale 1–5').isVisible()).resolves.toBe(true);
    await expectNoA11yViolations(page, 'CES 1.0 result');

    await page.reload();
    await hydrateIslands(page);
    await expect(page.getByTestId('ces-value').innerText()).resolves.toBe('2.25');
    const link = await copyShareLink(page);
    expect(link).toMatch(/#c=1\.ces1\./);
    const resultText = await page.locator('.score-results').innerText();
    const other = await openPage();
    await other.goto(link);
    await other.getByTestId('ces-value').waitFor();
    await expect(other.locator('.score-results').innerText()).resolves.toBe(resultText);

    // Back on CES 2.0 the earlier answers are still there, untouched.
    await page.getByText('CES 2.0: agreement, 1–7').click();
    await expect(page.getByTestId('ces-value').innerText()).resolves.toBe('5.00');
  });
});

describe('calculators embedded in guides', () => {
  it('the NPS guide embeds the calculator, sharing the tool page’s saved input, with no accessibility problem', async () => {
    const page = await openPage();
    await goAndHydrate(page, '/tools/nps/');
    await pasteInto(page, NPS_PASTE);
    await page.getByTestId('nps-value').waitFor();
    await page.goto(`${baseUrl}/guides/net-promoter-score/`);
    await expect(page.getByRole('link', { name: 'NPS calculator' }).first().getAttribute('href')).resolves.toBe('/tools/nps/');
    const island = page.locator('[data-calculator="nps"]');
    await island.scrollIntoViewIfNeeded();
    await expect(island.getByTestId('nps-value').innerText()).resolves.toBe('25');
    await expect.poll(() => island.getByRole('heading', { level: 3, name: 'Net Promoter Score' }).count()).toBe(1);
    await expectNoA11yViolations(page, 'NPS guide with the embedded calculator');
  });

  it('the CSAT and CES guide embeds both calculators with distinct ids and no accessibility problem', async () => {
    const page = await openPage();
    await page.goto(`${baseUrl}/guides/csat-and-ces/`);
    await page.locator('[data-calculator="csat"]').scrollIntoViewIfNeeded();
    await page.locator('[data-calculator="ces"]').scrollIntoViewIfNeeded();
    await hydrateIslands(page);
    await pasteInto(page, '5\n4\n3\n', 0);
    await pasteInto(page, '7\n6\n', 1);
    await expect(page.getByTestId('csat-value').innerText()).resolves.toBe('66.7%');
    await expect(page.getByTestId('ces-value').innerText()).resolves.toBe('6.50');
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((element) => element.id));
    expect(new Set(ids).size).toBe(ids.length);
    await expectNoA11yViolations(page, 'CSAT and CES guide with both calculators');
  });
});
