import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalCdf } from '../../../../src/lib/metrics/statistics/normal-cdf.ts';

// Reference values from scipy.stats.norm.cdf.
describe('normalCdf', () => {
  it('is one half at zero', () => {
    expect(normalCdf(0)).toBe(0.5);
  });

  it('matches reference values in the body', () => {
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 15);
    expect(normalCdf(-1.96)).toBeCloseTo(0.024997895148220435, 15);
    expect(normalCdf(3)).toBeCloseTo(0.9986501019683699, 15);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 15);
  });

  it('keeps relative precision far in the lower tail', () => {
    expect(normalCdf(-10) / 7.61985302416047e-24).toBeCloseTo(1, 12);
    expect(normalCdf(-20) / 2.7536241186061556e-89).toBeCloseTo(1, 12);
    expect(normalCdf(-8) / 6.22096057427174e-16).toBeCloseTo(1, 12);
  });

  it('reaches 0 and 1 at the extremes', () => {
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
  });

  it('is symmetric: Φ(x) + Φ(−x) = 1', () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (x) => {
        expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 14);
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });

  it('never decreases', () => {
    fc.assert(
      fc.property(fc.double({ min: -40, max: 40, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }), (x, step) => {
        expect(normalCdf(x + step)).toBeGreaterThanOrEqual(normalCdf(x));
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });

  it('refuses NaN', () => {
    expect(() => normalCdf(Number.NaN)).toThrowErrorMatchingInlineSnapshot(`[Error: normalCdf requires a number, got NaN]`);
  });
});
