import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareMeans } from '../../../src/lib/metrics/compare-means.ts';
import type { Result } from '../../../src/lib/result.ts';

function unwrap<T>(result: Result<T, unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Counts per point of a scale from a list of whole scores. */
function countsOf(scores: readonly number[], min: number, max: number): number[] {
  const counts = Array<number>(max - min + 1).fill(0);
  for (const score of scores) counts[score - min] = (counts[score - min] ?? 0) + 1;
  return counts;
}

// Student's sleep data (R `sleep`), extra hours × 10 so they are whole points of a −16…55 scale.
const SLEEP_SCALE = { min: -16, max: 55 };
const DRUG_1 = countsOf([7, -16, -2, -12, -1, 34, 37, 8, 0, 20], -16, 55);
const DRUG_2 = countsOf([19, 8, 11, 1, -1, 44, 55, 16, 46, 34], -16, 55);

describe('compareMeans', () => {
  it('reproduces R’s Welch t test on the sleep data: t = 1.8608, df = 17.776, 95% CI 2.0548 to 33.655 (× 10)', () => {
    // R: t.test(extra ~ group, data = sleep) gives t = −1.8608, df = 17.776, CI −3.3654832 to 0.2054832 for 1 − 2.
    const comparison = unwrap(compareMeans(DRUG_1, DRUG_2, SLEEP_SCALE));
    expect(comparison.difference).toBeCloseTo(15.8, 12);
    expect(comparison.testStatistic).toBeCloseTo(1.8608134674868526, 10);
    expect(comparison.degreesOfFreedom).toBeCloseTo(17.776473516178488, 10);
    expect(comparison.interval).toMatchObject({ kind: 'interval', method: 'welch-t', clamped: false });
    if (comparison.interval.kind !== 'interval') throw new Error('expected an interval');
    expect(comparison.interval.lower).toBeCloseTo(-2.0548323071171137, 8);
    expect(comparison.interval.upper).toBeCloseTo(33.654832307117104, 8);
  });

  it('gives the exact permutation p for 10 against 10 answers (brute force over all C(20, 10) splits: 15048/184756)', () => {
    // Independent: Python itertools.combinations over the 184,756 splits of the 20 sleep values.
    const comparison = unwrap(compareMeans(DRUG_1, DRUG_2, SLEEP_SCALE));
    expect(comparison.test).toBe('exact-permutation');
    expect(comparison.pValue).toBeCloseTo(15048 / 184756, 12);
    expect(comparison.notes).toEqual(['small-sample']);
  });

  it('uses Welch’s p-value from 30 answers a sample (scipy.stats.ttest_ind(equal_var=False))', () => {
    const comparison = unwrap(compareMeans([0, 0, 10, 20, 10], [0, 0, 5, 15, 20], { min: 1, max: 5 }));
    expect(comparison).toMatchObject({ test: 'welch-t', significant: true, unit: 'scale-units' });
    expect(comparison.pValue).toBeCloseTo(0.02075553859822611, 12);
    expect(comparison.degreesOfFreedom).toBeCloseTo(77.98035264483629, 10);
  });

  it('says why there is no interval for one answer or no spread, and still tests exactly', () => {
    const single = unwrap(compareMeans([0, 0, 1, 0, 0], [0, 0, 5, 15, 20], { min: 1, max: 5 }));
    expect(single).toMatchObject({ interval: { kind: 'unavailable', reason: 'single-answer' }, standardError: null, test: 'exact-permutation' });
    // Pooled 41 answers; one answer of 3 is as far from the pooled mean (4.34) as the 6 threes: p = 6/41.
    expect(single.pValue).toBeCloseTo(6 / 41, 14);
    const flat = unwrap(compareMeans([0, 0, 0, 40, 0], [0, 0, 0, 0, 40], { min: 1, max: 5 }));
    expect(flat).toMatchObject({ interval: { kind: 'unavailable', reason: 'no-spread' }, testStatistic: null, test: 'exact-permutation', significant: true });
    expect(flat.notes).toContain('no-spread');
  });

  it('returns typed errors for bad counts', () => {
    expect(compareMeans([1, 2], [1, 2, 3], { min: 1, max: 3 })).toEqual({
      ok: false,
      error: { kind: 'invalid-sample', sample: 'baseline', error: { kind: 'wrong-length', expected: 3, actual: 2 } },
    });
    expect(compareMeans([1, 2, 3], [0, -1, 3], { min: 1, max: 3 })).toEqual({
      ok: false,
      error: { kind: 'invalid-sample', sample: 'current', error: { kind: 'invalid-count', score: 2, value: -1 } },
    });
    expect(compareMeans([0, 0, 0], [1, 1, 1], { min: 1, max: 3 })).toMatchObject({ ok: false, error: { error: { kind: 'no-responses' } } });
  });

  it('is antisymmetric, finite, and its interval holds the difference', () => {
    const counts = fc.array(fc.nat(25), { minLength: 5, maxLength: 5 }).filter((c) => c.some((count) => count > 0));
    fc.assert(
      fc.property(counts, counts, (first, second) => {
        const forward = unwrap(compareMeans(first, second, { min: 1, max: 5 }));
        const backward = unwrap(compareMeans(second, first, { min: 1, max: 5 }));
        expect(forward.difference).toBeCloseTo(-backward.difference, 10);
        expect(forward.pValue).toBeCloseTo(backward.pValue, 12);
        expect(Number.isFinite(forward.pValue) && forward.pValue >= 0 && forward.pValue <= 1).toBe(true);
        for (const value of [forward.standardError, forward.degreesOfFreedom, forward.testStatistic]) {
          if (value !== null) expect(Number.isFinite(value)).toBe(true);
        }
        if (forward.interval.kind === 'interval') {
          expect(forward.interval.lower).toBeLessThanOrEqual(forward.difference);
          expect(forward.interval.upper).toBeGreaterThanOrEqual(forward.difference);
          expect(forward.interval.lower).toBeGreaterThanOrEqual(-4);
          expect(forward.interval.upper).toBeLessThanOrEqual(4);
        }
      }),
      { numRuns: 120, interruptAfterTimeLimit: 5_000 },
    );
  }, 12_000);
});
