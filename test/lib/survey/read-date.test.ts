import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDateReader, getOrderEvidence, readDate } from '../../../src/lib/survey/read-date.ts';
import type { DateReading } from '../../../src/lib/survey/read-date.ts';

const MS_PER_DAY = 86_400_000;

// Every expected day is computed here with Date.UTC (the engine's calendar), never with the code under test.
const utcDay = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / MS_PER_DAY;
const utcDayOfMoment = (milliseconds: number): number => Math.floor(milliseconds / MS_PER_DAY);

const dayMonth = createDateReader({ order: 'day-month' });
const monthDay = createDateReader({ order: 'month-day' });
const noOrder = createDateReader({});
const toUtc = createDateReader({ offsets: 'to-utc' });

describe('createDateReader: ISO dates and date-times', () => {
  it.each([
    ['2024-01-05', utcDay(2024, 1, 5)],
    ['2024-01-05T10:22:33Z', utcDay(2024, 1, 5)],
    ['2024-01-05 10:22:33', utcDay(2024, 1, 5)],
    ['2024-01-05T10:22:33.123456Z', utcDay(2024, 1, 5)],
    ['2024-01-05T10:22:33,5+02:00', utcDay(2024, 1, 5)],
    ['2024-1-5', utcDay(2024, 1, 5)],
    ['  2024-01-05  ', utcDay(2024, 1, 5)],
    ['\u00a02024-01-05\u00a0', utcDay(2024, 1, 5)], // no-break spaces from a spreadsheet
    ['\ufeff2024-01-05', utcDay(2024, 1, 5)], // a byte-order mark left on the first cell
    ['\t2024-01-05 10:22\r', utcDay(2024, 1, 5)],
    ['2024-01-05T23:30:00-00:00', utcDay(2024, 1, 5)], // RFC 3339's "offset unknown" is still UTC
    ['2024-02-29', utcDay(2024, 2, 29)],
  ])('reads %j', (cell, expected) => {
    expect(noOrder(cell)).toBe(expected);
  });

  it('moves a moment with an offset to its UTC day when told to', () => {
    // 23:30 at −02:00 is 01:30 UTC the next day; 01:22 at +02:00 is 23:22 UTC the day before.
    expect(toUtc('2024-01-05T23:30:00-02:00')).toBe(utcDayOfMoment(Date.parse('2024-01-05T23:30:00-02:00')));
    expect(toUtc('2024-01-05T23:30:00-02:00')).toBe(utcDay(2024, 1, 6));
    expect(toUtc('2024-01-05T01:22:33+0200')).toBe(utcDay(2024, 1, 4));
    expect(toUtc('2024-01-05 01:22:33 +02')).toBe(utcDay(2024, 1, 4));
    expect(toUtc('2024-01-05T01:22:33−02:00')).toBe(utcDay(2024, 1, 5)); // Unicode minus
    expect(toUtc('2024-12-31T23:00:00-05:00')).toBe(utcDay(2025, 1, 1));
  });

  it('keeps the day as written by default, whatever the offset', () => {
    expect(noOrder('2024-01-05T23:30:00-02:00')).toBe(utcDay(2024, 1, 5));
    expect(noOrder('2024-01-05T01:22:33+0200')).toBe(utcDay(2024, 1, 5));
    expect(noOrder('2024-12-31T23:00:00-05:00')).toBe(utcDay(2024, 12, 31));
    expect(createDateReader({ offsets: 'as-written' })('2024-01-05T23:30:00-02:00')).toBe(utcDay(2024, 1, 5));
  });

  it('takes a time without an offset as written', () => {
    expect(noOrder('2024-01-05 23:59:59')).toBe(utcDay(2024, 1, 5));
    expect(noOrder('2024-01-05 00:00:00')).toBe(utcDay(2024, 1, 5));
  });
});

describe('createDateReader: numeric dates in the chosen order', () => {
  it('reads SurveyMonkey month-first dates with AM/PM', () => {
    expect(monthDay('01/05/2024 10:22:33 AM')).toBe(utcDay(2024, 1, 5));
    expect(monthDay('05/13/2024 04:42:11 PM')).toBe(utcDay(2024, 5, 13));
    expect(monthDay('11/06/2023 12:31:52 PM')).toBe(utcDay(2023, 11, 6));
  });

  it('reads Google Sheets dates in either locale', () => {
    expect(monthDay('1/5/2024 10:22:33')).toBe(utcDay(2024, 1, 5));
    expect(dayMonth('05/01/2024 10:22:33')).toBe(utcDay(2024, 1, 5));
  });

  it('reads dots, dashes and two-digit years', () => {
    expect(dayMonth('05.01.2024')).toBe(utcDay(2024, 1, 5));
    expect(dayMonth('5.1.24')).toBe(utcDay(2024, 1, 5));
    expect(dayMonth('05-01-2024 10:22')).toBe(utcDay(2024, 1, 5));
    expect(monthDay('12/31/99')).toBe(utcDay(1999, 12, 31));
    expect(monthDay('12/31/68')).toBe(utcDay(2068, 12, 31));
  });

  it('reads year-first slashes and dots, as in a Google Forms download with its GMT offset', () => {
    expect(noOrder('2024/01/05')).toBe(utcDay(2024, 1, 5));
    expect(noOrder('2024.01.05')).toBe(utcDay(2024, 1, 5));
    // The engine's own parser reads this Google Forms shape; 00:17 at GMT+1 is 23:17 UTC the day before.
    expect(toUtc('2020/10/19 0:17:42 AM GMT+1')).toBe(utcDayOfMoment(Date.parse('2020/10/19 0:17:42 AM GMT+1')));
    expect(toUtc('2020/10/19 0:17:42 AM GMT+1')).toBe(utcDay(2020, 10, 18));
    expect(noOrder('2020/10/19 0:17:42 AM GMT+1')).toBe(utcDay(2020, 10, 19));
    expect(noOrder('2020/10/19 9:17:42 PM GMT+01:00')).toBe(utcDay(2020, 10, 19));
    expect(noOrder('2020/10/19 9:17:42 PM UTC')).toBe(utcDay(2020, 10, 19));
  });

  it('flags a date whose order is not chosen as ambiguous, unless the parts tell or agree', () => {
    expect(noOrder('05/01/2024')).toBe('ambiguous');
    expect(noOrder('25/01/2024')).toBe(utcDay(2024, 1, 25));
    expect(noOrder('01/25/2024')).toBe(utcDay(2024, 1, 25));
    expect(noOrder('05/05/2024')).toBe(utcDay(2024, 5, 5));
  });

  it('reads the other order as impossible', () => {
    expect(monthDay('25/01/2024')).toBe('impossible-date');
    expect(dayMonth('01/25/2024')).toBe('impossible-date');
  });
});

describe('createDateReader: English month names', () => {
  it.each([
    ['Jan 5, 2024', utcDay(2024, 1, 5)],
    ['5 January 2024', utcDay(2024, 1, 5)],
    ['January 5, 2024 10:22', utcDay(2024, 1, 5)],
    ['january 5th, 2024 at 10:22 PM', utcDay(2024, 1, 5)],
    ['Fri, 05 Jan 2024 10:22:33 +0000', utcDay(2024, 1, 5)],
    ['Friday, January 5, 2024', utcDay(2024, 1, 5)],
    ['5-Jan-24', utcDay(2024, 1, 5)],
    ['Sept 3 2024', utcDay(2024, 9, 3)],
    ['Dec. 31, 2023', utcDay(2023, 12, 31)],
  ])('reads %j', (cell, expected) => {
    expect(noOrder(cell)).toBe(expected);
  });

  it('does not take other words for months', () => {
    expect(noOrder('Janvier 5, 2024')).toBe('not-a-date');
    expect(noOrder('Ja 5, 2024')).toBe('not-a-date');
    expect(noOrder('5 Jul')).toBe('not-a-date');
  });
});

describe('createDateReader: Unix time only when told', () => {
  it('reads seconds and milliseconds in UTC', () => {
    expect(createDateReader({ epoch: 'seconds' })('1704449553')).toBe(utcDayOfMoment(1704449553 * 1000));
    expect(createDateReader({ epoch: 'milliseconds' })('1704449553000')).toBe(utcDayOfMoment(1704449553000));
    expect(createDateReader({ epoch: 'seconds' })('1704449553.75')).toBe(utcDayOfMoment(1704449553750));
  });

  it('treats numbers as not dates otherwise, and zero as implausible', () => {
    expect(noOrder('1704449553')).toBe('not-a-date');
    expect(noOrder('9')).toBe('not-a-date');
    expect(createDateReader({ epoch: 'seconds' })('0')).toBe('implausible-year');
  });
});

describe('createDateReader: bad input', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['hello', 'not-a-date'],
    ['N/A', 'not-a-date'],
    ['10:22:33', 'time-only'],
    ['10:22 PM', 'time-only'],
    ['31/02/2024', 'impossible-date'],
    ['2023-02-29', 'impossible-date'],
    ['2024-13-01', 'impossible-date'],
    ['2024-00-10', 'impossible-date'],
    ['13/13/2024', 'impossible-date'],
    ['2024-01-05 25:00', 'impossible-time'],
    ['2024-01-05 10:60', 'impossible-time'],
    ['2024-01-05 13:00 PM', 'impossible-time'],
    ['2024-01-05T10:00+19:00', 'impossible-time'],
    ['2024-01-05 10:22 EST', 'unknown-time-zone'],
    ['1900-01-01', 'implausible-year'],
    ['2200-05-05', 'implausible-year'],
    ['2024-01-05 and more', 'not-a-date'],
    ['2024-01', 'not-a-date'],
    ['05/01/202', 'not-a-date'],
    ['2024-01-05T', 'not-a-date'],
  ] as const)('reads %j as %s', (cell, issue) => {
    expect(dayMonth(cell)).toBe(issue);
  });

  it('lets the plausible years be widened', () => {
    expect(createDateReader({ plausibleYears: { first: 1800, last: 2300 } })('1900-01-01')).toBe(utcDay(1900, 1, 1));
  });

  it('never throws, and gives an integer day or an issue for any string', () => {
    const issues = new Set(['empty', 'not-a-date', 'time-only', 'impossible-date', 'impossible-time', 'unknown-time-zone', 'ambiguous', 'implausible-year']);
    const dateLike = fc.stringMatching(/^[0-9 /.:\-TZ+APMGUTCaeJnu,]{0,30}$/);
    const readers = [dayMonth, monthDay, noOrder, createDateReader({ epoch: 'milliseconds' })];
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), dateLike), (cell) => {
        for (const read of readers) {
          const reading: DateReading = read(cell);
          if (typeof reading === 'number') expect(Number.isInteger(reading)).toBe(true);
          else expect(issues.has(reading)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('createDateReader: any moment written in any supported shape', () => {
  const pad = (value: number) => String(value).padStart(2, '0');
  it('reads back the day Date.UTC gives: the wall-clock day as written, or the moment’s UTC day when told to', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1980, 0, 2), max: Date.UTC(2100, 11, 30) }), // a day inside the plausible years, so offsets cannot push past them
        fc.integer({ min: -12 * 4, max: 14 * 4 }),
        (moment, quarterHours) => {
          const offsetMinutes = quarterHours * 15;
          const local = new Date(moment + offsetMinutes * 60_000); // the wall clock at that offset
          const [year, month, day, hour, minute, second] = [local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate(), local.getUTCHours(), local.getUTCMinutes(), local.getUTCSeconds()];
          const sign = offsetMinutes < 0 ? '-' : '+';
          const offset = `${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
          const hour12 = hour % 12 === 0 ? 12 : hour % 12;
          const meridiem = hour < 12 ? 'AM' : 'PM';
          const wallDay = utcDay(year, month, day);
          const momentDay = utcDayOfMoment(moment);
          expect(toUtc(`${String(year)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${offset}`)).toBe(momentDay);
          expect(noOrder(`${String(year)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${offset}`)).toBe(wallDay);
          expect(noOrder(`${String(year)}-${pad(month)}-${pad(day)} ${pad(hour)}:${pad(minute)}:${pad(second)}`)).toBe(wallDay);
          expect(monthDay(`${pad(month)}/${pad(day)}/${String(year)} ${pad(hour12)}:${pad(minute)}:${pad(second)} ${meridiem}`)).toBe(wallDay);
          expect(dayMonth(`${String(day)}.${String(month)}.${String(year)} ${String(hour)}:${pad(minute)}`)).toBe(wallDay);
          expect(toUtc(`${String(year)}/${pad(month)}/${pad(day)} ${String(hour12)}:${pad(minute)}:${pad(second)} ${meridiem} GMT${offset}`)).toBe(momentDay);
          expect(noOrder(`${String(year)}/${pad(month)}/${pad(day)} ${String(hour12)}:${pad(minute)}:${pad(second)} ${meridiem} GMT${offset}`)).toBe(wallDay);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('getOrderEvidence', () => {
  it('says which order the parts allow', () => {
    expect(getOrderEvidence(25, 1)).toBe('day-month');
    expect(getOrderEvidence(1, 25)).toBe('month-day');
    expect(getOrderEvidence(5, 1)).toBe('ambiguous');
    expect(getOrderEvidence(5, 5)).toBe('same');
    expect(getOrderEvidence(13, 13)).toBe('neither');
  });
});

describe('readDate', () => {
  it('reads one cell', () => {
    expect(readDate('Jan 5, 2024')).toBe(utcDay(2024, 1, 5));
    expect(readDate('05/01/2024', { order: 'month-day' })).toBe(utcDay(2024, 5, 1));
  });
});
