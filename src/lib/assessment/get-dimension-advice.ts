import { getAnswer, type AnswerSet } from './answer-set.ts';
import type { MaturityLevel } from './maturity-level.ts';
import { getDimensionQuestions } from './questions-in-mode.ts';
import type { Dimension } from './question-bank-schema.ts';

/** The next step for one answered question, specific to the answer chosen. */
export type AnswerAdvice = {
  readonly questionId: string;
  readonly prompt: string;
  /** The level of the answer given. */
  readonly level: MaturityLevel;
  /** The answer given, as worded in the bank. */
  readonly answerText: string;
  /** What the next level looks like from that answer (at level 5: how to sustain it). */
  readonly advice: string;
};

/**
 * The next-level advice for every question answered with a level in a dimension, weakest answer
 * first (then in question order), so the first step is the one furthest behind.
 * "Don't know", "Not applicable" and unanswered questions give no advice.
 *
 * @param dimension a dimension of the bank
 * @param answerSet the respondent's answers
 * @returns advice per answered question
 * @example
 * getDimensionAdvice(dimension, answerSet)[0]; // => { questionId: 'voc-survey-use', level: 2, advice: 'Share survey results across teams…', … }
 */
export function getDimensionAdvice(dimension: Dimension, answerSet: AnswerSet): readonly AnswerAdvice[] {
  const advice: AnswerAdvice[] = [];
  for (const question of getDimensionQuestions(dimension, answerSet.mode)) {
    const answer = getAnswer(answerSet, question.id);
    if (answer?.kind !== 'level') continue;
    const option = question.answers.find((candidate) => candidate.level === answer.level);
    if (option === undefined) continue;
    advice.push({
      questionId: question.id,
      prompt: question.prompt,
      level: option.level,
      answerText: option.text,
      advice: option.advice,
    });
  }
  // Array.prototype.sort is stable, so equal levels keep question order.
  return advice.sort((left, right) => left.level - right.level);
}
