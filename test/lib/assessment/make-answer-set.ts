import type { Answer, AnswerSet, AssessmentMode } from '../../../src/lib/assessment/answer-set.ts';
import { getQuestionIds } from '../../../src/lib/assessment/questions-in-mode.ts';
import type { Dimension, QuestionBank } from '../../../src/lib/assessment/question-bank-schema.ts';

/**
 * Test helper: answers from a string in share-code notation, one character per question the mode asks
 * (spaces ignored, so dimensions can be grouped): 1–5 a level, d don't know, n not applicable
 * (with `reason`, "Not relevant to us" unless given), - unanswered.
 */
export function makeAnswerSet(bank: QuestionBank, mode: AssessmentMode, notation: string, reason = 'Not relevant to us'): AnswerSet {
  const codes = notation.replaceAll(' ', '');
  const ids = getQuestionIds(bank, mode);
  if (codes.length !== ids.length) throw new Error(`makeAnswerSet needs ${ids.length} answers, got ${codes.length}`);
  const answers: Record<string, Answer> = {};
  ids.forEach((id, index) => {
    const code = codes[index];
    if (code === 'd') answers[id] = { kind: 'dont-know' };
    else if (code === 'n') answers[id] = { kind: 'not-applicable', reason };
    else if (code === '1' || code === '2' || code === '3' || code === '4' || code === '5') {
      answers[id] = { kind: 'level', level: Number(code) as 1 | 2 | 3 | 4 | 5 };
    }
  });
  return { bankVersion: bank.version, mode, answers };
}

/** Test helper: the bank's dimension with this id (the bank is data, so a missing id is a test error). */
export function getDimensionById(bank: QuestionBank, id: string): Dimension {
  const dimension = bank.dimensions.find((candidate) => candidate.id === id);
  if (!dimension) throw new Error(`The question bank has no dimension "${id}"`);
  return dimension;
}
