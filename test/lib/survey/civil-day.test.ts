import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatIsoDay, getCivilFromDay, getDayFromCivil, getDaysInMonth, getIsoWeekday, isLeapYear } from '../../../src/lib/survey/civil-day.ts';

const MS_PER_DAY = 86_400_000;

// Independent reference: the JavaScript engine's own proleptic Gregorian calendar, Date.UTC, in whole days.
const utcDay = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / MS_PER_DAY;

describe('getDayFromCivil', () => {
  it('counts days from 1970-01-01 like Date.UTC', () => {
    expect(getDayFromCivil(1970, 1, 1)).toBe(0);
    expect(getDayFromCivil(2024, 1, 5)).toBe(19727);
    expect(getDayFromCivil(2024, 1, 5)).toBe(utcDay(2024, 1, 5));
    expect(getDayFromCivil(1969, 12, 31)).toBe(-1);
    expect(getDayFromCivil(2000, 2, 29)).toBe(utcDay(2000, 2, 29));
    expect(getDayFromCivil(1600, 3, 1)).toBe(utcDay(1600, 3, 1));
  });

  it('agrees with Date.UTC on any day from year 1 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        fc.pre(day <= getDaysInMonth(year, month));
        const reference = new Date(0);
        reference.setUTCFullYear(year, month - 1, day); // setUTCFullYear does not map years 0–99 to 1900s
        expect(getDayFromCivil(year, month, day)).toBe(reference.getTime() / MS_PER_DAY);
      }),
      { numRuns: 200 },
    );
  });
});

describe('getCivilFromDay', () => {
  it('gives back the calendar date', () => {
    expect(getCivilFromDay(19727)).toEqual({ year: 2024, month: 1, day: 5 });
    expect(getCivilFromDay(-1)).toEqual({ year: 1969, month: 12, day: 31 });
    expect(getCivilFromDay(utcDay(2100, 2, 28) + 1)).toEqual({ year: 2100, month: 3, day: 1 });
  });

  it('round-trips civil date → day → civil date', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        fc.pre(day <= getDaysInMonth(year, month));
        expect(getCivilFromDay(getDayFromCivil(year, month, day))).toEqual({ year, month, day });
      }),
      { numRuns: 200 },
    );
  });

  it('round-trips day → civil date → day, and consecutive days are consecutive dates', () => {
    fc.assert(
      fc.property(fc.integer({ min: -3_000_000, max: 3_000_000 }), (dayNumber) => {
        const { year, month, day } = getCivilFromDay(dayNumber);
        expect(getDayFromCivil(year, month, day)).toBe(dayNumber);
        const next = getCivilFromDay(dayNumber + 1);
        const isNext = next.day === day + 1 || (next.day === 1 && (next.month === month + 1 || (month === 12 && next.month === 1 && next.year === year + 1)));
        expect(isNext).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('calendar helpers', () => {
  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([false, true, false, true, false]);
    expect(getDaysInMonth(2024, 2)).toBe(29);
    expect(getDaysInMonth(2023, 2)).toBe(28);
    expect(getDaysInMonth(2024, 4)).toBe(30);
    expect(getDaysInMonth(2024, 13)).toBe(0);
  });

  it('gives ISO weekdays like Date#getUTCDay (Sunday 7, not 0)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (dayNumber) => {
        const jsDay = new Date(dayNumber * MS_PER_DAY).getUTCDay();
        expect(getIsoWeekday(dayNumber)).toBe(jsDay === 0 ? 7 : jsDay);
      }),
      { numRuns: 200 },
    );
    expect(getIsoWeekday(0)).toBe(4); // 1970-01-01 was a Thursday
  });

  it('formats a day as an ISO date like Date#toISOString', () => {
    expect(formatIsoDay(19727)).toBe('2024-01-05');
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (dayNumber) => {
        expect(formatIsoDay(dayNumber)).toBe(new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10));
      }),
      { numRuns: 200 },
    );
  });
});
