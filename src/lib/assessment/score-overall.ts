import { getLevelForScore, getNextLevel, type MaturityLevel } from './maturity-level.ts';
import { getMean } from './mean.ts';
import { roundScore } from './round-score.ts';
import type { DimensionScore } from './score-dimension.ts';

/** Whether the overall level was held down by the weakest dimension. */
export type OverallCap =
  | { readonly applied: false }
  | {
      readonly applied: true;
      /** The level the overall score alone would give. */
      readonly uncappedLevel: MaturityLevel;
      /** The weakest scored dimensions' level; the overall level is at most one above it. */
      readonly weakestLevel: MaturityLevel;
      /** Every scored dimension at the weakest level, in bank order. */
      readonly weakestDimensionIds: readonly string[];
    };

/** The assessment's overall result. */
export type OverallScore =
  | {
      readonly status: 'scored';
      /** Mean of the scored dimensions' (rounded) scores, rounded to two decimals. */
      readonly score: number;
      /** The band of the score, capped at the weakest scored dimension's level + 1. */
      readonly level: MaturityLevel;
      readonly cap: OverallCap;
      readonly scoredDimensionIds: readonly string[];
      readonly unscoredDimensionIds: readonly string[];
    }
  | {
      readonly status: 'not-enough-answers';
      readonly scoredDimensionIds: readonly string[];
      readonly unscoredDimensionIds: readonly string[];
    };

/**
 * The overall score and level from the dimension results.
 *
 * The score is the mean of the scored dimensions. The level is its band, capped at one above the
 * weakest scored dimension's level, because maturity builds on foundations: a strong average cannot
 * hide a dimension that is still reactive. When more than half of the dimensions have no score, the
 * overall result is "not enough answers" too, for the same reason a dimension needs half its answers.
 *
 * @param dimensionScores every dimension's result, in bank order
 * @returns the overall score and (capped) level, or not enough answers
 * @example
 * // seven dimensions at 4.5 and one at 1.5: mean 4.13 (Embedded) capped at Emerging
 * scoreOverall(scores); // => { status: 'scored', score: 4.13, level: 2, cap: { applied: true, uncappedLevel: 4, weakestLevel: 1, … }, … }
 */
export function scoreOverall(dimensionScores: readonly DimensionScore[]): OverallScore {
  const scored = dimensionScores.flatMap((result) => (result.status === 'scored' ? [result] : []));
  const scoredDimensionIds = scored.map((result) => result.dimensionId);
  const unscoredDimensionIds = dimensionScores
    .filter((result) => result.status !== 'scored')
    .map((result) => result.dimensionId);
  if (scored.length === 0 || unscoredDimensionIds.length * 2 > dimensionScores.length) {
    return { status: 'not-enough-answers', scoredDimensionIds, unscoredDimensionIds };
  }
  const score = roundScore(getMean(scored.map((result) => result.score)));
  const uncappedLevel = getLevelForScore(score);
  const weakestLevel = scored.reduce<MaturityLevel>((lowest, result) => (result.level < lowest ? result.level : lowest), 5);
  const ceiling = getNextLevel(weakestLevel);
  if (uncappedLevel <= ceiling) {
    return { status: 'scored', score, level: uncappedLevel, cap: { applied: false }, scoredDimensionIds, unscoredDimensionIds };
  }
  const weakestDimensionIds = scored.filter((result) => result.level === weakestLevel).map((result) => result.dimensionId);
  return {
    status: 'scored',
    score,
    level: ceiling,
    cap: { applied: true, uncappedLevel, weakestLevel, weakestDimensionIds },
    scoredDimensionIds,
    unscoredDimensionIds,
  };
}
