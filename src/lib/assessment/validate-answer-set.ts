import { err, ok, type Result } from '../result.ts';
import { NOT_APPLICABLE_REASON_MAX_LENGTH, getAnswer, type AnswerSet, type AssessmentMode } from './answer-set.ts';
import { getDimensionQuestions } from './questions-in-mode.ts';
import type { QuestionBank } from './question-bank-schema.ts';

/** How many questions per dimension may be marked "Not applicable", so N/A cannot inflate a score. */
export const MAX_NOT_APPLICABLE_PER_DIMENSION = 1;

/** Something wrong with a set of answers, as a user could cause it. */
export type AnswerSetError =
  /** The answers belong to another bank version: migrate them first (see answer-set-migrations.ts). */
  | { readonly kind: 'wrong-bank-version'; readonly version: number; readonly expected: number }
  /** An answer names a question the bank does not have. */
  | { readonly kind: 'unknown-question'; readonly questionId: string }
  /** An answer to a question the mode does not ask (a full-mode question in a quick assessment). */
  | { readonly kind: 'question-not-in-mode'; readonly questionId: string; readonly mode: AssessmentMode }
  /** More than one "Not applicable" in a dimension. */
  | {
      readonly kind: 'too-many-not-applicable';
      readonly dimensionId: string;
      readonly dimensionName: string;
      readonly questionIds: readonly string[];
      readonly max: number;
    }
  /** "Not applicable" with an empty reason. */
  | { readonly kind: 'missing-reason'; readonly questionId: string }
  /** A "Not applicable" reason longer than the limit. */
  | { readonly kind: 'reason-too-long'; readonly questionId: string; readonly length: number; readonly max: number };

/**
 * Checks a set of answers against the bank and the assessment's rules, reporting every problem.
 *
 * @param bank the current question bank
 * @param answerSet answers already migrated to `bank.version`
 * @returns the same answers, or every error found (in bank order, version first)
 * @example
 * validateAnswerSet(QUESTION_BANK, { bankVersion: 1, mode: 'full', answers: { nope: { kind: 'dont-know' } } });
 * // => { ok: false, error: [{ kind: 'unknown-question', questionId: 'nope' }] }
 */
export function validateAnswerSet(
  bank: QuestionBank,
  answerSet: AnswerSet,
): Result<AnswerSet, readonly AnswerSetError[]> {
  if (answerSet.bankVersion !== bank.version) {
    return err([{ kind: 'wrong-bank-version', version: answerSet.bankVersion, expected: bank.version }]);
  }
  const errors: AnswerSetError[] = [];
  const askedIds = new Set<string>();
  const knownIds = new Set<string>();
  for (const dimension of bank.dimensions) {
    for (const question of dimension.questions) knownIds.add(question.id);
    const notApplicableIds: string[] = [];
    for (const question of getDimensionQuestions(dimension, answerSet.mode)) {
      askedIds.add(question.id);
      const answer = getAnswer(answerSet, question.id);
      if (answer?.kind !== 'not-applicable') continue;
      notApplicableIds.push(question.id);
      const reason = answer.reason.trim();
      if (reason === '') errors.push({ kind: 'missing-reason', questionId: question.id });
      if (answer.reason.length > NOT_APPLICABLE_REASON_MAX_LENGTH) {
        errors.push({
          kind: 'reason-too-long',
          questionId: question.id,
          length: answer.reason.length,
          max: NOT_APPLICABLE_REASON_MAX_LENGTH,
        });
      }
    }
    if (notApplicableIds.length > MAX_NOT_APPLICABLE_PER_DIMENSION) {
      errors.push({
        kind: 'too-many-not-applicable',
        dimensionId: dimension.id,
        dimensionName: dimension.name,
        questionIds: notApplicableIds,
        max: MAX_NOT_APPLICABLE_PER_DIMENSION,
      });
    }
  }
  for (const questionId of Object.keys(answerSet.answers)) {
    if (!knownIds.has(questionId)) errors.push({ kind: 'unknown-question', questionId });
    else if (!askedIds.has(questionId)) errors.push({ kind: 'question-not-in-mode', questionId, mode: answerSet.mode });
  }
  return errors.length === 0 ? ok(answerSet) : err(errors);
}
