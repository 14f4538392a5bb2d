import type { MaturityLevel } from './maturity-level.ts';
import type { DimensionScore } from './score-dimension.ts';

/** How many top-scoring dimensions to show when none has reached its target. */
export const MAX_TOP_SCORE_STRENGTHS = 2;

/** A dimension to build on, and why it counts as a strength. */
export type Strength = {
  readonly dimensionId: string;
  readonly score: number;
  readonly level: MaturityLevel;
  /** `target-met`: at or above its target level; `top-score`: among the highest scores when no target is met. */
  readonly reason: 'target-met' | 'top-score';
};

/**
 * The dimensions to build on: those at or above their target level; when there are none, the
 * highest-scoring dimensions (at most two, ties in bank order), provided they stand out, meaning they
 * score above the lowest scored dimension. An even profile has no strengths to point at.
 *
 * @param dimensionScores every dimension's result, in bank order
 * @param targets target level per scored dimension
 * @returns strengths in bank order (target met) or from the highest score down (top score)
 * @example
 * getStrengths(scores, { a: 5, b: 3 }); // => [{ dimensionId: 'b', reason: 'target-met', … }] when b is at level 3
 */
export function getStrengths(
  dimensionScores: readonly DimensionScore[],
  targets: Readonly<Record<string, MaturityLevel>>,
): readonly Strength[] {
  const scored = dimensionScores.flatMap((result) => (result.status === 'scored' ? [result] : []));
  const metTarget = scored.filter((result) => {
    const target = Object.hasOwn(targets, result.dimensionId) ? targets[result.dimensionId] : undefined;
    return target !== undefined && result.level >= target;
  });
  if (metTarget.length > 0) {
    return metTarget.map(({ dimensionId, score, level }) => ({ dimensionId, score, level, reason: 'target-met' }));
  }
  const lowest = Math.min(...scored.map((result) => result.score));
  return scored
    .filter((result) => result.score > lowest)
    .sort((left, right) => right.score - left.score)
    .slice(0, MAX_TOP_SCORE_STRENGTHS)
    .map(({ dimensionId, score, level }) => ({ dimensionId, score, level, reason: 'top-score' }));
}
