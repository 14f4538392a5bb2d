import type { Result } from '../result.ts';
import { ok } from '../result.ts';
import type { CesOptions } from './ces.ts';
import { DEFAULT_CONFIDENCE_LEVEL } from './confidence-level.ts';
import type { ConfidenceLevel } from './confidence-level.ts';
import type { MeanInterval } from './mean-interval.ts';
import { summariseMean } from './mean-interval.ts';
import type { ReliabilityWarning } from './reliability-warning.ts';
import { getReliabilityWarnings } from './reliability-warning.ts';
import { CES_EFFORT_SCALE } from './score-scale.ts';
import type { ScoreCountsError } from './validate-score-counts.ts';
import { validateScoreCounts } from './validate-score-counts.ts';

/** Answers 1–2 are low effort, 4–5 high effort. */
const LOW_EFFORT_TO = 2;
const HIGH_EFFORT_FROM = 4;

/**
 * A CES 1.0 result: lower is better. Kept a separate type from CES 2.0 (`CesResult`), with
 * its own field names, so the two scales are never averaged or compared by mistake.
 */
export type CesEffortResult = {
  readonly variant: 'ces-1.0';
  readonly direction: 'lower-is-easier';
  readonly scale: typeof CES_EFFORT_SCALE;
  readonly n: number;
  /** Mean effort on 1–5; lower is better. */
  readonly meanEffort: number;
  readonly standardDeviation: number | null;
  readonly meanInterval: MeanInterval;
  readonly lowEffortCount: number;
  /** Share answering 1–2. */
  readonly lowEffortShare: number;
  readonly highEffortCount: number;
  /** Share answering 4–5. */
  readonly highEffortShare: number;
  readonly distribution: readonly number[];
  readonly confidence: ConfidenceLevel;
  readonly warnings: readonly ReliabilityWarning[];
};

/**
 * The original Customer Effort Score (CES 1.0) from counts of answers 1–5, where lower is better.
 *
 * Dixon, Freeman & Toman (HBR 2010) asked "How much effort did you personally
 * have to put forth to handle your request?" on 1 (very low) to 5 (very high).
 * Reports mean effort with a Student-t interval and the low- (1–2) and
 * high-effort (4–5) shares. Its direction is the reverse of CES 2.0. O(5).
 *
 * @param counts 5 counts, for answers 1..5
 * @param options confidence 90, 95 (default) or 99
 * @returns the result, or why the counts cannot be used
 * @example calculateCesEffort([4, 3, 2, 1, 0]).value.meanEffort // 2
 * @see https://hbr.org/2010/07/stop-trying-to-delight-your-customers
 */
export function calculateCesEffort(counts: readonly number[], options: CesOptions = {}): Result<CesEffortResult, ScoreCountsError> {
  const total = validateScoreCounts(counts, CES_EFFORT_SCALE);
  if (!total.ok) return total;
  const n = total.value;
  const confidence = options.confidence ?? DEFAULT_CONFIDENCE_LEVEL;
  const summary = summariseMean(counts, n, CES_EFFORT_SCALE, confidence);
  let lowEffortCount = 0;
  let highEffortCount = 0;
  counts.forEach((count, index) => {
    const score = CES_EFFORT_SCALE.min + index;
    if (score <= LOW_EFFORT_TO) lowEffortCount += count;
    if (score >= HIGH_EFFORT_FROM) highEffortCount += count;
  });
  return ok({
    variant: 'ces-1.0',
    direction: 'lower-is-easier',
    scale: CES_EFFORT_SCALE,
    n,
    meanEffort: summary.mean,
    standardDeviation: summary.standardDeviation,
    meanInterval: summary.interval,
    lowEffortCount,
    lowEffortShare: lowEffortCount / n,
    highEffortCount,
    highEffortShare: highEffortCount / n,
    distribution: [...counts],
    confidence,
    warnings: getReliabilityWarnings({
      n,
      hasVariation: summary.standardDeviation !== null && summary.standardDeviation > 0,
      halfWidth: summary.interval.kind === 'interval' ? summary.interval.halfWidth : Infinity,
      range: CES_EFFORT_SCALE.max - CES_EFFORT_SCALE.min,
    }),
  });
}
