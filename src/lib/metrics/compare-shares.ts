import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { ConfidenceLevel } from './confidence-level.ts';
import { DEFAULT_CONFIDENCE_LEVEL } from './confidence-level.ts';
import { getZForConfidence } from './statistics/normal-quantile.ts';
import { getTwoSidedPValue } from './statistics/two-sided-p-value.ts';
import { getWilsonInterval } from './statistics/wilson-interval.ts';
import type { ComparisonNote, ComparisonTest } from './two-sample-test.ts';
import { chooseTwoSampleTest, getSignificanceLevel } from './two-sample-test.ts';

/** A share as counted: how many of `trials` answers were a success (e.g. a CSAT 4 or 5). */
export type ShareSample = {
  readonly successes: number;
  readonly trials: number;
};

/** Why a share sample cannot be used. */
export type ShareInputError =
  /** A count is negative, fractional, not finite or beyond 2^53 − 1. */
  | { readonly kind: 'invalid-count'; readonly field: 'successes' | 'trials'; readonly value: number }
  | { readonly kind: 'no-responses' }
  | { readonly kind: 'more-successes-than-trials'; readonly successes: number; readonly trials: number };

/** Options for `compareShares`. */
export type CompareSharesOptions = {
  /** 90, 95 (default) or 99. */
  readonly confidence?: ConfidenceLevel;
};

/** Two shares compared. Shares are fractions; the difference and its interval are in percentage points. */
export type ShareComparison = {
  readonly baseline: { readonly n: number; readonly successes: number; readonly share: number };
  readonly current: { readonly n: number; readonly successes: number; readonly share: number };
  /** (current share − baseline share) × 100, in percentage points. */
  readonly difference: number;
  /** Pooled SE √(p̄(1 − p̄)(1/n₁ + 1/n₂)) × 100 used by the z test; 0 when every answer pooled is alike. */
  readonly standardError: number;
  readonly confidence: ConfidenceLevel;
  readonly z: number;
  /** Newcombe's hybrid score interval (method 10) of the difference, in percentage points, within [−100, 100]. */
  readonly interval: { readonly lower: number; readonly upper: number; readonly method: 'newcombe-hybrid-score' };
  /** Pooled z = difference / SE; null when SE is 0. */
  readonly testStatistic: number | null;
  readonly pValue: number;
  readonly test: Extract<ComparisonTest, 'pooled-z' | 'exact-permutation'>;
  readonly significant: boolean;
  readonly notes: readonly ComparisonNote[];
  readonly unit: 'percentage-points';
};

/** Which sample was wrong, and how. */
export type ShareComparisonError = {
  readonly kind: 'invalid-sample';
  readonly sample: 'baseline' | 'current';
  readonly error: ShareInputError;
};

/**
 * Check a share sample typed or counted: whole non-negative counts, trials > 0, successes <= trials.
 *
 * @param sample successes and trials
 * @returns the sample, or the first problem
 * @example validateShareSample({ successes: 3, trials: 2 }) // { ok: false, error: { kind: 'more-successes-than-trials', successes: 3, trials: 2 } }
 * @see https://en.wikipedia.org/wiki/Binomial_proportion_confidence_interval
 */
export function validateShareSample(sample: ShareSample): Result<ShareSample, ShareInputError> {
  for (const field of ['successes', 'trials'] as const) {
    const value = sample[field];
    if (!Number.isSafeInteger(value) || value < 0) return err({ kind: 'invalid-count', field, value });
  }
  if (sample.trials === 0) return err({ kind: 'no-responses' });
  if (sample.successes > sample.trials) return err({ kind: 'more-successes-than-trials', successes: sample.successes, trials: sample.trials });
  return ok(sample);
}

/**
 * Compare two independent shares (e.g. CSAT top-2-box this quarter and last).
 *
 * Interval: Newcombe's hybrid score method 10 from the Wilson intervals (l₁, u₁) and (l₂, u₂) of each share:
 * d = p₂ − p₁, lower = d − √((p₂ − l₂)² + (u₁ − p₁)²), upper = d + √((u₂ − p₂)² + (p₁ − l₁)²); it always holds d
 * and stays within [−1, 1]. Test: the pooled z test (R's `prop.test(correct = FALSE)`, z² = Pearson's χ²),
 * whose size stays near nominal from about 30 answers a sample; below 30 answers in a sample, or with no spread in
 * a sample, the exact permutation test on 0/1 answers instead (Fisher's exact test ordered by |p₂ − p₁|). O(1),
 * or O(n) for the exact test.
 *
 * @param baseline successes and trials of the earlier or reference sample
 * @param current successes and trials of the later sample
 * @param options confidence 90, 95 (default) or 99
 * @returns the comparison, or which sample is invalid
 * @example compareShares({ successes: 48, trials: 80 }, { successes: 56, trials: 70 }).value.interval // { lower: 5.24…, upper: 33.39…, method: 'newcombe-hybrid-score' }
 * @see https://doi.org/10.1002/(SICI)1097-0258(19980430)17:8%3C873::AID-SIM779%3E3.0.CO;2-I (Newcombe 1998, Statistics in Medicine 17, 873–890, method 10)
 * @see https://www.itl.nist.gov/div898/handbook/prc/section3/prc33.htm (NIST: comparing two proportions)
 */
export function compareShares(
  baseline: ShareSample,
  current: ShareSample,
  options: CompareSharesOptions = {},
): Result<ShareComparison, ShareComparisonError> {
  const checkedBaseline = validateShareSample(baseline);
  if (!checkedBaseline.ok) return err({ kind: 'invalid-sample', sample: 'baseline', error: checkedBaseline.error });
  const checkedCurrent = validateShareSample(current);
  if (!checkedCurrent.ok) return err({ kind: 'invalid-sample', sample: 'current', error: checkedCurrent.error });
  const confidence = options.confidence ?? DEFAULT_CONFIDENCE_LEVEL;
  const z = getZForConfidence(confidence);
  const before = { share: baseline.successes / baseline.trials, ...getWilsonInterval(baseline.successes, baseline.trials, z) };
  const after = { share: current.successes / current.trials, ...getWilsonInterval(current.successes, current.trials, z) };
  const difference = after.share - before.share;
  const lower = difference - Math.hypot(after.share - after.lower, before.upper - before.share);
  const upper = difference + Math.hypot(after.upper - after.share, before.share - before.lower);
  const pooledShare = (baseline.successes + current.successes) / (baseline.trials + current.trials);
  const standardError = Math.sqrt(pooledShare * (1 - pooledShare) * (1 / baseline.trials + 1 / current.trials));
  const testStatistic = standardError > 0 ? difference / standardError : null;
  const choice = chooseTwoSampleTest({
    baselineCounts: [baseline.trials - baseline.successes, baseline.successes],
    currentCounts: [current.trials - current.successes, current.successes],
    asymptoticPValue: testStatistic === null ? null : getTwoSidedPValue(testStatistic),
    asymptoticTest: 'pooled-z',
  });
  const significant = choice.pValue < getSignificanceLevel(confidence);
  const notes = [...choice.notes];
  if ((lower > 0 || upper < 0) !== significant) notes.push('interval-and-test-disagree');
  return ok({
    baseline: { n: baseline.trials, successes: baseline.successes, share: before.share },
    current: { n: current.trials, successes: current.successes, share: after.share },
    difference: difference * 100,
    standardError: standardError * 100,
    confidence,
    z,
    interval: { lower: Math.max(-100, lower * 100), upper: Math.min(100, upper * 100), method: 'newcombe-hybrid-score' },
    testStatistic,
    pValue: choice.pValue,
    test: choice.test === 'exact-permutation' ? 'exact-permutation' : 'pooled-z',
    significant,
    notes,
    unit: 'percentage-points',
  });
}
