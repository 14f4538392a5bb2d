import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { studentTCdf } from '../../../../src/lib/metrics/statistics/student-t-cdf.ts';
import { studentTQuantile } from '../../../../src/lib/metrics/statistics/student-t-quantile.ts';

// Reference values from scipy.stats.t.ppf and printed t tables.
describe('studentTQuantile', () => {
  it('gives the table values to 7 decimals', () => {
    expect(studentTQuantile(0.975, 1).toFixed(7)).toBe('12.7062047');
    expect(studentTQuantile(0.975, 5).toFixed(7)).toBe('2.5705818');
    expect(studentTQuantile(0.975, 30).toFixed(7)).toBe('2.0422725');
  });

  it('matches reference values closely', () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.706204736174694, 11);
    expect(studentTQuantile(0.975, 2)).toBeCloseTo(4.302652729749462, 12);
    expect(studentTQuantile(0.975, 5)).toBeCloseTo(2.5705818356363146, 12);
    expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.0422724563012378, 12);
    expect(studentTQuantile(0.975, 100)).toBeCloseTo(1.9839715185235518, 12);
    expect(studentTQuantile(0.995, 10)).toBeCloseTo(3.16927267261695, 12);
    expect(studentTQuantile(0.95, 2)).toBeCloseTo(2.9199855803537242, 12);
    expect(studentTQuantile(0.9, 3)).toBeCloseTo(1.637744353696209, 12);
    expect(studentTQuantile(0.025, 7)).toBeCloseTo(-2.3646242515927844, 12);
    expect(studentTQuantile(0.975, 1.5)).toBeCloseTo(6.016663104427929, 10);
    expect(studentTQuantile(0.999999, 3)).toBeCloseTo(103.29946777942898, 7);
  });

  it('tends to the normal quantile for large samples', () => {
    expect(studentTQuantile(0.975, 1e6)).toBeCloseTo(1.959966356814107, 8);
  });

  it('is 0 at one half', () => {
    expect(studentTQuantile(0.5, 9)).toBe(0);
  });

  it('inverts the t CDF', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.integer({ min: 1, max: 5000 }),
        (probability, degreesOfFreedom) => {
          expect(studentTCdf(studentTQuantile(probability, degreesOfFreedom), degreesOfFreedom)).toBeCloseTo(probability, 10);
        },
      ),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });

  it('refuses probabilities outside (0, 1) and fewer than 1 degree of freedom', () => {
    expect(() => studentTQuantile(1, 5)).toThrowErrorMatchingInlineSnapshot(`[Error: studentTQuantile requires a probability strictly between 0 and 1, got 1]`);
    expect(() => studentTQuantile(0, 5)).toThrow();
    expect(() => studentTQuantile(0.9, 0.5)).toThrowErrorMatchingInlineSnapshot(`[Error: studentTQuantile requires at least 1 degree of freedom, got 0.5]`);
    expect(() => studentTQuantile(0.9, Infinity)).toThrow();
  });
});
