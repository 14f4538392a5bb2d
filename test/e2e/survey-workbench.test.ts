/**
 * The survey workbench in Chromium: a multi-column export (test/fixtures/survey-workbench/, expected figures
 * counted by make_fixtures.py in Python) dropped on /tools/survey/, read by segment and by month; the charts'
 * tables, the tests, the planner, an SVG export, a reload, and the share link opened in a fresh context. Every
 * new state is scanned with axe in both colour schemes.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNoA11yViolations } from './a11y';
import { useTestBrowser } from './test-browser';
import { formatNumber } from '../../src/components/score-input/format.ts';
import { hydrateIslands } from './browser';

const baseUrl = inject('baseUrl');
const testBrowser = useTestBrowser();
const folder = new URL('../fixtures/survey-workbench/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', folder), 'utf8')) as Record<
  string,
  { n: number; nps: number; segments: Record<string, { n: number; nps: number }>; months: Record<string, { n: number; nps: number }> }
>;
const typeform = expected['typeform-plans.csv'];
if (!typeform) throw new Error('expected.json has no typeform-plans.csv');

async function openWorkbench(page: Page, hash = ''): Promise<void> {
  await page.goto(`${baseUrl}/tools/survey/${hash}`);
  await hydrateIslands(page);
}


/** Wait until the text (or a match) is shown. */
async function see(page: Page, text: string | RegExp, timeout = 10_000): Promise<void> {
  await page.getByText(text).first().waitFor({ state: 'visible', timeout });
}

/** The rows of a chart's table: header cell, then each cell's text. */
async function readTable(page: Page, section: string): Promise<string[][]> {
  const table = page.locator(`section[aria-labelledby="${section}"] table`).first();
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())));
}

describe('survey workbench in Chromium', () => {
  it('reads an export by plan and by month, tests the plans, plans a sample, exports SVG, survives a reload and shares by link', { timeout: 180_000 }, async () => {
    const context = await testBrowser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await testBrowser.newPage(context);
    await openWorkbench(page);
    await expectNoA11yViolations(page, 'empty workbench');

    await page.locator('input[type=file]').first().setInputFiles({ name: 'typeform-plans.csv', mimeType: 'text/csv', buffer: readFileSync(new URL('typeform-plans.csv', folder)) });
    // The overall NPS and its base: 1,195 answers, as counted in Python.
    await expect.poll(() => page.locator('.survey-workbench__headline').innerText(), { timeout: 15_000 }).toContain(`${formatNumber(typeform.n, 0)} answers`);
    await expect.poll(() => page.locator('.survey-workbench__headline').innerText(), { timeout: 15_000 }).toContain(`NPS +${String(Math.round(typeform.nps))}`);
    // The date column was found on its own; months come out as written.
    expect(await page.getByLabel('Date of each answer').inputValue()).toBe('suggested');
    const months = await readTable(page, 'survey-trend');
    const withAnswers = months.filter((row) => row[1] !== '0');
    expect(withAnswers).toHaveLength(Object.keys(typeform.months).length);
    const january = typeform.months['2024-01'];
    expect(months[0]?.slice(0, 3)).toEqual(['Jan 2024', formatNumber(january?.n ?? 0, 0), formatNumber(january?.nps ?? 0, 1)]);
    await expectNoA11yViolations(page, 'trend');

    await page.getByLabel('Segment (plan, region, channel…)').selectOption({ label: 'Which plan are you on? (e.g. Starter)' });
    await page.locator('section[aria-labelledby="survey-segments"]').waitFor({ timeout: 15_000 });
    const segments = await readTable(page, 'survey-segments');
    for (const [plan, figures] of Object.entries(typeform.segments)) {
      const row = segments.find((cells) => cells[0] === plan);
      expect(row?.slice(1, 3), plan).toEqual([formatNumber(figures.n, 0), formatNumber(figures.nps, 1)]);
    }
    await see(page, 'The 4 segments differ more than chance would explain at 95% confidence');
    await see(page, /Business is higher than Starter by 56 points: a real gap at 95% confidence after correcting for 6 comparisons/);
    await see(page, 'Left out of the tests: Legacy (12 answers)');
    await expectNoA11yViolations(page, 'segments');

    // The control chart view, and a period choice.
    await page.getByLabel('Control chart').check();
    await expect.poll(() => page.locator('section[aria-labelledby="survey-trend"] th', { hasText: 'Lower limit' }).count()).toBe(1);
    await page.getByLabel('Period', { exact: true }).selectOption('quarter');
    await expect.poll(async () => (await readTable(page, 'survey-trend')).map((row) => row[0]), { timeout: 10_000 }).toEqual(['Q1 2024', 'Q2 2024', 'Q3 2024', 'Q4 2024', 'Q1 2025', 'Q2 2025', 'Q3 2025', 'Q4 2025']);
    await expectNoA11yViolations(page, 'control chart by quarter');

    // The planner uses the answers on the page.
    await see(page, `Your ${formatNumber(typeform.n, 0)} answers give NPS ±`);

    // The segment chart as an SVG file.
    const download = page.waitForEvent('download');
    await page.locator('section[aria-labelledby="survey-segments"]').getByRole('button', { name: /Download SVG/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.svg$/);
    const svg = readFileSync(await file.path(), 'utf8');
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('Business');

    // A reload keeps the analysis, its columns and its view.
    await page.reload();
    await hydrateIslands(page);
    await expect.poll(() => page.locator('.survey-workbench__headline').innerText(), { timeout: 15_000 }).toContain(`${formatNumber(typeform.n, 0)} answers`);
    await expect.poll(async () => (await readTable(page, 'survey-segments')).length, { timeout: 15_000 }).toBe(5);
    expect(await page.getByLabel('Period', { exact: true }).inputValue()).toBe('quarter');

    // The share link, opened in a fresh context with nothing saved, shows the same counts.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await see(page, 'Copied the share link to the clipboard.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/tools\/survey\/#s=1\.[zj]/);
    expect(link).not.toContain('Starter,'); // counts, never rows

    const fresh = await testBrowser.newContext({ viewport: { width: 1280, height: 900 } });
    const other = await testBrowser.newPage(fresh);
    await openWorkbench(other, link.slice(link.indexOf('#')));
    await see(other, 'You are looking at an analysis someone shared', 15_000);
    await expect.poll(() => other.locator('.survey-workbench__headline').innerText(), { timeout: 15_000 }).toContain(`NPS +${String(Math.round(typeform.nps))}`);
    const sharedSegments = await readTable(other, 'survey-segments');
    expect(sharedSegments.map((row) => row.slice(0, 3))).toEqual(segments.map((row) => row.slice(0, 3)));
    await expectNoA11yViolations(other, 'shared analysis');
    await other.getByRole('button', { name: 'Back to my own data' }).click();
    await see(other, 'Paste or drop a survey export above');
  });

  it('asks which comes first when dates read both ways, and refuses a segment column of emails with the reason', { timeout: 120_000 }, async () => {
    const context = await testBrowser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await testBrowser.newPage(context);
    await openWorkbench(page);
    await page.locator('input[type=file]').first().setInputFiles({ name: 'ambiguous-dates.csv', mimeType: 'text/csv', buffer: readFileSync(new URL('ambiguous-dates.csv', folder)) });
    await see(page, /dates? could be read day first or month first/, 15_000);
    await see(page, 'Until you choose, these dates are left out of the trend.');
    await expectNoA11yViolations(page, 'date order question (phone)');
    await page.getByLabel('day first (05/01/2024 is 5 January)').check();
    // The question stays, to change the answer; its hint goes.
    await expect.poll(() => page.getByText('Until you choose, these dates are left out of the trend.').count()).toBe(0);
    await expect.poll(async () => (await readTable(page, 'survey-trend')).reduce((total, row) => total + Number((row[1] ?? '0').replace(/,/g, '')), 0), { timeout: 10_000 }).toBe(120);

    await page.locator('input[type=file]').first().setInputFiles({ name: 'email-segments.csv', mimeType: 'text/csv', buffer: readFileSync(new URL('email-segments.csv', folder)) });
    await expect.poll(() => page.locator('.survey-workbench__headline').innerText(), { timeout: 15_000 }).toContain('400 answers');
    await page.getByLabel('Segment (plan, region, channel…)').selectOption({ index: 1 });
    await expect.poll(() => page.getByRole('alert').innerText(), { timeout: 10_000 }).toContain('Email has 400 different values');
    await expectNoA11yViolations(page, 'segment column refused (phone)');
  });
});
