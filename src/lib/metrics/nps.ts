import type { Result } from '../result.ts';
import { ok } from '../result.ts';
import type { NpsInterval } from './adjusted-wald-nps-interval.ts';
import { getAdjustedWaldNpsInterval } from './adjusted-wald-nps-interval.ts';
import type { ConfidenceLevel } from './confidence-level.ts';
import type { CountScoresError } from './count-scores.ts';
import { countScores } from './count-scores.ts';
import { DEFAULT_CONFIDENCE_LEVEL } from './confidence-level.ts';
import { getZForConfidence } from './statistics/normal-quantile.ts';
import type { NpsGroups, NpsInputError } from './nps-groups.ts';
import { getNpsGroups, validateNpsGroups } from './nps-groups.ts';
import { getNpsVariance } from './nps-variance.ts';
import type { ReliabilityWarning } from './reliability-warning.ts';
import { getReliabilityWarnings } from './reliability-warning.ts';
import { NPS_SCALE } from './score-scale.ts';

/** NPS runs from −100 to 100: a range of 200 points. */
const NPS_RANGE = 200;

/** Options for the NPS calculators. */
export type NpsOptions = {
  /** 90, 95 (default) or 99. */
  readonly confidence?: ConfidenceLevel;
};

/** A Net Promoter Score with its spread and how far to trust it. Shares are fractions; scores are points. */
export type NpsResult = NpsGroups & {
  readonly n: number;
  readonly promoterShare: number;
  readonly passiveShare: number;
  readonly detractorShare: number;
  /** %promoters − %detractors, in points from −100 to 100 (not rounded). */
  readonly nps: number;
  /** Counts for scores 0..10, or null when only group totals were given. */
  readonly distribution: readonly number[] | null;
  /** Per-respondent variance of the +1/0/−1 scores: p + d − (p − d)². */
  readonly variance: number;
  /** √(variance / n) × 100, in points. */
  readonly standardError: number;
  readonly confidence: ConfidenceLevel;
  /** The critical z for the confidence level. */
  readonly z: number;
  /** The conventional (Wald) margin of error ±z·SE, in points; 0 when everyone is in one group. */
  readonly marginOfError: number;
  /** The adjusted-Wald interval (Rocks 2016), the one to show. */
  readonly interval: NpsInterval;
  readonly warnings: readonly ReliabilityWarning[];
};

/** Build the result from validated group totals. */
function buildNpsResult(groups: NpsGroups, n: number, distribution: readonly number[] | null, confidence: ConfidenceLevel): NpsResult {
  const promoterShare = groups.promoters / n;
  const passiveShare = groups.passives / n;
  const detractorShare = groups.detractors / n;
  const variance = getNpsVariance(promoterShare, detractorShare);
  const standardError = Math.sqrt(variance / n) * 100;
  const z = getZForConfidence(confidence);
  const interval = getAdjustedWaldNpsInterval(groups, z);
  return {
    promoters: groups.promoters,
    passives: groups.passives,
    detractors: groups.detractors,
    n,
    promoterShare,
    passiveShare,
    detractorShare,
    // Scale the whole-number difference before dividing: 3000 / 100 is exactly 30.
    nps: ((groups.promoters - groups.detractors) * 100) / n,
    distribution,
    variance,
    standardError,
    confidence,
    z,
    marginOfError: z * standardError,
    interval,
    warnings: getReliabilityWarnings({
      n,
      hasVariation: variance > 0,
      halfWidth: interval.halfWidth,
      range: NPS_RANGE,
    }),
  };
}

/**
 * Net Promoter Score from counts of each answer 0–10.
 *
 * Promoters answer 9–10, passives 7–8, detractors 0–6; NPS = %promoters −
 * %detractors (Reichheld 2003, Bain & Company). Scoring answers +1/0/−1 gives
 * the variance p + d − (p − d)², SE = √(var/n) (× 100 for points) and the
 * margin of error ±z·SE. The interval shown is the adjusted-Wald one (Rocks
 * 2016; MeasuringU), which stays honest for small or one-sided samples. O(1).
 *
 * @param counts 11 whole counts, index = score
 * @param options confidence 90, 95 (default) or 99
 * @returns the score and its statistics, or why the counts cannot be used
 * @example calculateNps([0, 0, 0, 0, 0, 0, 2, 0, 3, 0, 5]).value.nps // 30
 * @see https://hbr.org/2003/12/the-one-number-you-need-to-grow (Reichheld 2003)
 * @see https://www.netpromotersystem.com/about/net-promoter-system-framework/reliable-metric/ (Bain & Company)
 */
export function calculateNps(counts: readonly number[], options: NpsOptions = {}): Result<NpsResult, NpsInputError> {
  const groups = getNpsGroups(counts);
  if (!groups.ok) return groups;
  const n = groups.value.promoters + groups.value.passives + groups.value.detractors;
  return ok(buildNpsResult(groups.value, n, [...counts], options.confidence ?? DEFAULT_CONFIDENCE_LEVEL));
}

/**
 * Net Promoter Score from group totals only (promoters, passives, detractors), for "counts mode".
 *
 * Same statistics as `calculateNps`; `distribution` is null. O(1).
 *
 * @param groups whole, non-negative totals, not all zero
 * @param options confidence 90, 95 (default) or 99
 * @returns the score and its statistics, or which total is wrong
 * @example calculateNpsFromGroups({ promoters: 50, passives: 30, detractors: 20 }).value.nps // 30
 * @see https://hbr.org/2003/12/the-one-number-you-need-to-grow
 */
export function calculateNpsFromGroups(groups: NpsGroups, options: NpsOptions = {}): Result<NpsResult, NpsInputError> {
  const n = validateNpsGroups(groups);
  if (!n.ok) return n;
  return ok(buildNpsResult(groups, n.value, null, options.confidence ?? DEFAULT_CONFIDENCE_LEVEL));
}

/**
 * Net Promoter Score from a list of 0–10 answers (any order), for code that holds numbers.
 *
 * Counts the answers with `countScores`, then as `calculateNps`. O(n).
 *
 * @param scores whole numbers 0–10
 * @param options confidence 90, 95 (default) or 99
 * @returns the score and its statistics, or the first answer off the scale, or `no-responses`
 * @example calculateNpsFromScores([10, 9, 8, 6]).value.nps // 25
 * @see https://hbr.org/2003/12/the-one-number-you-need-to-grow
 */
export function calculateNpsFromScores(
  scores: readonly number[],
  options: NpsOptions = {},
): Result<NpsResult, NpsInputError | CountScoresError> {
  const counts = countScores(scores, NPS_SCALE);
  if (!counts.ok) return counts;
  return calculateNps(counts.value, options);
}
