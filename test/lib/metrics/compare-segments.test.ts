import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareNps } from '../../../src/lib/metrics/compare-nps.ts';
import type { SegmentComparison, SegmentInput } from '../../../src/lib/metrics/compare-segments.ts';
import { compareSegments } from '../../../src/lib/metrics/compare-segments.ts';
import type { Result } from '../../../src/lib/result.ts';

function unwrap<T>(result: Result<T, unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

function compared(result: Result<SegmentComparison, unknown>) {
  const value = unwrap(result);
  if (value.kind !== 'compared') throw new Error('expected a comparison');
  return value;
}

/** Every number anywhere in a value, to check none is NaN or infinite. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

const NPS_SEGMENTS: SegmentInput = {
  metric: 'nps',
  segments: [
    { label: 'SMB', groups: { promoters: 50, passives: 40, detractors: 30 } },
    { label: 'Mid-market', groups: { promoters: 30, passives: 40, detractors: 30 } },
    { label: 'Enterprise', groups: { promoters: 20, passives: 30, detractors: 50 } },
  ],
};

describe('compareSegments', () => {
  it('tests NPS segments for homogeneity on the k×3 group table (scipy.stats.chi2_contingency)', () => {
    const result = compared(compareSegments({
      metric: 'nps',
      segments: [
        { label: 'A', groups: { promoters: 30, passives: 40, detractors: 30 } },
        { label: 'B', groups: { promoters: 50, passives: 30, detractors: 20 } },
        { label: 'C', groups: { promoters: 40, passives: 35, detractors: 25 } },
      ],
    }));
    // Table rows are (detractors, passives, promoters): [[30,40,30],[20,30,50],[25,35,40]] → χ² 8.4286, df 4, p 0.0771.
    expect(result.overall).toMatchObject({ kind: 'chi-square-homogeneity', degreesOfFreedom: 4, significant: false, notes: [] });
    if (result.overall.kind !== 'chi-square-homogeneity') throw new Error('expected chi-square');
    expect(result.overall.statistic).toBeCloseTo(8.428571428571429, 12);
    expect(result.overall.pValue).toBeCloseTo(0.07708214537309127, 13);
  });

  it('compares every pair with compareNps and adjusts by Holm', () => {
    const result = compared(compareSegments(NPS_SEGMENTS));
    expect(result.pairs.map((pair) => `${pair.baseline}→${pair.current}`)).toEqual(['SMB→Mid-market', 'SMB→Enterprise', 'Mid-market→Enterprise']);
    // Independent Holm by hand over the three raw p-values from compareNps.
    const raw = [
      unwrap(compareNps(NPS_SEGMENTS.segments[0]!.groups, NPS_SEGMENTS.segments[1]!.groups)).pValue,
      unwrap(compareNps(NPS_SEGMENTS.segments[0]!.groups, NPS_SEGMENTS.segments[2]!.groups)).pValue,
      unwrap(compareNps(NPS_SEGMENTS.segments[1]!.groups, NPS_SEGMENTS.segments[2]!.groups)).pValue,
    ];
    const order = [0, 1, 2].sort((a, b) => raw[a]! - raw[b]!);
    const expected: number[] = [];
    let running = 0;
    order.forEach((index, rank) => {
      running = Math.max(running, Math.min(1, (3 - rank) * raw[index]!));
      expected[index] = running;
    });
    result.pairs.forEach((pair, index) => {
      expect(pair.comparison.pValue).toBeCloseTo(raw[index]!, 14);
      expect(pair.adjustedPValue).toBeCloseTo(expected[index]!, 14);
      expect(pair.significant).toBe(expected[index]! < 0.05);
    });
    // SMB (NPS 16.7) against Enterprise (−30): a real gap even after the correction.
    expect(result.pairs[1]).toMatchObject({ significant: true });
    expect(result.segments.map((segment) => segment.estimate)).toEqual([(20 * 100) / 120, 0, -30]);
  });

  it('runs Welch’s ANOVA for means: R’s oneway.test on PlantGrowth (× 100) gives F = 5.181, df 2 and 17.128, p = 0.01739', () => {
    const scale = { min: 359, max: 631 };
    const countsOf = (weights: readonly number[]) => {
      const counts = Array<number>(scale.max - scale.min + 1).fill(0);
      for (const weight of weights) counts[Math.round(weight * 100) - scale.min]! += 1;
      return counts;
    };
    const result = compared(compareSegments(
      {
        metric: 'mean',
        scale,
        segments: [
          { label: 'ctrl', counts: countsOf([4.17, 5.58, 5.18, 6.11, 4.5, 4.61, 5.17, 4.53, 5.33, 5.14]) },
          { label: 'trt1', counts: countsOf([4.81, 4.17, 4.41, 3.59, 5.87, 3.83, 6.03, 4.89, 4.32, 4.69]) },
          { label: 'trt2', counts: countsOf([6.31, 5.12, 5.54, 5.5, 5.37, 5.29, 4.92, 6.15, 5.8, 5.26]) },
        ],
      },
      { minimumN: 10 },
    ));
    if (result.overall.kind !== 'welch-anova') throw new Error('expected Welch’s ANOVA');
    expect(result.overall.statistic).toBeCloseTo(5.180972408113194, 9);
    expect(result.overall.denominatorDegrees).toBeCloseTo(17.128418616644137, 9);
    expect(result.overall.pValue).toBeCloseTo(0.017392821490169935, 11);
    expect(result.pairs).toHaveLength(3);
    expect(result.unit).toBe('scale-units');
  });

  it('tests shares on the k×2 table and notes small expected counts', () => {
    const result = compared(compareSegments({
      metric: 'share',
      segments: [
        { label: 'SMB', sample: { successes: 60, trials: 100 } },
        { label: 'Enterprise', sample: { successes: 80, trials: 100 } },
      ],
    }));
    // χ² = 200 × (60·20 − 40·80)² / (100·100·140·60) = 9.5238 (by hand), = z² of the pooled test.
    expect(result.overall).toMatchObject({ kind: 'chi-square-homogeneity', degreesOfFreedom: 1, significant: true });
    if (result.overall.kind === 'chi-square-homogeneity') expect(result.overall.statistic).toBeCloseTo(9.523809523809524, 12);
    expect(result.pairs[0]?.adjustedPValue).toBe(result.pairs[0]?.comparison.pValue);
    const sparse = compared(compareSegments({ metric: 'share', segments: [{ label: 'a', sample: { successes: 1, trials: 3 } }, { label: 'b', sample: { successes: 2, trials: 3 } }] }, { minimumN: 1 }));
    expect(sparse.overall).toMatchObject({ notes: ['small-expected-counts'] });
  });

  it('excludes small and empty segments with the reason', () => {
    const result = unwrap(compareSegments({
      metric: 'nps',
      segments: [
        { label: 'Big', groups: { promoters: 40, passives: 30, detractors: 30 } },
        { label: 'Tiny', groups: { promoters: 3, passives: 1, detractors: 1 } },
        { label: 'Empty', groups: { promoters: 0, passives: 0, detractors: 0 } },
        { label: 'Other', groups: { promoters: 20, passives: 10, detractors: 10 } },
      ],
    }));
    expect(result.kind).toBe('compared');
    expect(result.excluded).toEqual([
      { label: 'Tiny', n: 5, reason: 'below-minimum' },
      { label: 'Empty', n: 0, reason: 'no-answers' },
    ]);
    expect(result.segments.map((segment) => segment.label)).toEqual(['Big', 'Other']);
  });

  it('gives a typed result for fewer than two usable segments', () => {
    expect(unwrap(compareSegments({ metric: 'nps', segments: [] }))).toMatchObject({ kind: 'not-enough-segments', segments: [], excluded: [] });
    expect(unwrap(compareSegments({ metric: 'share', segments: [{ label: 'a', sample: { successes: 0, trials: 0 } }, { label: 'b', sample: { successes: 3, trials: 40 } }] }))).toMatchObject({
      kind: 'not-enough-segments',
      excluded: [{ label: 'a', n: 0, reason: 'no-answers' }],
    });
  });

  it('says when no overall test is possible', () => {
    const alike = compared(compareSegments({ metric: 'nps', segments: [{ label: 'a', groups: { promoters: 40, passives: 0, detractors: 0 } }, { label: 'b', groups: { promoters: 35, passives: 0, detractors: 0 } }] }));
    expect(alike.overall).toEqual({ kind: 'unavailable', reason: 'all-answers-alike' });
    expect(alike.pairs[0]?.comparison.pValue).toBe(1);
    const flat = compared(compareSegments({ metric: 'mean', scale: { min: 1, max: 5 }, segments: [{ label: 'a', counts: [0, 0, 0, 40, 0] }, { label: 'b', counts: [0, 0, 10, 20, 10] }] }));
    expect(flat.overall).toEqual({ kind: 'unavailable', reason: 'segment-without-spread' });
  });

  it('returns typed errors for bad input instead of throwing', () => {
    expect(compareSegments({ metric: 'nps', segments: [{ label: 'a', groups: { promoters: -1, passives: 0, detractors: 0 } }] })).toEqual({
      ok: false,
      error: { kind: 'invalid-segment', label: 'a', error: { kind: 'invalid-group-count', group: 'promoters', value: -1 } },
    });
    expect(compareSegments({ metric: 'share', segments: [{ label: 'a', sample: { successes: 1, trials: 2 } }, { label: 'a', sample: { successes: 1, trials: 2 } }] })).toEqual({ ok: false, error: { kind: 'duplicate-label', label: 'a' } });
    expect(compareSegments({ metric: 'mean', scale: { min: 5, max: 1 }, segments: [] })).toEqual({ ok: false, error: { kind: 'invalid-scale', scale: { min: 5, max: 1 } } });
    expect(compareSegments({ metric: 'mean', scale: { min: 1, max: 5 }, segments: [{ label: 'a', counts: [1, 2.5, 0, 0, 0] }] })).toMatchObject({ ok: false, error: { kind: 'invalid-segment', label: 'a' } });
    expect(compareSegments(NPS_SEGMENTS, { minimumN: 0 })).toEqual({ ok: false, error: { kind: 'invalid-option', option: 'minimumN', value: 0 } });
    expect(compareSegments(NPS_SEGMENTS, { confidence: 80 as 95 })).toEqual({ ok: false, error: { kind: 'invalid-option', option: 'confidence', value: 80 } });
  });

  it('never throws and never gives NaN or Infinity', () => {
    const groups = fc.record({ promoters: fc.nat(40), passives: fc.nat(40), detractors: fc.nat(40) });
    fc.assert(
      fc.property(fc.array(groups, { maxLength: 5 }), fc.integer({ min: 1, max: 40 }), (segments, minimumN) => {
        const result = compareSegments({ metric: 'nps', segments: segments.map((g, index) => ({ label: `s${String(index)}`, groups: g })) }, { minimumN });
        expect(result.ok).toBe(true);
        for (const value of numbersIn(result)) expect(Number.isFinite(value)).toBe(true);
        if (result.ok && result.value.kind === 'compared') {
          for (const pair of result.value.pairs) expect(pair.adjustedPValue).toBeGreaterThanOrEqual(pair.comparison.pValue);
        }
      }),
      { numRuns: 60, interruptAfterTimeLimit: 5_000 },
    );
    const counts = fc.array(fc.nat(12), { minLength: 5, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(counts, { maxLength: 4 }), (segments) => {
        const result = compareSegments({ metric: 'mean', scale: { min: 1, max: 5 }, segments: segments.map((c, index) => ({ label: `s${String(index)}`, counts: c })) }, { minimumN: 1 });
        expect(result.ok).toBe(true);
        for (const value of numbersIn(result)) expect(Number.isFinite(value)).toBe(true);
      }),
      { numRuns: 40, interruptAfterTimeLimit: 4_000 },
    );
  }, 15_000);
});
