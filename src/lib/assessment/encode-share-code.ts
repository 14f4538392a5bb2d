import { getAnswer, type AnswerSet } from './answer-set.ts';
import { getQuestionIds } from './questions-in-mode.ts';
import type { QuestionBank } from './question-bank-schema.ts';
import { formatShareCode, getAnswerCode } from './share-code-format.ts';

/**
 * Encodes answers as a compact, URL-safe share code for a link's fragment (format in share-code-format.ts).
 * Answers to questions the mode does not ask are left out.
 *
 * @param bank the question bank the answers are on
 * @param answerSet answers on `bank.version`
 * @returns the share code
 * @throws {Error} when the answers are on another bank version (a programmer error: migrate first)
 * @example
 * encodeShareCode(QUESTION_BANK, { bankVersion: 1, mode: 'quick', answers: { 'strategy-vision': { kind: 'level', level: 3 } } });
 * // => '1.q3-------..' + 4 checksum characters
 */
export function encodeShareCode(bank: QuestionBank, answerSet: AnswerSet): string {
  if (answerSet.bankVersion !== bank.version) {
    throw new Error(`encodeShareCode requires answers on bank version ${bank.version}, got ${answerSet.bankVersion}`);
  }
  let answerCodes = '';
  const reasons: string[] = [];
  for (const questionId of getQuestionIds(bank, answerSet.mode)) {
    const answer = getAnswer(answerSet, questionId);
    answerCodes += getAnswerCode(answer);
    if (answer?.kind === 'not-applicable') reasons.push(answer.reason);
  }
  return formatShareCode(bank.version, answerSet.mode, answerCodes, reasons);
}
