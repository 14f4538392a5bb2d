import { getAnswer, type AnswerSet } from './answer-set.ts';
import { getLevelForScore, type MaturityLevel } from './maturity-level.ts';
import { getMean } from './mean.ts';
import { getDimensionQuestions } from './questions-in-mode.ts';
import type { Dimension } from './question-bank-schema.ts';
import { roundScore } from './round-score.ts';

/** How the questions a dimension asked were answered. */
export type AnswerCounts = {
  /** Questions the mode asks in this dimension (4 in full mode, 1 in quick mode). */
  readonly asked: number;
  /** Answered with a level from 1 to 5. */
  readonly answered: number;
  readonly dontKnow: number;
  readonly notApplicable: number;
  /** Not answered at all; counts like "Don't know" for the enough-answers rule. */
  readonly unanswered: number;
};

/**
 * Why a dimension has no score:
 * - `all-not-applicable`: every question asked was marked not applicable (only possible in quick mode);
 * - `too-many-unknown`: more than half of the applicable questions are "Don't know" or unanswered,
 *   which includes nothing answered at all.
 */
export type NotEnoughAnswersReason = 'all-not-applicable' | 'too-many-unknown';

/** A dimension's result: a score and level, or not enough answers to give one. */
export type DimensionScore =
  | {
      readonly status: 'scored';
      readonly dimensionId: string;
      /** Mean of the answered items, rounded to two decimals, from 1 to 5. */
      readonly score: number;
      readonly level: MaturityLevel;
      readonly counts: AnswerCounts;
    }
  | {
      readonly status: 'not-enough-answers';
      readonly dimensionId: string;
      readonly reason: NotEnoughAnswersReason;
      readonly counts: AnswerCounts;
    };

/** Counts how the questions a mode asks in a dimension were answered, and collects the levels given. */
function countAnswers(dimension: Dimension, answerSet: AnswerSet): { counts: AnswerCounts; levels: number[] } {
  const levels: number[] = [];
  let dontKnow = 0;
  let notApplicable = 0;
  let unanswered = 0;
  const questions = getDimensionQuestions(dimension, answerSet.mode);
  for (const question of questions) {
    const answer = getAnswer(answerSet, question.id);
    if (answer === undefined) unanswered += 1;
    else if (answer.kind === 'level') levels.push(answer.level);
    else if (answer.kind === 'dont-know') dontKnow += 1;
    else if (answer.kind === 'not-applicable') notApplicable += 1;
    else answer satisfies never;
  }
  return { counts: { asked: questions.length, answered: levels.length, dontKnow, notApplicable, unanswered }, levels };
}

/**
 * Scores one dimension: the mean of the items answered with a level (1–5), leaving out "Not
 * applicable" and "Don't know", rounded to two decimals and banded into a level.
 *
 * When more than half of the applicable questions (asked minus not applicable) are "Don't know" or
 * unanswered, the dimension gets "not enough answers" instead of a score. So in full mode two of four
 * answered is enough and one is not; with one N/A, two of three are needed; in quick mode the single
 * question decides, and "Don't know" there means not enough answers.
 *
 * @param dimension a dimension of the bank
 * @param answerSet the respondent's answers (validated)
 * @returns the dimension's score and level, or why it has none, with the answer counts
 * @example
 * // full mode: levels 2, 2 and 1, one "Don't know"
 * scoreDimension(dimension, answerSet); // => { status: 'scored', score: 1.67, level: 1, … }
 */
export function scoreDimension(dimension: Dimension, answerSet: AnswerSet): DimensionScore {
  const { counts, levels } = countAnswers(dimension, answerSet);
  const applicable = counts.asked - counts.notApplicable;
  const unknown = counts.dontKnow + counts.unanswered;
  if (applicable <= 0) {
    return { status: 'not-enough-answers', dimensionId: dimension.id, reason: 'all-not-applicable', counts };
  }
  // Also catches "nothing answered": then unknown === applicable, which is more than half.
  if (unknown * 2 > applicable || levels.length === 0) {
    return { status: 'not-enough-answers', dimensionId: dimension.id, reason: 'too-many-unknown', counts };
  }
  const score = roundScore(getMean(levels));
  return { status: 'scored', dimensionId: dimension.id, score, level: getLevelForScore(score), counts };
}
