import { describe, expect, it } from 'vitest';
import { getChiSquareHomogeneity } from '../../../../src/lib/metrics/statistics/chi-square-homogeneity.ts';

describe('getChiSquareHomogeneity', () => {
  it('works through a 2×2 table by hand', () => {
    // Expected 15 everywhere; χ² = 4 × 25/15 = 6.667 on 1 df; p from scipy.stats.chi2.sf(20/3, 1).
    const test = getChiSquareHomogeneity([[10, 20], [20, 10]]);
    expect(test?.statistic).toBeCloseTo(20 / 3, 13);
    expect(test?.degreesOfFreedom).toBe(1);
    expect(test?.pValue).toBeCloseTo(0.009823274507519235, 14);
    expect(test?.smallExpectedCounts).toBe(false);
  });

  it('matches scipy.stats.chi2_contingency(correction=False) on a 3×3 table', () => {
    const test = getChiSquareHomogeneity([[20, 30, 50], [30, 30, 40], [10, 25, 65]]);
    expect(test?.statistic).toBeCloseTo(16.717267552182165, 12);
    expect(test?.degreesOfFreedom).toBe(4);
    expect(test?.pValue).toBeCloseTo(0.002193329740579095, 14);
    expect(test?.smallestExpected).toBeCloseTo(20, 12);
  });

  it('drops empty columns and rows from the degrees of freedom', () => {
    // No passives anywhere: a 2×2 test of promoters against detractors.
    const test = getChiSquareHomogeneity([[10, 0, 20], [20, 0, 10], [0, 0, 0]]);
    expect(test?.degreesOfFreedom).toBe(1);
    expect(test?.statistic).toBeCloseTo(20 / 3, 13);
  });

  it('flags small expected counts (Cochran) and gives null when nothing varies', () => {
    expect(getChiSquareHomogeneity([[3, 1], [1, 3]])?.smallExpectedCounts).toBe(true);
    expect(getChiSquareHomogeneity([[5, 0], [7, 0]])).toBeNull();
    expect(getChiSquareHomogeneity([[5, 3]])).toBeNull();
    expect(getChiSquareHomogeneity([])).toBeNull();
  });
});
