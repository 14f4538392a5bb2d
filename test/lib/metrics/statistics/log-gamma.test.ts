import { describe, expect, it } from 'vitest';
import { logGamma } from '../../../../src/lib/metrics/statistics/log-gamma.ts';

// Reference values from scipy.special.gammaln.
describe('logGamma', () => {
  it('is ln((n − 1)!) at whole numbers', () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(2)).toBeCloseTo(0, 14);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
  });

  it('matches reference values', () => {
    expect(logGamma(0.5)).toBeCloseTo(0.5723649429247, 13);
    expect(logGamma(10.5)).toBeCloseTo(13.940625219403763, 12);
    expect(logGamma(100)).toBeCloseTo(359.1342053695754, 10);
    expect(logGamma(0.001)).toBeCloseTo(6.907178885383853, 12);
    expect(logGamma(1e6) / 12815504.569147611).toBeCloseTo(1, 13);
  });

  it('refuses zero, negatives and non-finite numbers', () => {
    expect(() => logGamma(0)).toThrowErrorMatchingInlineSnapshot(`[Error: logGamma requires a positive finite number, got 0]`);
    expect(() => logGamma(-1)).toThrow();
    expect(() => logGamma(Infinity)).toThrow();
  });
});
