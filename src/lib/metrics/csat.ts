import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { ConfidenceLevel } from './confidence-level.ts';
import { DEFAULT_CONFIDENCE_LEVEL } from './confidence-level.ts';
import { getZForConfidence } from './statistics/normal-quantile.ts';
import type { CsatScaleId } from './csat-scale.ts';
import { CSAT_SCALES, DEFAULT_CSAT_SCALE, isCsatScaleId } from './csat-scale.ts';
import type { ReliabilityWarning } from './reliability-warning.ts';
import { getReliabilityWarnings } from './reliability-warning.ts';
import type { ProportionInterval } from './statistics/wilson-interval.ts';
import { getWilsonInterval } from './statistics/wilson-interval.ts';
import type { ScoreCountsError } from './validate-score-counts.ts';
import { validateScoreCounts } from './validate-score-counts.ts';

/** Options for `calculateCsat`. */
export type CsatOptions = {
  /** '1-3', '1-5' (default), '1-7' or '1-10'. */
  readonly scale?: CsatScaleId;
  /** Lowest answer counted as satisfied; defaults per scale (4 on 1–5). Must be whole, above the minimum, at most the maximum. */
  readonly threshold?: number;
  /** 90, 95 (default) or 99. */
  readonly confidence?: ConfidenceLevel;
};

/** Why CSAT input cannot be used. */
export type CsatInputError =
  | ScoreCountsError
  /** The threshold is not a whole number from `min` to `max` (the scale's second point to its top). */
  | { readonly kind: 'invalid-threshold'; readonly threshold: number; readonly min: number; readonly max: number };

/** A CSAT result. Shares are fractions in [0, 1]. */
export type CsatResult = {
  readonly scale: CsatScaleId;
  readonly min: number;
  readonly max: number;
  readonly threshold: number;
  readonly n: number;
  readonly satisfiedCount: number;
  /** Share of answers at or above the threshold: the CSAT score. */
  readonly csat: number;
  /** Wilson score interval for `csat`. */
  readonly interval: ProportionInterval;
  readonly mean: number;
  readonly topBoxCount: number;
  /** Share of answers at the top of the scale. */
  readonly topBoxShare: number;
  /** Counts per scale point, lowest first. */
  readonly distribution: readonly number[];
  readonly confidence: ConfidenceLevel;
  readonly warnings: readonly ReliabilityWarning[];
};

/**
 * Customer Satisfaction Score from counts per scale point.
 *
 * CSAT = satisfied answers ÷ all answers, satisfied meaning at or above the
 * threshold (4–5 on the usual 1–5 scale). Also the mean rating, the top-box
 * share, and a Wilson (1927) score interval for the CSAT share. O(scale points).
 *
 * @param counts one count per scale point, lowest first (5 for 1–5)
 * @param options scale, threshold and confidence
 * @returns the result, or why the input cannot be used
 * @example calculateCsat([1, 1, 2, 4, 2]).value.csat // 0.6
 * @see https://www.getfeedback.com/resources/csat/everything-you-need-to-know-about-measuring-customer-satisfaction/ (CSAT as the share answering 4–5)
 * @see https://doi.org/10.1080/01621459.1927.10502953 (Wilson 1927)
 */
export function calculateCsat(counts: readonly number[], options: CsatOptions = {}): Result<CsatResult, CsatInputError> {
  const scaleId = options.scale ?? DEFAULT_CSAT_SCALE;
  if (!isCsatScaleId(scaleId)) throw new Error(`calculateCsat requires a scale of 1-3, 1-5, 1-7 or 1-10, got ${String(scaleId)}`);
  const scale = CSAT_SCALES[scaleId];
  const threshold = options.threshold ?? scale.defaultThreshold;
  if (!Number.isInteger(threshold) || threshold <= scale.min || threshold > scale.max) {
    return err({ kind: 'invalid-threshold', threshold, min: scale.min + 1, max: scale.max });
  }
  const total = validateScoreCounts(counts, scale);
  if (!total.ok) return total;
  const n = total.value;
  const confidence = options.confidence ?? DEFAULT_CONFIDENCE_LEVEL;
  let satisfiedCount = 0;
  let sum = 0;
  counts.forEach((count, index) => {
    const score = scale.min + index;
    sum += count * score;
    if (score >= threshold) satisfiedCount += count;
  });
  const topBoxCount = counts[counts.length - 1] ?? 0;
  const interval = getWilsonInterval(satisfiedCount, n, getZForConfidence(confidence));
  return ok({
    scale: scaleId,
    min: scale.min,
    max: scale.max,
    threshold,
    n,
    satisfiedCount,
    csat: satisfiedCount / n,
    interval,
    mean: sum / n,
    topBoxCount,
    topBoxShare: topBoxCount / n,
    distribution: [...counts],
    confidence,
    warnings: getReliabilityWarnings({
      n,
      hasVariation: counts.filter((count) => count > 0).length > 1,
      halfWidth: (interval.upper - interval.lower) / 2,
      range: 1,
    }),
  });
}
