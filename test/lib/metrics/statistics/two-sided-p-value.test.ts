import { describe, expect, it } from 'vitest';
import { getTwoSidedPValue } from '../../../../src/lib/metrics/statistics/two-sided-p-value.ts';

// Reference values from 2 * scipy.stats.norm.sf(|z|).
describe('getTwoSidedPValue', () => {
  it('is 1 at z = 0', () => {
    expect(getTwoSidedPValue(0)).toBe(1);
  });

  it('matches reference values', () => {
    expect(getTwoSidedPValue(1)).toBeCloseTo(0.31731050786291415, 14);
    expect(getTwoSidedPValue(1.959963984540054)).toBeCloseTo(0.05, 14);
    expect(getTwoSidedPValue(2.5758293035489004)).toBeCloseTo(0.01, 14);
    expect(getTwoSidedPValue(3.5) / 0.00046525815807105003).toBeCloseTo(1, 12);
  });

  it('is the same for z and −z', () => {
    expect(getTwoSidedPValue(-2)).toBe(getTwoSidedPValue(2));
    expect(getTwoSidedPValue(-2)).toBeCloseTo(0.04550026389635839, 14);
  });

  it('is 0 for infinite z', () => {
    expect(getTwoSidedPValue(Infinity)).toBe(0);
    expect(getTwoSidedPValue(-Infinity)).toBe(0);
  });

  it('refuses NaN', () => {
    expect(() => getTwoSidedPValue(Number.NaN)).toThrowErrorMatchingInlineSnapshot(`[Error: getTwoSidedPValue requires a number, got NaN]`);
  });
});
