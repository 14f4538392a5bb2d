import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getIsoWeek, getIsoWeekStart, getIsoWeeksInYear } from '../../../src/lib/survey/iso-week.ts';

const utcDay = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / 86_400_000;

describe('getIsoWeek', () => {
  // Known calendar facts (printed ISO week calendars; timeanddate.com week numbers).
  it.each([
    [2021, 1, 3, 2020, 53], // Sunday 3 January 2021 closes 2020-W53
    [2021, 1, 4, 2021, 1],
    [2024, 1, 1, 2024, 1], // 1 January 2024 was a Monday
    [2024, 1, 18, 2024, 3],
    [2024, 12, 30, 2025, 1], // a Monday whose Thursday is 2 January 2025
    [2026, 12, 31, 2026, 53],
    [2027, 1, 3, 2026, 53],
    [2016, 1, 1, 2015, 53],
    [2010, 1, 3, 2009, 53],
  ])('%i-%i-%i is in %i-W%i', (year, month, day, weekYear, week) => {
    expect(getIsoWeek(utcDay(year, month, day))).toEqual({ weekYear, week });
  });

  it('agrees with counting Thursdays from the first Thursday of the year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), (day) => {
        // Independent: the Thursday of the day's Monday–Sunday week decides the year; count whole weeks from that year's first Thursday.
        const jsWeekday = new Date(day * 86_400_000).getUTCDay();
        const thursday = day - ((jsWeekday + 6) % 7) + 3;
        const weekYear = new Date(thursday * 86_400_000).getUTCFullYear();
        const januaryFirst = Date.UTC(weekYear, 0, 1) / 86_400_000;
        const firstThursday = januaryFirst + ((4 - new Date(januaryFirst * 86_400_000).getUTCDay() + 7) % 7);
        expect(getIsoWeek(day)).toEqual({ weekYear, week: (thursday - firstThursday) / 7 + 1 });
      }),
      { numRuns: 200 },
    );
  });
});

describe('getIsoWeekStart and getIsoWeeksInYear', () => {
  it('gives the Monday of a week', () => {
    expect(getIsoWeekStart(2024, 3)).toBe(utcDay(2024, 1, 15));
    expect(getIsoWeekStart(2020, 53)).toBe(utcDay(2020, 12, 28));
    expect(getIsoWeekStart(2025, 1)).toBe(utcDay(2024, 12, 30));
  });

  it('counts 53 weeks in long years only', () => {
    // Years with 53 ISO weeks in 2000–2030 (ISO 8601 long years: those starting on a Thursday, or leap years starting on a Wednesday).
    const longYears = [2004, 2009, 2015, 2020, 2026];
    for (let year = 2000; year <= 2030; year += 1) expect(getIsoWeeksInYear(year)).toBe(longYears.includes(year) ? 53 : 52);
  });

  it('round-trips week → Monday → week', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 53 }), (weekYear, week) => {
        fc.pre(week <= getIsoWeeksInYear(weekYear));
        expect(getIsoWeek(getIsoWeekStart(weekYear, week))).toEqual({ weekYear, week });
      }),
      { numRuns: 200 },
    );
  });
});
