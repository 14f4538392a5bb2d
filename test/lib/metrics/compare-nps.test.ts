import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareNps } from '../../../src/lib/metrics/compare-nps.ts';
import type { NpsComparison } from '../../../src/lib/metrics/compare-nps.ts';
import { calculateNpsFromGroups } from '../../../src/lib/metrics/nps.ts';
import type { Result } from '../../../src/lib/result.ts';

function unwrap<T>(result: Result<T, unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

// Expected values from the same formulas in Python (scipy.stats.norm for p).
describe('compareNps', () => {
  it('works through a rise of 20 points that could be chance', () => {
    const comparison = unwrap(compareNps({ promoters: 40, passives: 30, detractors: 30 }, { promoters: 50, passives: 30, detractors: 20 }));
    expect(comparison.baseline).toEqual({ n: 100, nps: 10 });
    expect(comparison.current).toEqual({ n: 100, nps: 30 });
    expect(comparison.difference).toBe(20);
    expect(comparison.standardError).toBeCloseTo(11.40175425099138, 11);
    expect(comparison.testStatistic).toBeCloseTo(1.7541160386140582, 12);
    expect(comparison.pValue).toBeCloseTo(0.07941062599894227, 12);
    expect(comparison.interval.lower).toBeCloseTo(-2.3470276925195677, 10);
    expect(comparison.interval.upper).toBeCloseTo(42.34702769251956, 10);
    expect(comparison.interval.method).toBe('wald');
    expect(comparison.significant).toBe(false);
    expect(comparison.warnings).toEqual([]);
  });

  it('works through a significant rise with unequal samples', () => {
    const comparison = unwrap(compareNps({ promoters: 80, passives: 60, detractors: 60 }, { promoters: 112, passives: 48, detractors: 40 }));
    expect(comparison.difference).toBeCloseTo(26, 12);
    expect(comparison.standardError).toBeCloseTo(8.12526922630875, 11);
    expect(comparison.pValue).toBeCloseTo(0.0013747815324639755, 12);
    expect(comparison.interval.lower).toBeCloseTo(10.07476495174322, 10);
    expect(comparison.significant).toBe(true);
  });

  it('accepts NPS results as samples', () => {
    const baseline = unwrap(calculateNpsFromGroups({ promoters: 300, passives: 400, detractors: 300 }));
    const current = unwrap(calculateNpsFromGroups({ promoters: 330, passives: 380, detractors: 290 }));
    const comparison = unwrap(compareNps(baseline, current));
    expect(comparison.difference).toBeCloseTo(4, 12);
    expect(comparison.pValue).toBeCloseTo(0.2518165210438812, 12);
  });

  it('uses the chosen confidence for the interval and the significance threshold', () => {
    const samples = [{ promoters: 40, passives: 30, detractors: 30 }, { promoters: 50, passives: 30, detractors: 20 }] as const;
    const at90 = unwrap(compareNps(samples[0], samples[1], { confidence: 90 }));
    expect(at90.significant).toBe(true);
    expect(at90.interval.lower).toBeCloseTo(20 - 1.6448536269514722 * 11.40175425099138, 10);
    expect(unwrap(compareNps(samples[0], samples[1], { confidence: 99 })).significant).toBe(false);
  });

  it('handles zero variance in both samples without NaN', () => {
    const same = unwrap(compareNps({ promoters: 10, passives: 0, detractors: 0 }, { promoters: 4, passives: 0, detractors: 0 }));
    expect(same).toMatchObject({ difference: 0, standardError: 0, testStatistic: null, pValue: 1, significant: false, warnings: ['zero-variance'] });
    expect(same.interval).toEqual({ lower: 0, upper: 0, method: 'wald', clamped: false });
    const opposite = unwrap(compareNps({ promoters: 0, passives: 0, detractors: 3 }, { promoters: 5, passives: 0, detractors: 0 }));
    expect(opposite).toMatchObject({ difference: 200, standardError: 0, testStatistic: null, pValue: 0, significant: true });
    expect(opposite.interval).toMatchObject({ upper: 200, clamped: false });
    const single = unwrap(compareNps({ promoters: 1, passives: 0, detractors: 0 }, { promoters: 0, passives: 1, detractors: 0 }));
    expect(single.difference).toBe(-100);
    expect(Number.isNaN(single.pValue)).toBe(false);
  });

  it('says when the interval of the change reached past ±200 and was cut there', () => {
    // Two answers each, far apart: 100 − (−50) = 150 with a standard error near 43, so 150 + 1.96 × 43 > 200.
    const far = unwrap(compareNps({ promoters: 0, passives: 1, detractors: 1 }, { promoters: 2, passives: 0, detractors: 0 }));
    expect(far.difference).toBe(150);
    expect(far.interval).toMatchObject({ upper: 200, clamped: true });
    expect(far.interval.lower).toBeGreaterThan(-200);
    expect(unwrap(compareNps({ promoters: 40, passives: 30, detractors: 30 }, { promoters: 50, passives: 30, detractors: 20 })).interval.clamped).toBe(false);
  });

  it('names the invalid sample', () => {
    expect(compareNps({ promoters: 0, passives: 0, detractors: 0 }, { promoters: 1, passives: 0, detractors: 0 })).toEqual({
      ok: false,
      error: { kind: 'invalid-sample', sample: 'baseline', error: { kind: 'no-responses' } },
    });
    expect(compareNps({ promoters: 1, passives: 0, detractors: 0 }, { promoters: -1, passives: 0, detractors: 0 })).toEqual({
      ok: false,
      error: { kind: 'invalid-sample', sample: 'current', error: { kind: 'invalid-group-count', group: 'promoters', value: -1 } },
    });
  });

  it('is antisymmetric and never returns NaN', () => {
    const group = fc.record({ promoters: fc.nat(200), passives: fc.nat(200), detractors: fc.nat(200) }).filter((g) => g.promoters + g.passives + g.detractors > 0);
    fc.assert(
      fc.property(group, group, (first, second) => {
        const forward: NpsComparison = unwrap(compareNps(first, second));
        const backward: NpsComparison = unwrap(compareNps(second, first));
        expect(forward.difference).toBeCloseTo(-backward.difference, 10);
        expect(forward.pValue).toBeCloseTo(backward.pValue, 12);
        for (const value of [forward.difference, forward.standardError, forward.pValue, forward.interval.lower, forward.interval.upper]) {
          expect(Number.isFinite(value)).toBe(true);
        }
        expect(forward.pValue).toBeGreaterThanOrEqual(0);
        expect(forward.pValue).toBeLessThanOrEqual(1);
        expect(forward.interval.lower).toBeGreaterThanOrEqual(-200);
        expect(forward.interval.upper).toBeLessThanOrEqual(200);
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });
});
