import { describe, expect, test } from 'vitest';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import { createAssessmentRecord, exportAssessmentJson } from '../../../src/lib/assessment/assessment-record.ts';
import { describeTeamImportError } from '../../../src/lib/assessment/describe-import-error.ts';
import { importTeamJson } from '../../../src/lib/assessment/import-team-json.ts';
import type { TeamRespondent } from '../../../src/lib/assessment/team-respondent.ts';
import { exportTeamJson, teamRecordSchema } from '../../../src/lib/assessment/team-record.ts';
import { makeAnswerSet } from './make-answer-set.ts';

const team: readonly TeamRespondent[] = [
  { ...makeAnswerSet(QUESTION_BANK, 'quick', '3452d1-5'), respondent: { label: 'Ana', role: 'leadership' } },
  makeAnswerSet(QUESTION_BANK, 'full', '3'.repeat(32)),
];
const exportedAt = new Date('2026-03-01T10:00:00Z');

function messagesFor(text: string): readonly string[] {
  const result = importTeamJson(QUESTION_BANK, text);
  return result.ok ? ['(imported)'] : describeTeamImportError(QUESTION_BANK, result.error);
}

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

  test('names the respondent and field that is wrong', () => {
    const broken = JSON.parse(exportTeamJson(team, exportedAt));
    broken.respondents[1].mode = 'slow';
    broken.respondents[0].respondent.role = 'boss';
    expect(messagesFor(JSON.stringify(broken))).toMatchInlineSnapshot(`
      [
        "Some fields in this file are wrong:",
        "respondents.0.respondent.role: expected one of "leadership", "management", "front-line", "back-office", "other", got "boss"",
        "respondents.1.mode: expected one of "full", "quick", got "slow"",
      ]
    `);
  });

  test('names the respondent whose answers break the rules or whose version is unknown', () => {
    const broken = JSON.parse(exportTeamJson(team, exportedAt));
    broken.respondents[1].answers['voc-sources'] = { kind: 'not-applicable', reason: ' ' };
    expect(messagesFor(JSON.stringify(broken))).toMatchInlineSnapshot(`
      [
        "Respondent 2:",
        "The answers in this file break the assessment’s rules:",
        "answers.voc-sources: Question "Which sources of customer feedback do you listen to?" is marked not applicable without a reason. Add a short reason or choose another answer.",
      ]
    `);
    broken.respondents[0].bankVersion = 3;
    expect(messagesFor(JSON.stringify(broken))).toMatchInlineSnapshot(`
      [
        "Respondent 1:",
        "bankVersion: this file uses question version 3, newer than this page’s version 1. Reload the page to get the latest version.",
      ]
    `);
  });

  test('points a single assessment to the right place', () => {
    const single = exportAssessmentJson(createAssessmentRecord(team[1] as TeamRespondent, exportedAt));
    expect(messagesFor(single)).toMatchInlineSnapshot(`
      [
        "This is one person’s assessment, not a team file. Add it as a respondent instead.",
      ]
    `);
    expect(messagesFor('not json')).toMatchInlineSnapshot(`
      [
        "This file is not JSON. Choose a file exported from the assessment (it ends in .json).",
      ]
    `);
  });
});
