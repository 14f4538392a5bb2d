import { getAnswer, type Answer, type AnswerSet } from './answer-set.ts';
import { formatCsv } from '../text/csv.ts';
import { getDimensionQuestions } from './questions-in-mode.ts';
import type { Question, QuestionBank } from './question-bank-schema.ts';
import { scoreAssessment } from './score-assessment.ts';
import type { TeamRespondent } from './team-respondent.ts';

/**
 * The header row of an assessment CSV. The first four columns are the ones the CSV always had, so a sheet that
 * reads them by position still works; the scores, levels and who answered follow.
 */
export const ASSESSMENT_CSV_HEADER = [
  'dimension',
  'question',
  'answer_level',
  'answer',
  'dimension_score',
  'dimension_level',
  'overall_score',
  'overall_level',
  'respondent',
  'role',
] as const;

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
 * The answers as CSV, one row per question the mode asks, in bank order: the dimension's name, the question, the
 * answer level (1–5, or dont-know, not-applicable, unanswered) and the answer's text; then, repeated on each row so
 * any row can be filtered or pivoted alone, the dimension's score (two decimals) and level (1–5), the overall score
 * and level (the level capped as on the results page), both empty where there are not enough answers; and who
 * answered (label and role as given, empty when not given).
 *
 * @param bank the question bank the answers are on
 * @param answerSet the answers, with `respondent` when known
 * @returns CSV text with a header row and CRLF line endings (formula-safe: see formatCsv)
 * @example
 * exportAssessmentCsv(QUESTION_BANK, { ...answerSet, respondent: { label: 'Ana', role: 'leadership' } });
 * // => 'dimension,question,answer_level,answer,dimension_score,dimension_level,overall_score,overall_level,respondent,role\r\n
 * //     Strategy & leadership,How clearly is …?,3,A written CX vision …,2.75,3,2.5,2,Ana,leadership\r\n…'
 */
export function exportAssessmentCsv(bank: QuestionBank, answerSet: AnswerSet & Pick<TeamRespondent, 'respondent'>): string {
  const result = scoreAssessment(bank, answerSet);
  const overall = result.overall.status === 'scored' ? [result.overall.score, result.overall.level] : ['', ''];
  const who = [answerSet.respondent?.label ?? '', answerSet.respondent?.role ?? ''];
  const rows = bank.dimensions.flatMap((dimension) => {
    const scored = result.dimensions.find((candidate) => candidate.dimensionId === dimension.id);
    const dimensionCells = scored?.status === 'scored' ? [scored.score, scored.level] : ['', ''];
    return getDimensionQuestions(dimension, answerSet.mode).map((question) => [
      dimension.name,
      question.prompt,
      ...describeAnswer(question, getAnswer(answerSet, question.id)),
      ...dimensionCells,
      ...overall,
      ...who,
    ]);
  });
  return formatCsv([ASSESSMENT_CSV_HEADER, ...rows]);
}
