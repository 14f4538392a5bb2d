import { describe, expect, test } from 'vitest';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import type { AnswerSet } from '../../../src/lib/assessment/answer-set.ts';
import { describeAnswerSetError } from '../../../src/lib/assessment/describe-answer-set-error.ts';
import { validateAnswerSet } from '../../../src/lib/assessment/validate-answer-set.ts';
import { makeAnswerSet } from './make-answer-set.ts';

function messagesFor(answerSet: AnswerSet): readonly string[] {
  const result = validateAnswerSet(QUESTION_BANK, answerSet);
  return result.ok ? [] : result.error.map((error) => describeAnswerSetError(QUESTION_BANK, error));
}

describe('validateAnswerSet', () => {
  test('accepts a complete set with one N/A per dimension', () => {
    const answerSet = makeAnswerSet(QUESTION_BANK, 'full', '123n 4d5- n333 3n33 333n 33n3 n222 5n55');
    expect(validateAnswerSet(QUESTION_BANK, answerSet)).toEqual({ ok: true, value: answerSet });
  });

  test('accepts an empty set: unanswered is not an error', () => {
    expect(validateAnswerSet(QUESTION_BANK, { bankVersion: 1, mode: 'quick', answers: {} }).ok).toBe(true);
  });

  test('a second N/A in a dimension is an error naming the dimension', () => {
    const answerSet = makeAnswerSet(QUESTION_BANK, 'full', '3333 3333 3333 3333 3333 nn33 3333 3333');
    expect(validateAnswerSet(QUESTION_BANK, answerSet)).toEqual({
      ok: false,
      error: [
        {
          kind: 'too-many-not-applicable',
          dimensionId: 'employees-culture',
          dimensionName: 'Employee engagement & culture',
          questionIds: ['employees-empowerment', 'employees-understanding'],
          max: 1,
        },
      ],
    });
    expect(messagesFor(answerSet)).toMatchInlineSnapshot(`
      [
        ""Employee engagement & culture" has 2 questions marked not applicable; at most 1 is allowed per dimension, so a score cannot rest on too few answers.",
      ]
    `);
  });

  test('N/A without a reason, or with only spaces, is an error', () => {
    const answerSet: AnswerSet = {
      bankVersion: 1,
      mode: 'full',
      answers: {
        'voc-sources': { kind: 'not-applicable', reason: '' },
        'governance-forum': { kind: 'not-applicable', reason: '   ' },
      },
    };
    expect(messagesFor(answerSet)).toMatchInlineSnapshot(`
      [
        "Question "Which sources of customer feedback do you listen to?" is marked not applicable without a reason. Add a short reason or choose another answer.",
        "Question "How are cross-department customer experience decisions made?" is marked not applicable without a reason. Add a short reason or choose another answer.",
      ]
    `);
  });

  test('an over-long reason is an error', () => {
    const answerSet: AnswerSet = {
      bankVersion: 1,
      mode: 'full',
      answers: { 'voc-sources': { kind: 'not-applicable', reason: 'x'.repeat(201) } },
    };
    expect(messagesFor(answerSet)).toMatchInlineSnapshot(`
      [
        "The not-applicable reason for "Which sources of customer feedback do you listen to?" is 201 characters long; keep it to 200.",
      ]
    `);
  });

  test('unknown question ids and questions outside the mode are errors', () => {
    const answerSet: AnswerSet = {
      bankVersion: 1,
      mode: 'quick',
      answers: {
        'strategy-vision': { kind: 'level', level: 3 },
        'strategy-ownership': { kind: 'level', level: 3 },
        'strategy-mission': { kind: 'level', level: 3 },
        constructor: { kind: 'dont-know' } as const,
      },
    };
    expect(validateAnswerSet(QUESTION_BANK, answerSet)).toEqual({
      ok: false,
      error: [
        { kind: 'question-not-in-mode', questionId: 'strategy-ownership', mode: 'quick' },
        { kind: 'unknown-question', questionId: 'strategy-mission' },
        { kind: 'unknown-question', questionId: 'constructor' },
      ],
    });
    expect(messagesFor(answerSet)).toMatchInlineSnapshot(`
      [
        "Question "Who is accountable for the customer experience across departments?" is not part of the quick assessment.",
        "There is no question with id "strategy-mission" in version 1 of the assessment.",
        "There is no question with id "constructor" in version 1 of the assessment.",
      ]
    `);
  });

  test('answers on another bank version must be migrated first', () => {
    expect(messagesFor({ bankVersion: 0, mode: 'full', answers: {} })).toMatchInlineSnapshot(`
      [
        "These answers are for version 0 of the questions; this assessment uses version 1.",
      ]
    `);
  });
});
