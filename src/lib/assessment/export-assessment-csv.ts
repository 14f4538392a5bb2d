import { getAnswer, type Answer, type AnswerSet } from './answer-set.ts';
import { formatCsv } from '../text/csv.ts';
import { getDimensionQuestions } from './questions-in-mode.ts';
import type { Question, QuestionBank } from './question-bank-schema.ts';

/** The header row of an assessment CSV. */
export const ASSESSMENT_CSV_HEADER = ['dimension', 'question', 'answer_level', 'answer'] as const;

function describeAnswer(question: Question, answer: Answer | undefined): readonly [string | number, string] {
  if (answer === undefined) return ['unanswered', ''];
  switch (answer.kind) {
    case 'level':
      return [answer.level, question.answers.find((option) => option.level === answer.level)?.text ?? ''];
    case 'dont-know':
      return ['dont-know', 'Don’t know'];
    case 'not-applicable':
      return ['not-applicable', `Not applicable: ${answer.reason}`];
    default:
      return answer satisfies never;
  }
}

/**
 * The answers as CSV, one row per question the mode asks, in bank order: the dimension's name, the
 * question, the answer level (1–5, or dont-know, not-applicable, unanswered) and the answer's text.
 *
 * @param bank the question bank the answers are on
 * @param answerSet the answers
 * @returns CSV text with a header row and CRLF line endings
 * @example
 * exportAssessmentCsv(QUESTION_BANK, answerSet);
 * // => 'dimension,question,answer_level,answer\r\nStrategy & leadership,How clearly is …?,3,A written CX vision …\r\n…'
 */
export function exportAssessmentCsv(bank: QuestionBank, answerSet: AnswerSet): string {
  const rows = bank.dimensions.flatMap((dimension) =>
    getDimensionQuestions(dimension, answerSet.mode).map((question) => [
      dimension.name,
      question.prompt,
      ...describeAnswer(question, getAnswer(answerSet, question.id)),
    ]),
  );
  return formatCsv([ASSESSMENT_CSV_HEADER, ...rows]);
}
