import { describe, expect, test } from 'vitest';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import type { AnswerSetMigrations } from '../../../src/lib/assessment/answer-set-migrations.ts';
import { getFileSizeError, importAssessmentJson, importTeamJson } from '../../../src/lib/assessment/assessment-file.ts';
import { createAssessmentRecord, exportAssessmentJson } from '../../../src/lib/assessment/assessment-record.ts';
import { describeInputError } from '../../../src/lib/assessment/describe-answer-set-error.ts';
import type { TeamRespondent } from '../../../src/lib/assessment/team-respondent.ts';
import { exportTeamJson, teamRecordSchema } from '../../../src/lib/assessment/team-record.ts';
import { formatPortableMessage } from '../../../src/lib/portable/portable-error.ts';
import { makeAnswerSet } from './make-answer-set.ts';

const record = createAssessmentRecord(makeAnswerSet(QUESTION_BANK, 'quick', '3 4 2 d 5 1 - n'), new Date('2026-03-01T10:00:00Z'), {
  label: 'Ana',
  role: 'management',
});
const team: readonly TeamRespondent[] = [
  { ...makeAnswerSet(QUESTION_BANK, 'quick', '3452d1-5'), respondent: { label: 'Ana', role: 'leadership' } },
  makeAnswerSet(QUESTION_BANK, 'full', '3'.repeat(32)),
];
const exportedAt = new Date('2026-03-01T10:00:00Z');

/** What a person sees for an assessment file, as one paragraph. */
function messageFor(text: string): string {
  const result = importAssessmentJson(QUESTION_BANK, text);
  return result.ok ? '(imported)' : formatPortableMessage(describeInputError(result.error, 'file'));
}

/** What a person sees for a file dropped on the team page. */
function teamMessageFor(text: string): string {
  const result = importTeamJson(QUESTION_BANK, text);
  return result.ok ? '(imported)' : formatPortableMessage(describeInputError(result.error, 'file'));
}

function withChanges(changes: Record<string, unknown>): string {
  return JSON.stringify({ ...record, ...changes });
}

describe('importAssessmentJson', () => {
  test('reads back what was exported', () => {
    expect(importAssessmentJson(QUESTION_BANK, exportAssessmentJson(record))).toEqual({ ok: true, value: record });
  });

  test('text that is not JSON says where it stopped', () => {
    expect(messageFor('{"format": "touchpoint-cx-assessment",')).toMatch(/^This file is not valid JSON \(it may be cut off, or not an export of the CX maturity assessment\)\./);
    expect(messageFor('   ')).toBe('This file is empty: there is nothing to open.');
  });

  test('JSON that is not an assessment export, or is a team file', () => {
    expect([messageFor('[1, 2, 3]'), messageFor('{"format": "something-else"}'), messageFor('{"format": 3}'), messageFor('{"format": "touchpoint-cx-team", "respondents": []}')])
      .toMatchInlineSnapshot(`
        [
          "This file is not from the CX maturity assessment: it holds something else.",
          "This file is for another tool (its format is “something-else”), not the CX maturity assessment. Open it there.",
          "This is not a CX maturity assessment file: its format field is not in the expected form.",
          "This file is for the team results page (/assessment/team/), not the CX maturity assessment. Open it there.",
        ]
      `);
  });

  test('another tool’s export is named as that tool, with its address', () => {
    expect(messageFor('{"format": "touchpoint-personas", "version": 1, "personas": []}')).toBe('This file is for the persona builder (/tools/personas/), not the CX maturity assessment. Open it there.');
  });

  test('fields of the wrong shape, each named with the reason, the first eight listed', () => {
    const result = importAssessmentJson(
      QUESTION_BANK,
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
    );
    expect(!result.ok && describeInputError(result.error, 'file')).toMatchInlineSnapshot(`
      {
        "details": [
          "bankVersion: should be a number, not "1"",
          "mode: should be one of "full", "quick"; got "slow"",
          "answers.voc-sources.level: expected a level from 1 to 5",
          "answers.voc-inner-loop.kind: should be one of "level", "dont-know", "not-applicable"; got "agree"",
          "answers.voc-outer-loop.reason: is missing",
          "answers.voc-survey-use: should be an object, not 3",
          "completedAt: should be a date and time such as "2026-03-01T10:00:00Z"; got "yesterday"",
          "respondent.label: must not be empty",
          "and 1 more problem",
        ],
        "headline": "This file has 9 problems:",
      }
    `);
  });

  test('a missing field', () => {
    const { answers: _answers, ...withoutAnswers } = record;
    expect(messageFor(JSON.stringify(withoutAnswers))).toBe('This file has a problem: answers: is missing.');
  });

  test('a newer version, even when the rest looks different', () => {
    expect(importAssessmentJson(QUESTION_BANK, withChanges({ bankVersion: 2, answers: 'new layout' }))).toEqual({ ok: false, error: { kind: 'future-version', found: 2, supported: 1 } });
  });

  test('an older version without a migration', () => {
    expect(importAssessmentJson(QUESTION_BANK, withChanges({ bankVersion: 0 }))).toEqual({ ok: false, error: { kind: 'unsupported-version', found: 0, supported: 1 } });
  });

  test('an older version with a migration is brought up to date', () => {
    const migrations: AnswerSetMigrations = {
      0: { questionIds: { full: [], quick: [] }, migrate: (answerSet) => ({ ...answerSet, bankVersion: 1 }) },
    };
    expect(importAssessmentJson(QUESTION_BANK, withChanges({ bankVersion: 0 }), migrations)).toEqual({ ok: true, value: record });
  });

  test('answers that break the rules, each a sentence naming the question', () => {
    const result = importAssessmentJson(
      QUESTION_BANK,
      withChanges({
        mode: 'full',
        answers: {
          'voc-sources': { kind: 'not-applicable', reason: 'No reviews yet' },
          'voc-inner-loop': { kind: 'not-applicable', reason: '' },
          'voc-nps': { kind: 'dont-know' },
        },
      }),
    );
    expect(!result.ok && describeInputError(result.error, 'file')).toMatchInlineSnapshot(`
      {
        "details": [
          "Question "What happens when an individual customer gives negative feedback?" is marked not applicable without a reason. Add a short reason or choose another answer.",
          ""Voice of the customer & closing the loop" has 2 questions marked not applicable; at most 1 is allowed per dimension, so a score cannot rest on too few answers.",
          "There is no question with id "voc-nps" in version 1 of the assessment.",
        ],
        "headline": "This file has 3 problems:",
      }
    `);
  });

  test('refuses a file larger than 1 MB, saying so', () => {
    expect(getFileSizeError(1_000_000)).toBeUndefined();
    expect(getFileSizeError(2_500_000)).toEqual({ kind: 'too-large', bytes: 2_500_000, limit: 1_000_000 });
    expect(messageFor(`${' '.repeat(1_000_001)}`)).toBe('This file holds 1,000,001 bytes; the CX maturity assessment reads at most 1,000,000 bytes.');
  });
});

describe('exportTeamJson', () => {
  test('writes every respondent with the format and date, accepted by the schema', () => {
    const json = exportTeamJson(team, exportedAt);
    expect(teamRecordSchema.safeParse(JSON.parse(json)).success).toBe(true);
    expect(JSON.parse(json)).toMatchObject({ format: 'touchpoint-cx-team', exportedAt: '2026-03-01T10:00:00.000Z' });
  });
});

describe('importTeamJson', () => {
  test('reads back what was exported', () => {
    expect(importTeamJson(QUESTION_BANK, exportTeamJson(team, exportedAt))).toEqual({ ok: true, value: team });
  });

  test('reads one exported assessment as a team of one', () => {
    const { bankVersion, mode, answers, respondent } = record;
    expect(importTeamJson(QUESTION_BANK, exportAssessmentJson(record))).toEqual({ ok: true, value: [{ bankVersion, mode, answers, respondent }] });
  });

  test('names the respondent and field that is wrong', () => {
    const broken = JSON.parse(exportTeamJson(team, exportedAt));
    broken.respondents[1].mode = 'slow';
    broken.respondents[0].respondent.role = 'boss';
    expect(teamMessageFor(JSON.stringify(broken))).toMatchInlineSnapshot(`"This file has 2 problems: respondents.0.respondent.role: should be one of "leadership", "management", "front-line", "back-office", "other"; got "boss" respondents.1.mode: should be one of "full", "quick"; got "slow""`);
  });

  test('names the respondent whose answers break the rules or whose version is unknown', () => {
    const broken = JSON.parse(exportTeamJson(team, exportedAt));
    broken.respondents[1].answers['voc-sources'] = { kind: 'not-applicable', reason: ' ' };
    expect(teamMessageFor(JSON.stringify(broken))).toMatchInlineSnapshot(`"Respondent 2: Question "Which sources of customer feedback do you listen to?" is marked not applicable without a reason. Add a short reason or choose another answer."`);
    broken.respondents[0].bankVersion = 3;
    expect(teamMessageFor(JSON.stringify(broken))).toMatchInlineSnapshot(`"Respondent 1: This entry was made by a newer version of the CX maturity assessment (format 3; this page reads up to 1). Reload the page to get the latest version."`);
  });

  test('text that is not JSON', () => {
    expect(importTeamJson(QUESTION_BANK, 'not json')).toMatchObject({ ok: false, error: { kind: 'not-json' } });
  });
});
