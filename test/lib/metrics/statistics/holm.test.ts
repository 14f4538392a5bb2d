import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { adjustHolm } from '../../../../src/lib/metrics/statistics/holm.ts';

describe('adjustHolm', () => {
  it('works through a worked example by hand', () => {
    // Sorted: 0.005×4 = 0.02, 0.01×3 = 0.03, 0.03×2 = 0.06, 0.04×1 = 0.04 → running max 0.06; back in input order.
    expect(adjustHolm([0.01, 0.04, 0.03, 0.005])).toEqual([0.03, 0.06, 0.06, 0.02]);
  });

  it('caps at 1 and keeps a single p-value as it is', () => {
    expect(adjustHolm([0.6, 0.3])).toEqual([0.6, 0.6]);
    expect(adjustHolm([0.8, 0.9])).toEqual([1, 1]);
    expect(adjustHolm([0.023])).toEqual([0.023]);
    expect(adjustHolm([])).toEqual([]);
  });

  it('is monotone, never below the raw p, never above Bonferroni', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 }), (pValues) => {
        const adjusted = adjustHolm(pValues);
        pValues.forEach((p, index) => {
          const value = adjusted[index] ?? Number.NaN;
          expect(value).toBeGreaterThanOrEqual(p);
          expect(value).toBeLessThanOrEqual(Math.min(1, p * pValues.length) + 1e-15);
          pValues.forEach((other, otherIndex) => {
            if (p < other) expect(value).toBeLessThanOrEqual(adjusted[otherIndex] ?? Number.NaN);
          });
        });
      }),
      { numRuns: 200 },
    );
  });

  it('rejects p-values outside [0, 1]', () => {
    expect(() => adjustHolm([0.2, 1.5])).toThrowErrorMatchingInlineSnapshot(`[Error: adjustHolm requires p-values between 0 and 1, got 0.2, 1.5]`);
  });
});
