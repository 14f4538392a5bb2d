import type { Result } from '../result.ts';
import { ok } from '../result.ts';
import type { ConfidenceLevel } from './confidence-level.ts';
import { DEFAULT_CONFIDENCE_LEVEL } from './confidence-level.ts';
import { getZForConfidence } from './statistics/normal-quantile.ts';
import type { MeanInterval } from './mean-interval.ts';
import { summariseMean } from './mean-interval.ts';
import type { ReliabilityWarning } from './reliability-warning.ts';
import { getReliabilityWarnings } from './reliability-warning.ts';
import { CES_SCALE } from './score-scale.ts';
import type { ProportionInterval } from './statistics/wilson-interval.ts';
import { getWilsonInterval } from './statistics/wilson-interval.ts';
import type { ScoreCountsError } from './validate-score-counts.ts';
import { validateScoreCounts } from './validate-score-counts.ts';

/** Answers 5–7 (somewhat agree or more) agree that it was easy. */
const AGREE_FROM = 5;
/** The net form counts 6–7 as easy and 1–3 as hard. */
const NET_EASY_FROM = 6;
const NET_HARD_TO = 3;

/** Options for the CES calculators. */
export type CesOptions = {
  /** 90, 95 (default) or 99. */
  readonly confidence?: ConfidenceLevel;
};

/** A CES 2.0 result (higher is easier). Shares are fractions; the net score is in points. */
export type CesResult = {
  readonly variant: 'ces-2.0';
  readonly direction: 'higher-is-easier';
  readonly scale: typeof CES_SCALE;
  readonly n: number;
  /** Mean agreement on 1–7. */
  readonly meanAgreement: number;
  readonly standardDeviation: number | null;
  /** Student-t interval for the mean, or unavailable for a single answer. */
  readonly meanInterval: MeanInterval;
  readonly agreeCount: number;
  /** Share answering 5–7. */
  readonly agreeShare: number;
  /** Wilson interval for `agreeShare`. */
  readonly agreeInterval: ProportionInterval;
  /** %answering 6–7 minus %answering 1–3, in points from −100 to 100. */
  readonly netScore: number;
  readonly distribution: readonly number[];
  readonly confidence: ConfidenceLevel;
  readonly warnings: readonly ReliabilityWarning[];
};

/**
 * Customer Effort Score 2.0 from counts of answers 1–7.
 *
 * CES 2.0 (CEB, now Gartner; Dixon, Toman & DeLisi 2013) asks how far the
 * customer agrees that "the company made it easy for me to handle my issue",
 * 1–7, higher meaning easier. Reports the mean with a Student-t interval
 * (none for one answer), the share agreeing (5–7) with a Wilson interval, and
 * the net form %6–7 − %1–3. Not comparable with CES 1.0: see `calculateCesEffort`. O(7).
 *
 * @param counts 7 counts, for answers 1..7
 * @param options confidence 90, 95 (default) or 99
 * @returns the result, or why the counts cannot be used
 * @example calculateCes([0, 0, 1, 1, 2, 3, 3]).value.agreeShare // 0.8
 * @see https://www.gartner.com/smarterwithgartner/unveiling-the-new-and-improved-customer-effort-score
 * @see Dixon, Toman & DeLisi, The Effortless Experience (Portfolio, 2013), the book that introduced CES 2.0
 */
export function calculateCes(counts: readonly number[], options: CesOptions = {}): Result<CesResult, ScoreCountsError> {
  const total = validateScoreCounts(counts, CES_SCALE);
  if (!total.ok) return total;
  const n = total.value;
  const confidence = options.confidence ?? DEFAULT_CONFIDENCE_LEVEL;
  const summary = summariseMean(counts, n, CES_SCALE, confidence);
  let agreeCount = 0;
  let easyCount = 0;
  let hardCount = 0;
  counts.forEach((count, index) => {
    const score = CES_SCALE.min + index;
    if (score >= AGREE_FROM) agreeCount += count;
    if (score >= NET_EASY_FROM) easyCount += count;
    if (score <= NET_HARD_TO) hardCount += count;
  });
  return ok({
    variant: 'ces-2.0',
    direction: 'higher-is-easier',
    scale: CES_SCALE,
    n,
    meanAgreement: summary.mean,
    standardDeviation: summary.standardDeviation,
    meanInterval: summary.interval,
    agreeCount,
    agreeShare: agreeCount / n,
    agreeInterval: getWilsonInterval(agreeCount, n, getZForConfidence(confidence)),
    netScore: ((easyCount - hardCount) * 100) / n,
    distribution: [...counts],
    confidence,
    warnings: getReliabilityWarnings({
      n,
      hasVariation: summary.standardDeviation !== null && summary.standardDeviation > 0,
      halfWidth: summary.interval.kind === 'interval' ? summary.interval.halfWidth : Infinity,
      range: CES_SCALE.max - CES_SCALE.min,
    }),
  });
}
