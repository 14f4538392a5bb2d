import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getIsoWeek } from '../../../src/lib/survey/iso-week.ts';
import { getPeriodLabel } from '../../../src/lib/survey/periods.ts';
import { findYearEarlier } from '../../../src/lib/survey/year-earlier.ts';

const utcDay = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / 86_400_000;

describe('findYearEarlier', () => {
  it('goes back 364 days for a day: the same weekday', () => {
    expect(findYearEarlier(utcDay(2024, 3, 15), 'day')).toBe(utcDay(2023, 3, 17)); // Friday to Friday
  });

  it('finds the same ISO week number a year before', () => {
    expect(findYearEarlier(utcDay(2024, 1, 17), 'week')).toBe(utcDay(2023, 1, 16)); // 2024-W03 → 2023-W03
    expect(findYearEarlier(utcDay(2021, 1, 4), 'week')).toBe(utcDay(2019, 12, 30)); // 2021-W01 → 2020-W01
  });

  it('has no year-earlier week 53 when the year before had 52 weeks', () => {
    expect(findYearEarlier(utcDay(2020, 12, 28), 'week')).toBeNull(); // 2020-W53; 2019 had 52
    expect(findYearEarlier(utcDay(2026, 12, 31), 'week')).toBeNull(); // 2026-W53; 2025 had 52
  });

  it('finds the same month and quarter', () => {
    expect(findYearEarlier(utcDay(2024, 2, 29), 'month')).toBe(utcDay(2023, 2, 1));
    expect(findYearEarlier(utcDay(2024, 11, 20), 'quarter')).toBe(utcDay(2023, 10, 1));
  });

  it('keeps the label but one year earlier, and the weekday for days', () => {
    fc.assert(
      fc.property(fc.integer({ min: utcDay(1990, 1, 1), max: utcDay(2090, 1, 1) }), fc.constantFrom('week', 'month', 'quarter' as const), (day, kind) => {
        const earlier = findYearEarlier(day, kind);
        if (earlier === null) {
          expect(kind).toBe('week');
          expect(getIsoWeek(day).week).toBe(53);
          return;
        }
        const label = getPeriodLabel(day, kind);
        const year = Number(label.slice(0, 4));
        expect(getPeriodLabel(earlier, kind)).toBe(`${String(year - 1)}${label.slice(4)}`);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.integer({ min: -50_000, max: 50_000 }), (day) => {
        const earlier = findYearEarlier(day, 'day') ?? Number.NaN;
        expect(new Date(earlier * 86_400_000).getUTCDay()).toBe(new Date(day * 86_400_000).getUTCDay());
      }),
      { numRuns: 200 },
    );
  });
});
