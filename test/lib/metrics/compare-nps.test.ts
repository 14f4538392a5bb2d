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

// Expected values from an independent Python script of the per-sample adjusted Wald (Rocks 2016): each sample gets
// 0.75 promoter, 1.5 passive, 0.75 detractor; centre NPS′₂ − NPS′₁, SE √(var′₁/n′₁ + var′₂/n′₂), p from
// scipy.stats.norm.sf. E.g. 40/30/30: n′ = 103, p′ = 40.75/103, d′ = 30.75/103, var′ = p′ + d′ − (p′ − d′)² = 0.684746.
describe('compareNps', () => {
  it('works through a rise of 20 points that could be chance', () => {
    const comparison = unwrap(compareNps({ promoters: 40, passives: 30, detractors: 30 }, { promoters: 50, passives: 30, detractors: 20 }));
    expect(comparison.baseline).toEqual({ n: 100, nps: 10 });
    expect(comparison.current).toEqual({ n: 100, nps: 30 });
    expect(comparison.difference).toBe(20);
    expect(comparison.interval.centre).toBeCloseTo(19.41747572815534, 11);
    expect(comparison.standardError).toBeCloseTo(11.208916023086053, 11);
    expect(comparison.testStatistic).toBeCloseTo(1.732324132696044, 12);
    expect(comparison.pValue).toBeCloseTo(0.08321586753157116, 12);
    expect(comparison.interval.lower).toBeCloseTo(-2.5515959828272594, 10);
    expect(comparison.interval.upper).toBeCloseTo(41.386547439137935, 10);
    expect(comparison.interval.method).toBe('adjusted-wald');
    expect(comparison).toMatchObject({ test: 'adjusted-wald-z', significant: false, notes: [], unit: 'points' });
  });

  it('works through a significant rise with unequal samples', () => {
    const comparison = unwrap(compareNps({ promoters: 80, passives: 60, detractors: 60 }, { promoters: 112, passives: 48, detractors: 40 }));
    expect(comparison.difference).toBeCloseTo(26, 12);
    expect(comparison.standardError).toBeCloseTo(8.056749428051877, 11);
    expect(comparison.pValue).toBeCloseTo(0.0014757178634017198, 12);
    expect(comparison.interval.lower).toBeCloseTo(9.824824835352668, 10);
    expect(comparison.significant).toBe(true);
  });

  it('accepts NPS results as samples', () => {
    const baseline = unwrap(calculateNpsFromGroups({ promoters: 300, passives: 400, detractors: 300 }));
    const current = unwrap(calculateNpsFromGroups({ promoters: 330, passives: 380, detractors: 290 }));
    const comparison = unwrap(compareNps(baseline, current));
    expect(comparison.difference).toBeCloseTo(4, 12);
    expect(comparison.pValue).toBeCloseTo(0.25240062476618175, 12);
  });

  it('agrees with the one-sample adjusted-Wald interval: the centre is the difference of the two centres', () => {
    const baseline = unwrap(calculateNpsFromGroups({ promoters: 12, passives: 5, detractors: 20 }));
    const current = unwrap(calculateNpsFromGroups({ promoters: 25, passives: 9, detractors: 6 }));
    const comparison = unwrap(compareNps(baseline, current));
    expect(comparison.interval.centre).toBeCloseTo(current.interval.centre - baseline.interval.centre, 12);
    expect(comparison.standardError).toBeCloseTo(Math.hypot(current.interval.halfWidth, baseline.interval.halfWidth) / current.z, 12);
  });

  it('uses the chosen confidence for the interval and the significance threshold', () => {
    const samples = [{ promoters: 40, passives: 30, detractors: 30 }, { promoters: 50, passives: 30, detractors: 20 }] as const;
    const at90 = unwrap(compareNps(samples[0], samples[1], { confidence: 90 }));
    expect(at90.significant).toBe(true);
    expect(at90.interval.lower).toBeCloseTo(0.9804495533877716, 10);
    const at99 = unwrap(compareNps(samples[0], samples[1], { confidence: 99 }));
    expect(at99.significant).toBe(false);
    expect(at99.interval.upper).toBeCloseTo(48.289730081439195, 10);
  });

  it('gives p = 1 for one promoter against one detractor, where the plain Wald test said p < 0.001', () => {
    const single = unwrap(compareNps({ promoters: 1, passives: 0, detractors: 0 }, { promoters: 0, passives: 0, detractors: 1 }));
    expect(single).toMatchObject({ difference: -200, pValue: 1, significant: false, test: 'exact-permutation' });
    expect(single.notes).toEqual(['no-spread', 'single-answer', 'small-sample', 'estimate-outside-interval']);
    // Python: centre −50, SE 53.033, so −153.94 to 53.94, which leaves out the observed −200.
    expect(single.interval.lower).toBeCloseTo(-153.9427868262258, 10);
  });

  it('uses the exact test for samples without spread: 3 detractors against 5 promoters is p = 1/56', () => {
    // All 3 detractors landing in the first sample is the only split as extreme as observed: 1 of C(8, 3) = 56.
    const opposite = unwrap(compareNps({ promoters: 0, passives: 0, detractors: 3 }, { promoters: 5, passives: 0, detractors: 0 }));
    expect(opposite).toMatchObject({ difference: 200, test: 'exact-permutation', significant: true });
    expect(opposite.pValue).toBeCloseTo(1 / 56, 14);
    const same = unwrap(compareNps({ promoters: 10, passives: 0, detractors: 0 }, { promoters: 4, passives: 0, detractors: 0 }));
    expect(same).toMatchObject({ difference: 0, pValue: 1, significant: false, test: 'exact-permutation' });
  });

  it('says when the interval of the change reached past ±200 and was cut there', () => {
    // 20 detractors against 20 promoters at 99%: centre 173.9 + 2.576 × 12.5 > 200 (Python as above).
    const far = unwrap(compareNps({ promoters: 0, passives: 0, detractors: 20 }, { promoters: 20, passives: 0, detractors: 0 }, { confidence: 99 }));
    expect(far.interval).toMatchObject({ upper: 200, clamped: true });
    expect(far.interval.centre).toBeCloseTo((2 * 20 * 100) / 23, 10);
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
    expect(compareNps({ promoters: 1.5, passives: 0, detractors: 0 }, { promoters: 1, passives: 0, detractors: 0 })).toMatchObject({ ok: false });
  });

  it('is antisymmetric, finite, and its interval holds the difference unless noted', () => {
    const group = fc.record({ promoters: fc.nat(120), passives: fc.nat(120), detractors: fc.nat(120) }).filter((g) => g.promoters + g.passives + g.detractors > 0);
    fc.assert(
      fc.property(group, group, (first, second) => {
        const forward: NpsComparison = unwrap(compareNps(first, second));
        const backward: NpsComparison = unwrap(compareNps(second, first));
        expect(forward.difference).toBeCloseTo(-backward.difference, 10);
        expect(forward.interval.centre).toBeCloseTo(-backward.interval.centre, 10);
        expect(forward.pValue).toBeCloseTo(backward.pValue, 12);
        expect(forward.test).toBe(backward.test);
        for (const value of [forward.difference, forward.standardError, forward.testStatistic, forward.pValue, forward.interval.lower, forward.interval.upper]) {
          expect(Number.isFinite(value)).toBe(true);
        }
        expect(forward.pValue).toBeGreaterThanOrEqual(0);
        expect(forward.pValue).toBeLessThanOrEqual(1);
        expect(forward.interval.lower).toBeGreaterThanOrEqual(-200);
        expect(forward.interval.upper).toBeLessThanOrEqual(200);
        const holds = forward.difference >= forward.interval.lower && forward.difference <= forward.interval.upper;
        expect(forward.notes.includes('estimate-outside-interval')).toBe(!holds);
      }),
      { numRuns: 150, interruptAfterTimeLimit: 4_000 },
    );
  }, 10_000);
});
