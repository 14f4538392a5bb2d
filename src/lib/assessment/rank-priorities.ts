import { LEVEL_LOWER_EDGES, type MaturityLevel } from './maturity-level.ts';
import { roundScore } from './round-score.ts';
import type { DimensionScore } from './score-dimension.ts';

/** A per-dimension measure of how much a team disagrees (higher is more), e.g. from getTeamDisagreement. */
export type DimensionDisagreement = Readonly<Partial<Record<string, number>>>;

/** A scored dimension below its target, with the numbers it was ranked by. */
export type PriorityGap = {
  readonly dimensionId: string;
  readonly score: number;
  readonly currentLevel: MaturityLevel;
  readonly targetLevel: MaturityLevel;
  /** Target level minus current level: at least 1. */
  readonly levelGap: number;
  /** How far the score is below the lower edge of the target band, e.g. target Defined (2.6) from 2.1 is 0.5. */
  readonly scoreGap: number;
  /** The team's disagreement on this dimension, when one was given. */
  readonly disagreement: number | undefined;
};

/**
 * The dimensions below their target, most urgent first.
 *
 * Order:
 * 1. the largest level gap (target level − current level), as the published rule says;
 * 2. ties broken by team disagreement, most first (a split team points to a blind spot worth settling;
 *    missing counts as none);
 * 3. then the lower score: foundations first, the same rule that caps the overall level at the weakest
 *    dimension + 1. For two dimensions with the same current and target level this is the same as the
 *    larger score gap to the target band's lower edge. Across levels we do not rank by score gap: with
 *    default targets it would put an Embedded 3.5 (0.7 below Customer-led) ahead of a Reactive 1.5
 *    (0.3 below Emerging), the opposite of foundations first;
 * 4. bank order.
 *
 * @param dimensionScores every dimension's result, in bank order
 * @param targets target level per scored dimension (see resolveTargets)
 * @param disagreement optional team disagreement per dimension
 * @returns every scored dimension whose level is below its target, ranked
 * @example
 * rankPriorities(scores, { a: 3, b: 3 }); // => [{ dimensionId: 'a', levelGap: 2, … }, { dimensionId: 'b', levelGap: 1, … }]
 */
export function rankPriorities(
  dimensionScores: readonly DimensionScore[],
  targets: Readonly<Record<string, MaturityLevel>>,
  disagreement: DimensionDisagreement = {},
): readonly PriorityGap[] {
  const gaps: { gap: PriorityGap; order: number }[] = [];
  dimensionScores.forEach((result, order) => {
    if (result.status !== 'scored') return;
    const targetLevel = Object.hasOwn(targets, result.dimensionId) ? targets[result.dimensionId] : undefined;
    if (targetLevel === undefined || targetLevel <= result.level) return;
    const measure = Object.hasOwn(disagreement, result.dimensionId) ? disagreement[result.dimensionId] : undefined;
    gaps.push({
      order,
      gap: {
        dimensionId: result.dimensionId,
        score: result.score,
        currentLevel: result.level,
        targetLevel,
        levelGap: targetLevel - result.level,
        scoreGap: roundScore(LEVEL_LOWER_EDGES[targetLevel] - result.score),
        disagreement: measure,
      },
    });
  });
  return gaps
    .sort(
      (left, right) =>
        right.gap.levelGap - left.gap.levelGap ||
        (right.gap.disagreement ?? 0) - (left.gap.disagreement ?? 0) ||
        left.gap.score - right.gap.score ||
        left.order - right.order,
    )
    .map(({ gap }) => gap);
}
