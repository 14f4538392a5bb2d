/**
 * How the questions asked were answered, kind by kind: with a level (the only answers that score), "Don't know",
 * "Not applicable", or not at all. The top line of a result or a team shows these apart, so "Don't know" never
 * reads as answered. Pure.
 */
import { getAnswer, type AnswerSet } from './answer-set.ts';
import type { TeamResult } from './aggregate-team-results.ts';
import type { QuestionBank } from './question-bank-schema.ts';
import { getQuestionIds } from './questions-in-mode.ts';

/** Questions asked and how each was answered; `levels + dontKnow + notApplicable + unanswered = asked`. */
export type AnswerKindCounts = {
  readonly asked: number;
  readonly levels: number;
  readonly dontKnow: number;
  readonly notApplicable: number;
  readonly unanswered: number;
};

/**
 * One person's answers by kind, over the questions their mode asks.
 *
 * @example countAnswerKinds(QUESTION_BANK, quickAnswers) // => { asked: 8, levels: 5, dontKnow: 1, notApplicable: 1, unanswered: 1 }
 */
export function countAnswerKinds(bank: QuestionBank, answerSet: Pick<AnswerSet, 'mode' | 'answers'>): AnswerKindCounts {
  const counts = { asked: 0, levels: 0, dontKnow: 0, notApplicable: 0, unanswered: 0 };
  for (const questionId of getQuestionIds(bank, answerSet.mode)) {
    counts.asked += 1;
    const kind = getAnswer(answerSet, questionId)?.kind;
    if (kind === 'level') counts.levels += 1;
    else if (kind === 'dont-know') counts.dontKnow += 1;
    else if (kind === 'not-applicable') counts.notApplicable += 1;
    else counts.unanswered += 1;
  }
  return counts;
}

/**
 * A team's answers by kind, summed over every counted respondent and every question their mode asks (duplicates
 * left out, as in every team figure).
 *
 * @example countTeamAnswerKinds(team) // => { asked: 96, levels: 80, dontKnow: 10, notApplicable: 4, unanswered: 2 }
 */
export function countTeamAnswerKinds(team: TeamResult): AnswerKindCounts {
  const counts = { asked: 0, levels: 0, dontKnow: 0, notApplicable: 0, unanswered: 0 };
  for (const question of team.dimensions.flatMap((dimension) => dimension.questions)) {
    counts.asked += question.asked;
    counts.levels += question.summary?.count ?? 0;
    counts.dontKnow += question.dontKnow;
    counts.notApplicable += question.notApplicable;
    counts.unanswered += question.unanswered;
  }
  return counts;
}
