import type { AnswerSet, AssessmentMode } from './answer-set.ts';
import { resolveTargets, type DimensionTargets } from './dimension-targets.ts';
import { getDimensionAdvice, type AnswerAdvice } from './get-dimension-advice.ts';
import { getStrengths, type Strength } from './get-strengths.ts';
import type { GuideSlug } from './guide-slug.ts';
import type { MaturityLevel } from './maturity-level.ts';
import type { QuestionBank } from './question-bank-schema.ts';
import { rankPriorities, type DimensionDisagreement, type PriorityGap } from './rank-priorities.ts';
import { scoreDimension, type DimensionScore } from './score-dimension.ts';
import { scoreOverall, type OverallScore } from './score-overall.ts';

/** How many priorities carry advice and guide links. */
export const TOP_PRIORITY_COUNT = 3;

/** Options for scoring: the user's targets and, for a team, its disagreement per dimension. */
export type ScoreAssessmentOptions = {
  readonly targets?: DimensionTargets;
  readonly disagreement?: DimensionDisagreement;
};

/** One of the top priorities: its gap, the advice for the answers given, and the guides to read. */
export type Priority = PriorityGap & {
  /** 1 for the most urgent. */
  readonly rank: number;
  readonly advice: readonly AnswerAdvice[];
  readonly guides: readonly GuideSlug[];
};

/** Everything the results page shows. */
export type AssessmentResult = {
  readonly bankVersion: number;
  readonly mode: AssessmentMode;
  /** Every dimension, in bank order. */
  readonly dimensions: readonly DimensionScore[];
  readonly overall: OverallScore;
  /** Target level per scored dimension (chosen or default). */
  readonly targets: Readonly<Record<string, MaturityLevel>>;
  /** The top priorities (at most three), most urgent first. */
  readonly priorities: readonly Priority[];
  /** The remaining dimensions below target, in priority order, without advice. */
  readonly otherGaps: readonly PriorityGap[];
  readonly strengths: readonly Strength[];
};

/**
 * Scores a whole assessment: each dimension, the overall level with its foundations-first cap,
 * targets, ranked priorities with answer-specific advice, and strengths.
 *
 * @param bank the current question bank
 * @param answerSet validated answers on `bank.version` (see validateAnswerSet)
 * @param options targets the user chose and an optional team disagreement measure
 * @returns the assessment result
 * @example
 * const result = scoreAssessment(QUESTION_BANK, answerSet);
 * result.overall; // => { status: 'scored', score: 2.4, level: 2, cap: { applied: false }, … }
 * result.priorities[0]?.advice[0]?.advice; // => the next step for the weakest answer in the top dimension
 */
export function scoreAssessment(
  bank: QuestionBank,
  answerSet: AnswerSet,
  options: ScoreAssessmentOptions = {},
): AssessmentResult {
  const dimensions = bank.dimensions.map((dimension) => scoreDimension(dimension, answerSet));
  const targets = resolveTargets(dimensions, options.targets);
  const ranked = rankPriorities(dimensions, targets, options.disagreement);
  const priorities = ranked.slice(0, TOP_PRIORITY_COUNT).map((gap, index): Priority => {
    const dimension = bank.dimensions.find((candidate) => candidate.id === gap.dimensionId);
    return {
      ...gap,
      rank: index + 1,
      advice: dimension === undefined ? [] : getDimensionAdvice(dimension, answerSet),
      guides: dimension?.guides ?? [],
    };
  });
  return {
    bankVersion: answerSet.bankVersion,
    mode: answerSet.mode,
    dimensions,
    overall: scoreOverall(dimensions),
    targets,
    priorities,
    otherGaps: ranked.slice(TOP_PRIORITY_COUNT),
    strengths: getStrengths(dimensions, targets),
  };
}
