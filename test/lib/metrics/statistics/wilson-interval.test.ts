import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getWilsonInterval } from '../../../../src/lib/metrics/statistics/wilson-interval.ts';

const Z95 = 1.959963984540054;

// Reference values computed from Wilson's (1927) formula in Python; they match R's prop.test without correction.
describe('getWilsonInterval', () => {
  it('matches worked values', () => {
    const interval = getWilsonInterval(8, 10, Z95);
    expect(interval.lower).toBeCloseTo(0.4901624715366418, 13);
    expect(interval.upper).toBeCloseTo(0.9433178485456248, 13);
    expect(interval.method).toBe('wilson');
    expect(getWilsonInterval(45, 50, Z95).lower).toBeCloseTo(0.7863976856252035, 13);
    expect(getWilsonInterval(81, 100, Z95).upper).toBeCloseTo(0.8748524849023126, 13);
  });

  it('does not collapse when every answer is a success or a failure', () => {
    expect(getWilsonInterval(0, 10, Z95)).toEqual({ lower: 0, upper: expect.closeTo(0.2775327998628892, 13), method: 'wilson' });
    const allSuccesses = getWilsonInterval(10, 10, Z95);
    expect(allSuccesses.lower).toBeCloseTo(0.7224672001371107, 13);
    expect(allSuccesses.upper).toBeLessThanOrEqual(1);
  });

  it('works for a single trial', () => {
    expect(getWilsonInterval(1, 1, Z95).lower).toBeCloseTo(0.20654931437723745, 13);
    expect(getWilsonInterval(0, 1, Z95).upper).toBeCloseTo(0.7934506856227626, 13);
  });

  it('always lies within [0, 1] and holds the observed share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), fc.double({ min: 0, max: 1, noNaN: true }), (trials, fraction) => {
        const successes = Math.round(fraction * trials);
        const { lower, upper } = getWilsonInterval(successes, trials, Z95);
        expect(lower).toBeGreaterThanOrEqual(0);
        expect(upper).toBeLessThanOrEqual(1);
        expect(lower).toBeLessThanOrEqual(successes / trials + 1e-12);
        expect(upper).toBeGreaterThanOrEqual(successes / trials - 1e-12);
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });

  it('refuses impossible counts and z', () => {
    expect(() => getWilsonInterval(1, 0, Z95)).toThrowErrorMatchingInlineSnapshot(`[Error: getWilsonInterval requires 0 <= successes <= trials and trials > 0, got 1 of 0]`);
    expect(() => getWilsonInterval(11, 10, Z95)).toThrow();
    expect(() => getWilsonInterval(-1, 10, Z95)).toThrow();
    expect(() => getWilsonInterval(1, 10, -1)).toThrowErrorMatchingInlineSnapshot(`[Error: getWilsonInterval requires a non-negative finite z, got -1]`);
  });
});
