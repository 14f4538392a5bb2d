import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getIsoWeekday } from '../../../src/lib/survey/civil-day.ts';
import { PERIOD_KINDS, countPeriods, getNextPeriodStart, getPeriodHumanLabel, getPeriodLabel, getPeriodStart, listPeriods } from '../../../src/lib/survey/periods.ts';

const utcDay = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / 86_400_000;
const kind = fc.constantFrom(...PERIOD_KINDS);
const anyDay = fc.integer({ min: utcDay(1980, 1, 1), max: utcDay(2100, 12, 31) });

describe('getPeriodStart', () => {
  it('gives the day, the Monday, the 1st of the month or of the quarter', () => {
    const day = utcDay(2024, 5, 18); // a Saturday
    expect(getPeriodStart(day, 'day')).toBe(day);
    expect(getPeriodStart(day, 'week')).toBe(utcDay(2024, 5, 13));
    expect(getPeriodStart(day, 'month')).toBe(utcDay(2024, 5, 1));
    expect(getPeriodStart(day, 'quarter')).toBe(utcDay(2024, 4, 1));
    expect(getPeriodStart(utcDay(2024, 12, 31), 'quarter')).toBe(utcDay(2024, 10, 1));
    expect(getPeriodStart(utcDay(2024, 1, 7), 'week')).toBe(utcDay(2024, 1, 1)); // a Sunday ends the week
  });

  it('starts a week on a Monday on or before the day, at most 6 days before', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (day) => {
        const start = getPeriodStart(day, 'week');
        expect(getIsoWeekday(start)).toBe(1);
        expect(start).toBeLessThanOrEqual(day);
        expect(day - start).toBeLessThan(7);
      }),
      { numRuns: 200 },
    );
  });

  it('is idempotent, and the next start is the first day after the period', () => {
    fc.assert(
      fc.property(anyDay, kind, (day, periodKind) => {
        const start = getPeriodStart(day, periodKind);
        const next = getNextPeriodStart(day, periodKind);
        expect(getPeriodStart(start, periodKind)).toBe(start);
        expect(start).toBeLessThanOrEqual(day);
        expect(next).toBeGreaterThan(day);
        expect(getPeriodStart(next - 1, periodKind)).toBe(start);
        expect(getPeriodStart(next, periodKind)).toBe(next);
      }),
      { numRuns: 200 },
    );
  });
});

describe('labels', () => {
  it('writes sortable labels', () => {
    expect(getPeriodLabel(utcDay(2024, 1, 5), 'day')).toBe('2024-01-05');
    expect(getPeriodLabel(utcDay(2024, 1, 15), 'week')).toBe('2024-W03');
    expect(getPeriodLabel(utcDay(2021, 1, 3), 'week')).toBe('2020-W53');
    expect(getPeriodLabel(utcDay(2024, 12, 30), 'week')).toBe('2025-W01');
    expect(getPeriodLabel(utcDay(2024, 1, 5), 'month')).toBe('2024-01');
    expect(getPeriodLabel(utcDay(2024, 11, 5), 'quarter')).toBe('2024-Q4');
  });

  it('writes labels for people', () => {
    expect(getPeriodHumanLabel(utcDay(2024, 1, 5), 'day')).toBe('5 Jan 2024');
    expect(getPeriodHumanLabel(utcDay(2024, 1, 8), 'week')).toBe('week of 8 Jan 2024');
    expect(getPeriodHumanLabel(utcDay(2024, 1, 10), 'week')).toBe('week of 8 Jan 2024');
    expect(getPeriodHumanLabel(utcDay(2024, 1, 20), 'month')).toBe('Jan 2024');
    expect(getPeriodHumanLabel(utcDay(2024, 2, 20), 'quarter')).toBe('Q1 2024');
  });
});

describe('listPeriods', () => {
  it('includes empty periods in between and the partial ones at both ends', () => {
    expect(listPeriods(utcDay(2024, 1, 31), utcDay(2024, 3, 1), 'month')).toEqual([
      { start: utcDay(2024, 1, 1), lastDay: utcDay(2024, 1, 31), label: '2024-01' },
      { start: utcDay(2024, 2, 1), lastDay: utcDay(2024, 2, 29), label: '2024-02' },
      { start: utcDay(2024, 3, 1), lastDay: utcDay(2024, 3, 31), label: '2024-03' },
    ]);
    expect(listPeriods(utcDay(2020, 12, 30), utcDay(2021, 1, 5), 'week').map((period) => period.label)).toEqual(['2020-W53', '2021-W01']);
    expect(listPeriods(utcDay(2023, 11, 15), utcDay(2024, 4, 1), 'quarter').map((period) => period.label)).toEqual(['2023-Q4', '2024-Q1', '2024-Q2']);
  });

  it('is empty when the last day is before the first', () => {
    expect(listPeriods(10, 9, 'day')).toEqual([]);
    expect(countPeriods(10, 9, 'week')).toBe(0);
  });

  it('tiles the span without gaps or overlaps, and countPeriods agrees', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 800 }), kind, (firstDay, length, periodKind) => {
        const lastDay = firstDay + length;
        const periods = listPeriods(firstDay, lastDay, periodKind);
        expect(periods.length).toBe(countPeriods(firstDay, lastDay, periodKind));
        expect(periods[0]?.start).toBeLessThanOrEqual(firstDay);
        expect(periods.at(-1)?.lastDay).toBeGreaterThanOrEqual(lastDay);
        periods.slice(1).forEach((period, index) => expect(period.start).toBe((periods[index]?.lastDay ?? Number.NaN) + 1));
        expect(new Set(periods.map((period) => period.label)).size).toBe(periods.length);
      }),
      { numRuns: 200 },
    );
  });
});
