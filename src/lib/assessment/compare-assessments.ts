import { err, ok, type Result } from '../result.ts';
import type { PortableError } from '../portable/portable-error.ts';
import { ANSWER_SET_MIGRATIONS, migrateAnswerSet, type AnswerSetMigrations } from './answer-set-migrations.ts';
import type { AssessmentRecord } from './assessment-record.ts';
import type { MaturityLevel } from './maturity-level.ts';
import type { QuestionBank } from './question-bank-schema.ts';
import { roundScore } from './round-score.ts';
import { scoreDimension, type DimensionScore } from './score-dimension.ts';
import { scoreOverall, type OverallScore } from './score-overall.ts';

/** How one result moved between two assessments. */
export type ScoreChange =
  | { readonly direction: 'improved' | 'declined' | 'unchanged'; readonly scoreDelta: number; readonly levelChange: number }
  /** One side (or both) has no score. */
  | { readonly direction: 'not-comparable' };

/** One dimension before and after. */
export type DimensionChange = {
  readonly dimensionId: string;
  readonly before: DimensionScore;
  readonly after: DimensionScore;
  readonly change: ScoreChange;
};

/** Two assessments side by side, earlier first. */
export type AssessmentComparison = {
  readonly earlier: AssessmentRecord;
  readonly later: AssessmentRecord;
  /** Whether one was quick and the other full: quick scores rest on one question per dimension. */
  readonly modeChanged: boolean;
  readonly dimensions: readonly DimensionChange[];
  readonly overall: { readonly before: OverallScore; readonly after: OverallScore; readonly change: ScoreChange };
};

/** What a dimension result and the overall result have in common. */
type ScoredOrNot =
  | { readonly status: 'scored'; readonly score: number; readonly level: MaturityLevel }
  | { readonly status: 'not-enough-answers' };

function getChange(before: ScoredOrNot, after: ScoredOrNot): ScoreChange {
  if (before.status !== 'scored' || after.status !== 'scored') return { direction: 'not-comparable' };
  const scoreDelta = roundScore(after.score - before.score);
  const direction = scoreDelta > 0 ? 'improved' : scoreDelta < 0 ? 'declined' : 'unchanged';
  return { direction, scoreDelta, levelChange: after.level - before.level };
}

/**
 * Compares two finished assessments dimension by dimension: score delta and level change, earlier to
 * later whatever order they are given in. Both are migrated to the current bank version first.
 *
 * @param bank the current question bank
 * @param first one assessment
 * @param second another
 * @param migrations the migrations table (tests pass their own)
 * @returns the comparison, or why one of the records cannot be read
 * @example
 * compareAssessments(QUESTION_BANK, march, january).value.dimensions[0];
 * // => { dimensionId: 'strategy-leadership', change: { direction: 'improved', scoreDelta: 0.75, levelChange: 1 }, … }
 */
export function compareAssessments(
  bank: QuestionBank,
  first: AssessmentRecord,
  second: AssessmentRecord,
  migrations: AnswerSetMigrations = ANSWER_SET_MIGRATIONS,
): Result<AssessmentComparison, PortableError> {
  const [earlier, later] = Date.parse(first.completedAt) <= Date.parse(second.completedAt) ? [first, second] : [second, first];
  const before = migrateAnswerSet(bank, earlier, migrations);
  if (!before.ok) return err(before.error);
  const after = migrateAnswerSet(bank, later, migrations);
  if (!after.ok) return err(after.error);
  const dimensions = bank.dimensions.map((dimension): DimensionChange => {
    const beforeScore = scoreDimension(dimension, before.value);
    const afterScore = scoreDimension(dimension, after.value);
    return { dimensionId: dimension.id, before: beforeScore, after: afterScore, change: getChange(beforeScore, afterScore) };
  });
  const overallBefore = scoreOverall(dimensions.map((dimension) => dimension.before));
  const overallAfter = scoreOverall(dimensions.map((dimension) => dimension.after));
  return ok({
    earlier,
    later,
    modeChanged: earlier.mode !== later.mode,
    dimensions,
    overall: { before: overallBefore, after: overallAfter, change: getChange(overallBefore, overallAfter) },
  });
}
