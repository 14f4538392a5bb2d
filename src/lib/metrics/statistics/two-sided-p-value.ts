import { normalCdf } from './normal-cdf.ts';

/**
 * Two-sided p-value of a z statistic under the standard normal distribution: 2·Φ(−|z|).
 *
 * Computed from the lower tail, so small p-values keep their precision. O(1).
 *
 * @param z a test statistic; ±Infinity gives 0
 * @returns p in [0, 1]
 * @example getTwoSidedPValue(1.959963984540054) // 0.05
 * @see https://en.wikipedia.org/wiki/Z-test
 */
export function getTwoSidedPValue(z: number): number {
  if (Number.isNaN(z)) {
    throw new Error('getTwoSidedPValue requires a number, got NaN');
  }
  return Math.min(1, 2 * normalCdf(-Math.abs(z)));
}
