import type { AssessmentMode } from './answer-set.ts';
import type { Dimension, Question, QuestionBank } from './question-bank-schema.ts';

/**
 * The questions a mode asks in one dimension: all of them in full mode, the quick one in quick mode.
 *
 * @example
 * getDimensionQuestions(dimension, 'quick').length; // => 1
 */
export function getDimensionQuestions(dimension: Dimension, mode: AssessmentMode): readonly Question[] {
  switch (mode) {
    case 'full':
      return dimension.questions;
    case 'quick':
      return dimension.questions.filter((question) => question.quick === true);
    default:
      return mode satisfies never;
  }
}

/**
 * The ids of the questions a mode asks, in bank order (dimension by dimension).
 * Share codes store one character per id, in this order.
 *
 * @example
 * getQuestionIds(QUESTION_BANK, 'quick').length; // => 8
 */
export function getQuestionIds(bank: QuestionBank, mode: AssessmentMode): readonly string[] {
  return bank.dimensions.flatMap((dimension) => getDimensionQuestions(dimension, mode).map((question) => question.id));
}
