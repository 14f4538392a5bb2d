import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { ConfidenceLevel } from './confidence-level.ts';
import { DEFAULT_CONFIDENCE_LEVEL } from './confidence-level.ts';
import { summariseMean } from './mean-interval.ts';
import type { ScoreScale } from './score-scale.ts';
import { assertScoreScale } from './score-scale.ts';
import { studentTCdf } from './statistics/student-t-cdf.ts';
import { studentTQuantile } from './statistics/student-t-quantile.ts';
import type { ComparisonNote, ComparisonTest } from './two-sample-test.ts';
import { chooseTwoSampleTest, getSignificanceLevel } from './two-sample-test.ts';
import type { ScoreCountsError } from './validate-score-counts.ts';
import { validateScoreCounts } from './validate-score-counts.ts';

/** Options for `compareMeans`. */
export type CompareMeansOptions = {
  /** 90, 95 (default) or 99. */
  readonly confidence?: ConfidenceLevel;
};

/** A sample's mean rating and spread. */
export type MeanSampleSummary = {
  readonly n: number;
  readonly mean: number;
  /** Sample standard deviation (n − 1); null for one answer. */
  readonly standardDeviation: number | null;
};

/** Welch's interval of the difference of means, or why there is none. */
export type MeanDifferenceInterval =
  | {
      readonly kind: 'interval';
      readonly lower: number;
      readonly upper: number;
      readonly method: 'welch-t';
      /** True when difference ± t·SE went past ±(max − min) and was cut there. */
      readonly clamped: boolean;
    }
  /** A sample of one answer has no variance to estimate; with no spread in either sample the SE is 0. */
  | { readonly kind: 'unavailable'; readonly reason: 'single-answer' | 'no-spread' };

/** Two mean ratings compared, in scale units (points of the rating scale). */
export type MeanComparison = {
  readonly baseline: MeanSampleSummary;
  readonly current: MeanSampleSummary;
  /** current mean − baseline mean. */
  readonly difference: number;
  /** √(s₁²/n₁ + s₂²/n₂); null when a sample has one answer. */
  readonly standardError: number | null;
  /** Welch–Satterthwaite degrees of freedom; null when there is no Welch test. */
  readonly degreesOfFreedom: number | null;
  readonly confidence: ConfidenceLevel;
  readonly interval: MeanDifferenceInterval;
  /** Welch's t = difference / SE; null when SE is 0 or missing. */
  readonly testStatistic: number | null;
  readonly pValue: number;
  readonly test: Extract<ComparisonTest, 'welch-t' | 'exact-permutation'>;
  readonly significant: boolean;
  readonly notes: readonly ComparisonNote[];
  readonly unit: 'scale-units';
};

/** Which sample was wrong, and how. */
export type MeanComparisonError = {
  readonly kind: 'invalid-sample';
  readonly sample: 'baseline' | 'current';
  readonly error: ScoreCountsError;
};

/**
 * Compare two independent mean ratings (CES, CSAT mean) given as counts per scale point.
 *
 * Welch (1947): d = m₂ − m₁, SE = √(s₁²/n₁ + s₂²/n₂), ν = SE⁴ / ((s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1))
 * (Welch–Satterthwaite), interval d ± t(1 − α/2, ν)·SE cut at ±(max − min), p = 2·P(T_ν > |d/SE|). It does not
 * assume equal variances. Below 30 answers in a sample, or with a sample without spread, the p-value is the exact
 * permutation test on the scores. O(scale points), or the exact test's bounded work.
 *
 * @param baseline counts per scale point of the earlier or reference sample (index = score − scale.min)
 * @param current counts per scale point of the later sample
 * @param scale the rating scale, e.g. { min: 1, max: 7 } (a bad scale is a programmer error and throws)
 * @param options confidence 90, 95 (default) or 99
 * @returns the comparison, or which sample is invalid
 * @example compareMeans([0, 0, 10, 20, 10], [0, 0, 5, 15, 20], { min: 1, max: 5 }).value // difference 0.375, interval 0.0587 to 0.6913, ν 77.98, p = 0.0208, test 'welch-t'
 * @see https://doi.org/10.1093/biomet/34.1-2.28 (Welch 1947, Biometrika 34, 28–35)
 * @see https://www.itl.nist.gov/div898/handbook/eda/section3/eda353.htm (NIST: two-sample t-test, unequal variances)
 */
export function compareMeans(
  baseline: readonly number[],
  current: readonly number[],
  scale: ScoreScale,
  options: CompareMeansOptions = {},
): Result<MeanComparison, MeanComparisonError> {
  assertScoreScale(scale, 'compareMeans');
  const baselineN = validateScoreCounts(baseline, scale);
  if (!baselineN.ok) return err({ kind: 'invalid-sample', sample: 'baseline', error: baselineN.error });
  const currentN = validateScoreCounts(current, scale);
  if (!currentN.ok) return err({ kind: 'invalid-sample', sample: 'current', error: currentN.error });
  const confidence = options.confidence ?? DEFAULT_CONFIDENCE_LEVEL;
  const before = { n: baselineN.value, ...summariseMean(baseline, baselineN.value, scale, confidence) };
  const after = { n: currentN.value, ...summariseMean(current, currentN.value, scale, confidence) };
  const difference = after.mean - before.mean;
  let standardError: number | null = null;
  let degreesOfFreedom: number | null = null;
  let testStatistic: number | null = null;
  let asymptoticPValue: number | null = null;
  let interval: MeanDifferenceInterval = { kind: 'unavailable', reason: 'single-answer' };
  if (before.standardDeviation !== null && after.standardDeviation !== null) {
    const baselineVariance = before.standardDeviation ** 2 / before.n;
    const currentVariance = after.standardDeviation ** 2 / after.n;
    standardError = Math.sqrt(baselineVariance + currentVariance);
    if (standardError > 0) {
      degreesOfFreedom =
        (baselineVariance + currentVariance) ** 2 /
        (baselineVariance ** 2 / (before.n - 1) + currentVariance ** 2 / (after.n - 1));
      testStatistic = difference / standardError;
      asymptoticPValue = Math.min(1, 2 * studentTCdf(-Math.abs(testStatistic), degreesOfFreedom));
      const halfWidth = studentTQuantile(0.5 + confidence / 200, Math.max(1, degreesOfFreedom)) * standardError;
      const range = scale.max - scale.min;
      interval = {
        kind: 'interval',
        lower: Math.max(-range, difference - halfWidth),
        upper: Math.min(range, difference + halfWidth),
        method: 'welch-t',
        clamped: Math.abs(difference) + halfWidth > range,
      };
    } else {
      interval = { kind: 'unavailable', reason: 'no-spread' };
    }
  }
  const choice = chooseTwoSampleTest({
    baselineCounts: baseline,
    currentCounts: current,
    asymptoticPValue,
    asymptoticTest: 'welch-t',
  });
  const significant = choice.pValue < getSignificanceLevel(confidence);
  const notes = [...choice.notes];
  if (interval.kind === 'interval' && (interval.lower > 0 || interval.upper < 0) !== significant) notes.push('interval-and-test-disagree');
  const summary = (sample: typeof before): MeanSampleSummary => ({ n: sample.n, mean: sample.mean, standardDeviation: sample.standardDeviation });
  return ok({
    baseline: summary(before),
    current: summary(after),
    difference,
    standardError,
    degreesOfFreedom,
    confidence,
    interval,
    testStatistic,
    pValue: choice.pValue,
    test: choice.test === 'exact-permutation' ? 'exact-permutation' : 'welch-t',
    significant,
    notes,
    unit: 'scale-units',
  });
}
