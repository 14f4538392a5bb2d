import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalCdf } from '../../../../src/lib/metrics/statistics/normal-cdf.ts';
import { normalQuantile } from '../../../../src/lib/metrics/statistics/normal-quantile.ts';

// Reference values from scipy.stats.norm.ppf and Python's statistics.NormalDist (also AS 241).
describe('normalQuantile', () => {
  it('gives z = 1.959963985 for 0.975 to 9 decimals (and closer)', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(0.975).toFixed(9)).toBe('1.959963985');
  });

  it('gives the usual critical values', () => {
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536269514722, 14);
    expect(normalQuantile(0.995)).toBeCloseTo(2.5758293035489004, 14);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.3)).toBeCloseTo(-0.5244005127080409, 14);
  });

  it('stays accurate deep in the tails', () => {
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 12);
    expect(normalQuantile(1e-300)).toBeCloseTo(-37.0470962993612, 10);
    expect(normalQuantile(0.9999999)).toBeCloseTo(5.199337582290661, 10);
  });

  it('returns ±Infinity at 0 and 1', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
  });

  it('inverts the CDF', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }), (probability) => {
        expect(normalCdf(normalQuantile(probability))).toBeCloseTo(probability, 13);
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });

  it('is antisymmetric around one half', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: 0.5, noNaN: true }), (probability) => {
        expect(normalQuantile(probability) + normalQuantile(1 - probability)).toBeCloseTo(0, 7);
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });

  it('refuses probabilities outside [0, 1]', () => {
    expect(() => normalQuantile(1.5)).toThrowErrorMatchingInlineSnapshot(`[Error: normalQuantile requires a probability between 0 and 1, got 1.5]`);
    expect(() => normalQuantile(-0.1)).toThrow();
    expect(() => normalQuantile(Number.NaN)).toThrow();
  });
});
