/**
 * The date columns of the survey-export fixtures (test/fixtures/survey-exports/, made by make_fixtures.py from the
 * published layouts) detected and read. Expected days come from slicing each tool's fixed layout and Date.UTC,
 * or from the engine's Date.parse for the Google Forms offset shape, never from the code under test.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { detectDateFormat } from '../../../src/lib/survey/detect-date-format.ts';
import type { DetectDateFormatOptions } from '../../../src/lib/survey/detect-date-format.ts';
import { readDateColumn } from '../../../src/lib/survey/read-date-column.ts';

const MS_PER_DAY = 86_400_000;
const FIXTURES = new URL('../../fixtures/survey-exports/', import.meta.url);

/** The cells of one column below the header rows. */
function readColumn(file: string, header: string, headerRows: number): string[] {
  const text = readFileSync(new URL(file, FIXTURES), 'utf8').replace(/^\uFEFF/, '');
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  const index = rows[0]?.indexOf(header) ?? -1;
  if (index < 0) throw new Error(`no column ${header} in ${file}`);
  return rows.slice(headerRows).map((row) => row[index] ?? '');
}

/** 2024-03-04 10:12:56 → its day, by slicing. */
const isoDay = (cell: string) => Date.UTC(Number(cell.slice(0, 4)), Number(cell.slice(5, 7)) - 1, Number(cell.slice(8, 10))) / MS_PER_DAY;

/** 05/13/2024 04:42:11 PM or 8/21/2025 18:44:32 → its day, month first, by splitting. */
const monthFirstDay = (cell: string) => {
  const [month, day, year] = (cell.split(' ')[0] ?? '').split('/').map(Number);
  return Date.UTC(year ?? 0, (month ?? 0) - 1, day ?? 0) / MS_PER_DAY;
};

/** 2020/10/19 9:17:42 AM GMT+1 → its UTC day, by the engine's legacy date parser. */
const parsedUtcDay = (cell: string) => Math.floor(Date.parse(cell) / MS_PER_DAY);

/** 2020/10/21 12:42:28 AM GMT+1 → the day it shows, by splitting. */
const yearFirstDay = (cell: string) => {
  const [year, month, day] = (cell.split(' ')[0] ?? '').split('/').map(Number);
  return Date.UTC(year ?? 0, (month ?? 0) - 1, day ?? 0) / MS_PER_DAY;
};

type Case = {
  readonly file: string;
  readonly header: string;
  readonly headerRows: number;
  readonly options: DetectDateFormatOptions;
  readonly expectedDay: (cell: string) => number;
  readonly order: string;
  readonly layout: string;
  readonly offsets: string;
  readonly blanks?: number;
};

const CASES: readonly Case[] = [
  { file: 'qualtrics-nps.csv', header: 'StartDate', headerRows: 3, options: { tool: 'qualtrics' }, expectedDay: isoDay, order: 'not-needed', layout: 'iso', offsets: 'none' },
  { file: 'qualtrics-german.csv', header: 'RecordedDate', headerRows: 3, options: { tool: 'qualtrics', locale: 'de' }, expectedDay: isoDay, order: 'not-needed', layout: 'iso', offsets: 'none' },
  { file: 'qualtrics-legacy.csv', header: 'V8', headerRows: 2, options: { tool: 'qualtrics' }, expectedDay: isoDay, order: 'not-needed', layout: 'iso', offsets: 'none' },
  { file: 'surveymonkey-nps-labelled.csv', header: 'Start Date', headerRows: 2, options: { tool: 'surveymonkey' }, expectedDay: monthFirstDay, order: 'month-day', layout: 'numeric', offsets: 'none' },
  { file: 'surveymonkey-csat.csv', header: 'End Date', headerRows: 2, options: { tool: 'surveymonkey' }, expectedDay: monthFirstDay, order: 'month-day', layout: 'numeric', offsets: 'none' },
  { file: 'typeform-nps.csv', header: 'Start Date (UTC)', headerRows: 1, options: { tool: 'typeform' }, expectedDay: isoDay, order: 'not-needed', layout: 'iso', offsets: 'none' },
  { file: 'typeform-nps.csv', header: 'Submit Date (UTC)', headerRows: 1, options: { tool: 'typeform' }, expectedDay: isoDay, order: 'not-needed', layout: 'iso', offsets: 'none', blanks: -1 },
  { file: 'typeform-ces-old.csv', header: 'Submit Date (UTC)', headerRows: 1, options: { tool: 'typeform' }, expectedDay: isoDay, order: 'not-needed', layout: 'iso', offsets: 'none' },
  { file: 'google-forms-nps.csv', header: 'Timestamp', headerRows: 1, options: { tool: 'google-forms' }, expectedDay: yearFirstDay, order: 'not-needed', layout: 'year-first', offsets: 'all-same' },
  { file: 'google-forms-french.csv', header: 'Horodateur', headerRows: 1, options: { tool: 'google-forms', locale: 'fr' }, expectedDay: monthFirstDay, order: 'month-day', layout: 'numeric', offsets: 'none' },
];

describe('survey-export fixtures: date columns', () => {
  it.each(CASES)('$file $header', (testCase) => {
    const cells = readColumn(testCase.file, testCase.header, testCase.headerRows);
    const detection = detectDateFormat(cells, { ...testCase.options, header: testCase.header, firstRowNumber: testCase.headerRows + 1 });
    expect(detection.order.kind).toBe(testCase.order);
    expect(detection.layouts.map((entry) => entry.layout)).toEqual([testCase.layout]);
    expect(detection.offsets.kind).toBe(testCase.offsets);
    expect(detection.epoch).toBeNull();

    const column = readDateColumn(cells, detection.format, testCase.headerRows + 1);
    const filled = cells.filter((cell) => cell.trim() !== '');
    expect(column.dated).toBe(filled.length);
    if (testCase.blanks === undefined) expect(column.issues).toEqual([]);
    else expect(column.issues.map((issue) => issue.kind)).toEqual(['empty']); // partial Typeform answers have no Submit Date
    cells.forEach((cell, index) => {
      if (cell.trim() !== '') expect(column.days[index]).toBe(testCase.expectedDay(cell));
    });
  });

  it('gives the span of the Google Forms column as the days written', () => {
    const cells = readColumn('google-forms-nps.csv', 'Timestamp', 1);
    const column = readDateColumn(cells, detectDateFormat(cells).format);
    const days = cells.map(yearFirstDay);
    expect(column.span).toEqual({ firstDay: Math.min(...days), lastDay: Math.max(...days) });
    expect(column.span?.firstDay).toBe(Date.UTC(2020, 9, 19) / MS_PER_DAY); // make_fixtures.py starts on 19 October 2020
  });

  it('puts a Google Forms answer at 12:42 AM GMT+1 on the day written, as the form’s Sheet shows it, or on its UTC day when told to', () => {
    const cells = readColumn('google-forms-nps.csv', 'Timestamp', 1);
    const index = cells.indexOf('2020/10/21 12:42:28 AM GMT+1');
    expect(index).toBeGreaterThanOrEqual(0);
    const column = readDateColumn(cells, detectDateFormat(cells).format);
    expect(column.days[index]).toBe(Date.UTC(2020, 9, 21) / MS_PER_DAY);
    const utc = readDateColumn(cells, { ...detectDateFormat(cells).format, offsets: 'to-utc' });
    expect(utc.days[index]).toBe(parsedUtcDay('2020/10/21 12:42:28 AM GMT+1'));
    expect(utc.days[index]).toBe(Date.UTC(2020, 9, 20) / MS_PER_DAY); // 23:42 UTC on 20 October
  });
});
