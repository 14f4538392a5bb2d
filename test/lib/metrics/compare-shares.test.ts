import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareShares, validateShareSample } from '../../../src/lib/metrics/compare-shares.ts';
import type { Result } from '../../../src/lib/result.ts';

function unwrap<T>(result: Result<T, unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('compareShares', () => {
  // Newcombe (1998) Table II, method 10 (hybrid score), 95%: the published limits to four decimals.
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [6, 7, 2, 7, 0.0582, 0.8062],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [10, 10, 0, 20, 0.6791, 1],
    [10, 10, 0, 10, 0.6075, 1],
  ])('reproduces Newcombe’s Table II for %i/%i − %i/%i', (successes, trials, baselineSuccesses, baselineTrials, lower, upper) => {
    const comparison = unwrap(compareShares({ successes: baselineSuccesses, trials: baselineTrials }, { successes, trials }));
    expect(comparison.interval.lower / 100).toBeCloseTo(lower, 4);
    expect(comparison.interval.upper / 100).toBeCloseTo(upper, 4);
    expect(comparison.interval.method).toBe('newcombe-hybrid-score');
  });

  it('uses the pooled z test from 30 answers, as R’s prop.test(correct = FALSE)', () => {
    // scipy.stats.chi2_contingency([[48, 32], [56, 14]], correction=False): χ² = 7.0234, p = 0.0080451 (z² = χ²).
    const comparison = unwrap(compareShares({ successes: 48, trials: 80 }, { successes: 56, trials: 70 }));
    expect(comparison.difference).toBeCloseTo(20, 12);
    expect((comparison.testStatistic ?? 0) ** 2).toBeCloseTo(7.023411371237457, 11);
    expect(comparison.pValue).toBeCloseTo(0.008045081368196582, 13);
    expect(comparison).toMatchObject({ test: 'pooled-z', significant: true, notes: [], unit: 'percentage-points' });
  });

  it('uses the exact test below 30 answers: 3 of 4 against 1 of 4 is Fisher’s tea tasting, p = 34/70', () => {
    const comparison = unwrap(compareShares({ successes: 1, trials: 4 }, { successes: 3, trials: 4 }));
    expect(comparison.test).toBe('exact-permutation');
    expect(comparison.pValue).toBeCloseTo(34 / 70, 14);
    expect(comparison.notes).toEqual(['small-sample']);
  });

  it('handles samples without spread without NaN', () => {
    const none = unwrap(compareShares({ successes: 0, trials: 10 }, { successes: 0, trials: 20 }));
    expect(none).toMatchObject({ difference: 0, pValue: 1, testStatistic: null, standardError: 0, test: 'exact-permutation' });
    const all = unwrap(compareShares({ successes: 40, trials: 40 }, { successes: 0, trials: 50 }));
    expect(all.notes).toContain('no-spread');
    // Exact: only the split putting all 40 successes in the first sample is as extreme: 1 / C(90, 40).
    expect(all.pValue).toBeGreaterThan(0);
    expect(all.pValue).toBeLessThan(1e-20);
  });

  it('returns typed errors for bad input', () => {
    expect(compareShares({ successes: 3, trials: 2 }, { successes: 1, trials: 2 })).toEqual({
      ok: false,
      error: { kind: 'invalid-sample', sample: 'baseline', error: { kind: 'more-successes-than-trials', successes: 3, trials: 2 } },
    });
    expect(compareShares({ successes: 1, trials: 2 }, { successes: 0, trials: 0 })).toEqual({
      ok: false,
      error: { kind: 'invalid-sample', sample: 'current', error: { kind: 'no-responses' } },
    });
    expect(validateShareSample({ successes: -1, trials: 3 })).toEqual({ ok: false, error: { kind: 'invalid-count', field: 'successes', value: -1 } });
    expect(validateShareSample({ successes: 1, trials: 2.5 })).toEqual({ ok: false, error: { kind: 'invalid-count', field: 'trials', value: 2.5 } });
  });

  it('is antisymmetric, finite, in range, and its interval holds the difference', () => {
    const sample = fc.integer({ min: 1, max: 150 }).chain((trials) => fc.record({ successes: fc.integer({ min: 0, max: trials }), trials: fc.constant(trials) }));
    fc.assert(
      fc.property(sample, sample, (first, second) => {
        const forward = unwrap(compareShares(first, second));
        const backward = unwrap(compareShares(second, first));
        expect(forward.difference).toBeCloseTo(-backward.difference, 10);
        expect(forward.interval.lower).toBeCloseTo(-backward.interval.upper, 10);
        expect(forward.pValue).toBeCloseTo(backward.pValue, 12);
        for (const value of [forward.difference, forward.pValue, forward.interval.lower, forward.interval.upper, forward.standardError]) {
          expect(Number.isFinite(value)).toBe(true);
        }
        expect(forward.pValue).toBeGreaterThanOrEqual(0);
        expect(forward.pValue).toBeLessThanOrEqual(1);
        expect(forward.interval.lower).toBeLessThanOrEqual(forward.difference + 1e-9);
        expect(forward.interval.upper).toBeGreaterThanOrEqual(forward.difference - 1e-9);
        expect(forward.interval.lower).toBeGreaterThanOrEqual(-100);
        expect(forward.interval.upper).toBeLessThanOrEqual(100);
      }),
      { numRuns: 150, interruptAfterTimeLimit: 4_000 },
    );
  }, 10_000);
});
