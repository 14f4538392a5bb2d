import { describe, expect, it } from 'vitest';
import { studentTCdf } from '../../../../src/lib/metrics/statistics/student-t-cdf.ts';

// Reference values from scipy.stats.t.cdf.
describe('studentTCdf', () => {
  it('matches reference values', () => {
    expect(studentTCdf(2, 5)).toBeCloseTo(0.9490302605850708, 14);
    expect(studentTCdf(-1, 3)).toBeCloseTo(0.19550110947788524, 14);
    expect(studentTCdf(0.5, 1)).toBeCloseTo(0.6475836176504333, 14);
    expect(studentTCdf(3, 30)).toBeCloseTo(0.9973050179671741, 14);
    expect(studentTCdf(1, 2)).toBeCloseTo(0.7886751345948129, 14);
    expect(studentTCdf(-2.5, 12)).toBeCloseTo(0.01395769978566262, 14);
    expect(studentTCdf(10, 4)).toBeCloseTo(0.999718998188642, 14);
  });

  it('is one half at zero and reaches 0 and 1 at the ends', () => {
    expect(studentTCdf(0, 7)).toBe(0.5);
    expect(studentTCdf(-Infinity, 7)).toBe(0);
    expect(studentTCdf(Infinity, 7)).toBe(1);
  });

  it('approaches the normal distribution for many degrees of freedom', () => {
    expect(studentTCdf(1.959963984540054, 1e7)).toBeCloseTo(0.975, 7);
  });

  it('refuses NaN and degrees of freedom that are not positive', () => {
    expect(() => studentTCdf(Number.NaN, 3)).toThrowErrorMatchingInlineSnapshot(`[Error: studentTCdf requires a number and positive degrees of freedom, got t = NaN, df = 3]`);
    expect(() => studentTCdf(1, 0)).toThrow();
  });
});
