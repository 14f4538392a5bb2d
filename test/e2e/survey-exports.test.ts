/**
 * Survey-tool exports dropped on the calculators in Chromium: each fixture file (test/fixtures/survey-exports/,
 * with expected values computed in Python by make_fixtures.py) gives its expected headline, and the new states
 * (label mapping, the scale offer, the CES offer) have no serious accessibility problems.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNoA11yViolations } from './a11y';
import { useTestBrowser } from './test-browser';
import { formatNumber, formatPercent } from '../../src/components/score-input/format.ts';
import { hydrateIslands } from './browser';

const baseUrl = inject('baseUrl');
const testBrowser = useTestBrowser();
const folder = new URL('../fixtures/survey-exports/', import.meta.url);
type Expected = { file: string; metric: string; value: number; columnIndex: number };
const expected = JSON.parse(readFileSync(new URL('expected.json', folder), 'utf8')) as Expected[];

/** The headline a fixture should give, formatted as the page shows it. */
function headline(file: string, metric: string): string {
  const entry = expected.find((candidate) => candidate.file === file && candidate.metric === metric);
  if (!entry) throw new Error(`no expected value for ${file}`);
  // Formatted with the page's own number formatter: the value under test comes from expected.json.
  if (metric === 'nps') return formatNumber(entry.value, 0);
  if (metric === 'csat') return formatPercent(entry.value / 100, 1);
  return formatNumber(entry.value, 2);
}

async function openTool(path: string): Promise<Page> {
  const context = await testBrowser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await testBrowser.newPage(context);
  await page.goto(`${baseUrl}${path}`);
  await hydrateIslands(page);
  return page;
}

async function drop(page: Page, file: string): Promise<void> {
  await page.locator('input[type=file]').first().setInputFiles({ name: file, mimeType: 'text/csv', buffer: readFileSync(new URL(file, folder)) });
}

async function expectValue(page: Page, testId: string, value: string): Promise<void> {
  await expect.poll(() => page.getByTestId(testId).innerText(), { timeout: 10_000 }).toBe(value);
}


describe('survey exports in Chromium', () => {
  it('NPS: Qualtrics (English, German), SurveyMonkey (labelled), Typeform, Google Forms (English, French), a sheet column and Customer/Tenure/Seats/Q3', { timeout: 120_000 }, async () => {
    const page = await openTool('/tools/nps/');
    for (const file of ['qualtrics-nps.csv', 'qualtrics-german.csv', 'surveymonkey-nps-labelled.csv', 'typeform-nps.csv', 'google-forms-nps.csv', 'google-forms-french.csv', 'sheet-nps-column.tsv', 'customer-tenure-q3.csv']) {
      await drop(page, file);
      await expectValue(page, 'nps-value', headline(file, 'nps'));
    }
    await drop(page, 'qualtrics-nps.csv');
    await page.getByText('Qualtrics export: 3 header rows, 120 responses.').waitFor();
    await expectNoA11yViolations(page, 'NPS page with a Qualtrics export');
  });

  it('NPS: the labelled SurveyMonkey column beside a respondent ID gives NPS 35 from 20', { timeout: 60_000 }, async () => {
    const page = await openTool('/tools/nps/');
    // 10 promoters (six "10 - Extremely likely", four 9s), 7 passives, 3 detractors (two "0 - Not at all likely", a 6): (10 - 3) / 20 = 35.
    const answers = [...Array<string>(6).fill('10 - Extremely likely'), '9', '9', '9', '9', '7', '8', '7', '8', '7', '8', '7', '0 - Not at all likely', '0 - Not at all likely', '6'];
    const rows = answers.map((answer, index) => `${String(11402876278 + index * 13)},241243017,${answer}`);
    const csv = ['Respondent ID,Collector ID,How likely is it that you would recommend us to a friend or colleague?', ',,Response', ...rows].join('\r\n');
    await page.locator('input[type=file]').first().setInputFiles({ name: 'surveymonkey.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expectValue(page, 'nps-value', '35');
    await page.getByText('NPS from 20 answers').waitFor();
    await page.getByText('SurveyMonkey export: 2 header rows, 20 responses.').waitFor();
  });

  it('CSAT: word answers mapped in one click, legacy Qualtrics, a European semicolon file, the CSAT question of NPS surveys, and the 1–7 offer', { timeout: 120_000 }, async () => {
    const page = await openTool('/tools/csat/');
    await drop(page, 'surveymonkey-csat.csv');
    await page.getByRole('button', { name: 'Count these answers' }).waitFor();
    await expectNoA11yViolations(page, 'CSAT label mapping');
    await page.getByRole('button', { name: 'Count these answers' }).click();
    await expectValue(page, 'csat-value', headline('surveymonkey-csat.csv', 'csat'));
    for (const file of ['qualtrics-legacy.csv', 'semicolon-decimal-comma.csv', 'qualtrics-nps.csv', 'qualtrics-german.csv', 'google-forms-french.csv']) {
      await drop(page, file);
      await expectValue(page, 'csat-value', headline(file, 'csat'));
    }
    await drop(page, 'csat-1-to-7.csv');
    await page.getByRole('button', { name: 'Read them on the 1–7 scale (satisfied: 6–7)' }).waitFor();
    await expectNoA11yViolations(page, 'CSAT scale offer');
    await page.getByRole('button', { name: 'Read them on the 1–7 scale (satisfied: 6–7)' }).click();
    await expectValue(page, 'csat-value', headline('csat-1-to-7.csv', 'csat'));
  });

  it('CES: an old Typeform export as CES 2.0, and a CES 1.0 export moved to CES 1.0 in one click', { timeout: 120_000 }, async () => {
    const page = await openTool('/tools/ces/');
    await drop(page, 'typeform-ces-old.csv');
    await expectValue(page, 'ces-value', headline('typeform-ces-old.csv', 'ces'));
    await drop(page, 'ces1-effort.csv');
    await page.getByRole('button', { name: 'Read them as CES 1.0 (effort, 1–5)' }).waitFor();
    await expectNoA11yViolations(page, 'CES question offer');
    await page.getByRole('button', { name: 'Read them as CES 1.0 (effort, 1–5)' }).click();
    await expectValue(page, 'ces-value', headline('ces1-effort.csv', 'ces'));
  });
});
