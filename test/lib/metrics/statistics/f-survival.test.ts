import { describe, expect, it } from 'vitest';
import { getFSurvival } from '../../../../src/lib/metrics/statistics/f-survival.ts';
import { studentTCdf } from '../../../../src/lib/metrics/statistics/student-t-cdf.ts';

describe('getFSurvival', () => {
  it('matches scipy.stats.f.sf, fractional degrees of freedom included', () => {
    expect(getFSurvival(3.4626, 1, 17.776)).toBeCloseTo(0.07939564924993035, 13);
    expect(getFSurvival(2.5, 3, 12.4)).toBeCloseTo(0.10754230160644253, 13);
    expect(getFSurvival(0.2, 4, 40)).toBeCloseTo(0.9368816598171, 13);
  });

  it('gives 0.05 at the NIST table value F(0.95; 1, 10) = 4.965', () => {
    expect(getFSurvival(4.965, 1, 10)).toBeCloseTo(0.05, 4);
  });

  it('equals the two-sided t tail for one numerator degree of freedom (F = t²)', () => {
    for (const [t, df] of [[1.3, 7], [2.2, 15.5], [0.4, 3]] as const) {
      expect(getFSurvival(t * t, 1, df)).toBeCloseTo(2 * studentTCdf(-t, df), 13);
    }
  });

  it('is 1 at zero and 0 at infinity, and rejects bad degrees of freedom', () => {
    expect(getFSurvival(0, 2, 5)).toBe(1);
    expect(getFSurvival(Infinity, 2, 5)).toBe(0);
    expect(() => getFSurvival(1, 0, 5)).toThrowErrorMatchingInlineSnapshot(`[Error: getFSurvival requires a number and positive degrees of freedom, got f = 1, df = 0 and 5]`);
  });
});
