import { describe, expect, it } from 'vitest';
import { getChiSquareSurvival, getRegularizedUpperGamma } from '../../../../src/lib/metrics/statistics/chi-square-survival.ts';
import { normalCdf } from '../../../../src/lib/metrics/statistics/normal-cdf.ts';

describe('getChiSquareSurvival', () => {
  it('gives 0.05 at the published critical values', () => {
    // Critical values from NIST/SEMATECH e-Handbook table 1.3.6.7.4 (upper 5 % points), to the digits printed there.
    expect(getChiSquareSurvival(3.841, 1)).toBeCloseTo(0.05, 4);
    expect(getChiSquareSurvival(5.991, 2)).toBeCloseTo(0.05, 4);
    expect(getChiSquareSurvival(9.488, 4)).toBeCloseTo(0.05, 4);
    expect(getChiSquareSurvival(18.307, 10)).toBeCloseTo(0.05, 4);
  });

  it('matches closed forms: e^(−x/2) for 2 degrees of freedom, 2·Φ(−√x) for 1', () => {
    for (const x of [0.1, 1, 4, 13.8]) {
      expect(getChiSquareSurvival(x, 2)).toBeCloseTo(Math.exp(-x / 2), 14);
      expect(getChiSquareSurvival(x, 1) / (2 * normalCdf(-Math.sqrt(x)))).toBeCloseTo(1, 11);
    }
    // Far out, against scipy.stats.chi2.sf(40, 1) (normalCdf itself is only good to ~1e-9 relative near |x| = 6.3).
    expect(getChiSquareSurvival(40, 1) / 2.5396285894708634e-10).toBeCloseTo(1, 12);
    expect(getChiSquareSurvival(40, 2) / Math.exp(-20)).toBeCloseTo(1, 12);
  });

  it('matches scipy.stats.chi2.sf, fractional degrees of freedom included', () => {
    expect(getChiSquareSurvival(10, 4)).toBeCloseTo(0.04042768199451279, 14);
    expect(getChiSquareSurvival(100, 50) / 3.454931382984871e-5).toBeCloseTo(1, 10);
    expect(getChiSquareSurvival(1e-3, 3)).toBeCloseTo(0.9999915920809419, 14);
    expect(getChiSquareSurvival(30.5, 7.5) / 0.0001161979219079373).toBeCloseTo(1, 10);
    expect(getChiSquareSurvival(2.5, 0.5)).toBeCloseTo(0.04724670114390913, 13);
  });

  it('is 1 at and below zero and 0 at infinity', () => {
    expect(getChiSquareSurvival(0, 3)).toBe(1);
    expect(getChiSquareSurvival(-2, 3)).toBe(1);
    expect(getRegularizedUpperGamma(2, Infinity)).toBe(0);
    expect(getRegularizedUpperGamma(1, 2)).toBeCloseTo(Math.exp(-2), 15);
  });

  it('rejects bad arguments', () => {
    expect(() => getChiSquareSurvival(1, 0)).toThrowErrorMatchingInlineSnapshot(`[Error: getChiSquareSurvival requires a number and positive degrees of freedom, got x = 1, df = 0]`);
    expect(() => getChiSquareSurvival(Number.NaN, 2)).toThrow();
    expect(() => getRegularizedUpperGamma(-1, 2)).toThrow();
  });
});
