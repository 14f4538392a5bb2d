import { getChiSquareSurvival } from './chi-square-survival.ts';

/** Expected counts below this make the chi-square approximation doubtful (Cochran 1954). */
const SMALL_EXPECTED = 5;
/** Cochran: no more than a fifth of cells below 5, and none below 1. */
const SMALL_EXPECTED_SHARE = 0.2;

/** Pearson's chi-square test that rows (segments) share one distribution over the columns. */
export type ChiSquareHomogeneity = {
  readonly statistic: number;
  readonly degreesOfFreedom: number;
  readonly pValue: number;
  readonly smallestExpected: number;
  /** Cochran's rule broken: an expected count below 1, or more than 20 % of them below 5. */
  readonly smallExpectedCounts: boolean;
};

/**
 * Pearson's chi-square test of homogeneity for a table of counts (rows = segments, columns = answer groups).
 *
 * E_ij = row_i · column_j / N, χ² = Σ (O_ij − E_ij)² / E_ij with (r − 1)(c − 1) degrees of freedom over the rows
 * and columns that hold any answer, p = P(χ² > observed). Same as R's `chisq.test(table)` for tables larger than
 * 2×2 (no continuity correction here at all). O(r·c).
 *
 * @param table whole counts, at least two rows and two columns with answers
 * @returns the test, or null when fewer than two rows or columns hold answers
 * @example getChiSquareHomogeneity([[10, 20], [20, 10]]) // { statistic: 6.666…, degreesOfFreedom: 1, pValue: 0.00982…, smallestExpected: 15, smallExpectedCounts: false }
 * @see https://www.itl.nist.gov/div898/handbook/prc/section4/prc45.htm (NIST: chi-square test of homogeneity)
 * @see https://doi.org/10.2307/3001666 (Cochran 1954, some methods for strengthening the common χ² tests)
 */
export function getChiSquareHomogeneity(table: readonly (readonly number[])[]): ChiSquareHomogeneity | null {
  const columnCount = table[0]?.length ?? 0;
  const rowTotals = table.map((row) => row.reduce((sum, count) => sum + count, 0));
  const columnTotals = Array.from({ length: columnCount }, (_, column) => table.reduce((sum, row) => sum + (row[column] ?? 0), 0));
  const rows = table.filter((_, index) => (rowTotals[index] ?? 0) > 0);
  const keptRowTotals = rowTotals.filter((total) => total > 0);
  const columns = columnTotals.flatMap((total, column) => (total > 0 ? [column] : []));
  if (rows.length < 2 || columns.length < 2) return null;
  const total = keptRowTotals.reduce((sum, count) => sum + count, 0);
  let statistic = 0;
  let smallestExpected = Infinity;
  let smallCells = 0;
  rows.forEach((row, rowIndex) => {
    for (const column of columns) {
      const expected = ((keptRowTotals[rowIndex] ?? 0) * (columnTotals[column] ?? 0)) / total;
      const deviation = (row[column] ?? 0) - expected;
      statistic += (deviation * deviation) / expected;
      smallestExpected = Math.min(smallestExpected, expected);
      if (expected < SMALL_EXPECTED) smallCells += 1;
    }
  });
  const degreesOfFreedom = (rows.length - 1) * (columns.length - 1);
  return {
    statistic,
    degreesOfFreedom,
    pValue: getChiSquareSurvival(statistic, degreesOfFreedom),
    smallestExpected,
    smallExpectedCounts: smallestExpected < 1 || smallCells > SMALL_EXPECTED_SHARE * rows.length * columns.length,
  };
}
