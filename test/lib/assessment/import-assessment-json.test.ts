import { describe, expect, test } from 'vitest';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import type { AnswerSetMigrations } from '../../../src/lib/assessment/answer-set-migrations.ts';
import { createAssessmentRecord, exportAssessmentJson } from '../../../src/lib/assessment/assessment-record.ts';
import { describeImportError } from '../../../src/lib/assessment/describe-import-error.ts';
import { importAssessmentJson } from '../../../src/lib/assessment/import-assessment-json.ts';
import { makeAnswerSet } from './make-answer-set.ts';

const record = createAssessmentRecord(makeAnswerSet(QUESTION_BANK, 'quick', '3 4 2 d 5 1 - n'), new Date('2026-03-01T10:00:00Z'), {
  label: 'Ana',
  role: 'management',
});

/** The messages a user sees for a file. */
function messagesFor(text: string): readonly string[] {
  const result = importAssessmentJson(QUESTION_BANK, text);
  return result.ok ? ['(imported)'] : describeImportError(QUESTION_BANK, result.error);
}

function withChanges(changes: Record<string, unknown>): string {
  return JSON.stringify({ ...record, ...changes });
}

describe('importAssessmentJson', () => {
  test('reads back what was exported', () => {
    expect(importAssessmentJson(QUESTION_BANK, exportAssessmentJson(record))).toEqual({ ok: true, value: record });
  });

  test('text that is not JSON', () => {
    expect(messagesFor('{"format": "touchpoint-cx-assessment",')).toMatchInlineSnapshot(`
      [
        "This file is not JSON. Choose a file exported from the assessment (it ends in .json).",
      ]
    `);
  });

  test('JSON that is not an assessment export', () => {
    expect(messagesFor('[1, 2, 3]')).toMatchInlineSnapshot(`
      [
        "This JSON file was not exported from the assessment: it has no "format": "touchpoint-cx-assessment" field.",
      ]
    `);
    expect(messagesFor('{"format": "something-else"}')).toMatchInlineSnapshot(`
      [
        "This JSON file cannot be opened here: its format is "something-else", expected "touchpoint-cx-assessment".",
      ]
    `);
    expect(messagesFor('{"format": "touchpoint-cx-team", "respondents": []}')).toMatchInlineSnapshot(`
      [
        "This is a team results file. Open it from the team results page instead.",
      ]
    `);
  });

  test('fields of the wrong shape, each named with the reason', () => {
    expect(
      messagesFor(
        withChanges({
          bankVersion: '1',
          mode: 'slow',
          completedAt: 'yesterday',
          respondent: { label: '', role: 'boss' },
          answers: {
            'voc-sources': { kind: 'level', level: 7 },
            'voc-inner-loop': { kind: 'agree' },
            'voc-outer-loop': { kind: 'not-applicable' },
            'voc-survey-use': 3,
          },
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "Some fields in this file are wrong:",
        "bankVersion: expected number, got "1"",
        "mode: expected one of "full", "quick", got "slow"",
        "answers.voc-sources.level: expected one of 1, 2, 3, 4, 5, got 7",
        "answers.voc-inner-loop.kind: expected one of "level", "dont-know", "not-applicable", got "agree"",
        "answers.voc-outer-loop.reason: is missing",
        "answers.voc-survey-use: expected object, got 3",
        "completedAt: expected a date-time such as "2026-03-01T10:00:00Z", got "yesterday"",
        "respondent.label: must not be empty",
        "…and 1 more.",
      ]
    `);
  });

  test('a missing field', () => {
    const { answers: _answers, ...withoutAnswers } = record;
    expect(messagesFor(JSON.stringify(withoutAnswers))).toMatchInlineSnapshot(`
      [
        "Some fields in this file are wrong:",
        "answers: is missing",
      ]
    `);
  });

  test('lists at most eight field problems', () => {
    const answers = Object.fromEntries(Array.from({ length: 12 }, (_, index) => [`q${index}`, { kind: 'level', level: 9 }]));
    expect(messagesFor(withChanges({ answers }))).toMatchInlineSnapshot(`
      [
        "Some fields in this file are wrong:",
        "answers.q0.level: expected one of 1, 2, 3, 4, 5, got 9",
        "answers.q1.level: expected one of 1, 2, 3, 4, 5, got 9",
        "answers.q2.level: expected one of 1, 2, 3, 4, 5, got 9",
        "answers.q3.level: expected one of 1, 2, 3, 4, 5, got 9",
        "answers.q4.level: expected one of 1, 2, 3, 4, 5, got 9",
        "answers.q5.level: expected one of 1, 2, 3, 4, 5, got 9",
        "answers.q6.level: expected one of 1, 2, 3, 4, 5, got 9",
        "answers.q7.level: expected one of 1, 2, 3, 4, 5, got 9",
        "…and 4 more.",
      ]
    `);
  });

  test('a newer version, even when the rest looks different', () => {
    expect(messagesFor(withChanges({ bankVersion: 2, answers: 'new layout' }))).toMatchInlineSnapshot(`
      [
        "bankVersion: this file uses question version 2, newer than this page’s version 1. Reload the page to get the latest version.",
      ]
    `);
  });

  test('an older version without a migration', () => {
    expect(messagesFor(withChanges({ bankVersion: 0 }))).toMatchInlineSnapshot(`
      [
        "bankVersion: this file uses question version 0, which this version of the assessment can no longer read: the questions are now version 1, and answers from version 0 cannot be carried over to them. Answer the assessment again for a new file.",
      ]
    `);
  });

  test('an older version with a migration is brought up to date', () => {
    const migrations: AnswerSetMigrations = {
      0: { questionIds: { full: [], quick: [] }, migrate: (answerSet) => ({ ...answerSet, bankVersion: 1 }) },
    };
    const result = importAssessmentJson(QUESTION_BANK, withChanges({ bankVersion: 0 }), migrations);
    expect(result).toEqual({ ok: true, value: record });
  });

  test('answers that break the rules', () => {
    expect(
      messagesFor(
        withChanges({
          mode: 'full',
          answers: {
            'voc-sources': { kind: 'not-applicable', reason: 'No reviews yet' },
            'voc-inner-loop': { kind: 'not-applicable', reason: '' },
            'voc-nps': { kind: 'dont-know' },
          },
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "The answers in this file break the assessment’s rules:",
        "answers.voc-inner-loop: Question "What happens when an individual customer gives negative feedback?" is marked not applicable without a reason. Add a short reason or choose another answer.",
        "answers: "Voice of the customer & closing the loop" has 2 questions marked not applicable; at most 1 is allowed per dimension, so a score cannot rest on too few answers.",
        "answers.voc-nps: There is no question with id "voc-nps" in version 1 of the assessment.",
      ]
    `);
  });
});
