import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bucketDays } from '../../../src/lib/survey/bucket-days.ts';
import { PERIOD_KINDS } from '../../../src/lib/survey/periods.ts';

const utcDay = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / 86_400_000;

describe('bucketDays', () => {
  it('sums days into weeks and keeps an empty week between', () => {
    const dayCounts = new Map([
      [utcDay(2024, 1, 1), [1, 0, 2]], // Monday, 2024-W01
      [utcDay(2024, 1, 7), [0, 1, 0]], // Sunday, still 2024-W01
      [utcDay(2024, 1, 15), [3, 0, 0]], // 2024-W03; W02 has none
    ]);
    expect(bucketDays(dayCounts, 'week')).toEqual([
      { start: utcDay(2024, 1, 1), lastDay: utcDay(2024, 1, 7), label: '2024-W01', counts: [1, 1, 2], n: 4 },
      { start: utcDay(2024, 1, 8), lastDay: utcDay(2024, 1, 14), label: '2024-W02', counts: [0, 0, 0], n: 0 },
      { start: utcDay(2024, 1, 15), lastDay: utcDay(2024, 1, 21), label: '2024-W03', counts: [3, 0, 0], n: 3 },
    ]);
    expect(bucketDays(dayCounts, 'month').map((period) => [period.label, period.n])).toEqual([['2024-01', 7]]);
  });

  it('gives nothing for no days', () => {
    expect(bucketDays(new Map(), 'day')).toEqual([]);
  });

  it('refuses count arrays of different lengths', () => {
    expect(() => bucketDays(new Map([[1, [1, 2]], [2, [1]]]), 'day')).toThrowErrorMatchingInlineSnapshot(`[Error: bucketDays requires count arrays of one length, got 2 and 1]`);
  });

  it('never changes the total, per scale point or overall, whatever the kind', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: utcDay(2020, 1, 1), max: utcDay(2026, 12, 31) }), { minLength: 1, maxLength: 30 }),
        fc.array(fc.array(fc.nat(50), { minLength: 3, maxLength: 3 }), { minLength: 30, maxLength: 30 }),
        fc.constantFrom(...PERIOD_KINDS),
        (days, countArrays, kind) => {
          const dayCounts = new Map(days.map((day, index) => [day, countArrays[index] ?? [0, 0, 0]]));
          const periods = bucketDays(dayCounts, kind);
          const expected = [0, 1, 2].map((point) => [...dayCounts.values()].reduce((sum, counts) => sum + (counts[point] ?? 0), 0));
          const bucketed = [0, 1, 2].map((point) => periods.reduce((sum, period) => sum + (period.counts[point] ?? 0), 0));
          expect(bucketed).toEqual(expected);
          expect(periods.reduce((sum, period) => sum + period.n, 0)).toBe(expected.reduce((sum, count) => sum + count, 0));
          // Every day falls in exactly the period whose span holds it.
          for (const day of days) expect(periods.filter((period) => period.start <= day && day <= period.lastDay)).toHaveLength(1);
        },
      ),
      { numRuns: 200 },
    );
  });
});
