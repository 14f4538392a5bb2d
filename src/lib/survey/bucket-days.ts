/**
 * Sum answers counted per day into periods, keeping the periods with no answers.
 */
import type { Period, PeriodKind } from './periods.ts';
import { getPeriodStart, listPeriods } from './periods.ts';

/** A period's counts per scale point (same order as the day arrays) and their total. */
export type PeriodCounts = Period & { readonly counts: readonly number[]; readonly n: number };

/**
 * Sum per-day count arrays (counts per scale point, e.g. 11 for NPS 0–10) into per-period arrays, listing
 * every period from the first day's to the last day's, empty ones as zeros. O(days + periods × points).
 *
 * @param dayCounts counts per scale point, keyed by day number; every array the same length
 * @param kind the period kind
 * @returns the periods in order with their counts; empty for an empty map
 * @throws when the arrays differ in length (a programming error: one scale per column)
 * @example bucketDays(new Map([[19727, [1, 2]], [19730, [0, 1]]]), 'week') // [{ label: '2024-W01', counts: [1, 2], n: 3, … }, { label: '2024-W02', counts: [0, 1], n: 1, … }]
 * @see listPeriods
 */
export function bucketDays(dayCounts: ReadonlyMap<number, readonly number[]>, kind: PeriodKind): readonly PeriodCounts[] {
  let firstDay = Number.POSITIVE_INFINITY;
  let lastDay = Number.NEGATIVE_INFINITY;
  let points = -1;
  const sums = new Map<number, number[]>();
  for (const [day, counts] of dayCounts) {
    if (points === -1) points = counts.length;
    else if (counts.length !== points) throw new Error(`bucketDays requires count arrays of one length, got ${String(points)} and ${String(counts.length)}`);
    if (day < firstDay) firstDay = day;
    if (day > lastDay) lastDay = day;
    const start = getPeriodStart(day, kind);
    const sum = sums.get(start) ?? new Array<number>(points).fill(0);
    counts.forEach((count, index) => {
      sum[index] = (sum[index] ?? 0) + count;
    });
    sums.set(start, sum);
  }
  if (points === -1) return [];
  return listPeriods(firstDay, lastDay, kind).map((period) => {
    const counts = sums.get(period.start) ?? new Array<number>(points).fill(0);
    return { ...period, counts, n: counts.reduce((total, count) => total + count, 0) };
  });
}
