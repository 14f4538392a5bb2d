import { describe, expect, test } from 'vitest';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import { assessmentRecordSchema, createAssessmentRecord, exportAssessmentJson } from '../../../src/lib/assessment/assessment-record.ts';
import { makeAnswerSet } from './make-answer-set.ts';

const answerSet = makeAnswerSet(QUESTION_BANK, 'quick', '3 4 2 d 5 1 - n');
const completedAt = new Date('2026-03-01T10:00:00Z');

describe('createAssessmentRecord', () => {
  test('adds the format, the date and who answered', () => {
    expect(createAssessmentRecord(answerSet, completedAt, { label: '  Ana  ', role: 'leadership' })).toEqual({
      format: 'touchpoint-cx-assessment',
      bankVersion: 1,
      mode: 'quick',
      completedAt: '2026-03-01T10:00:00.000Z',
      respondent: { label: 'Ana', role: 'leadership' },
      answers: answerSet.answers,
    });
  });

  test('leaves out an empty respondent', () => {
    expect(createAssessmentRecord(answerSet, completedAt, { label: ' ' })).not.toHaveProperty('respondent');
    expect(createAssessmentRecord(answerSet, completedAt)).not.toHaveProperty('respondent');
  });
});

describe('exportAssessmentJson', () => {
  test('writes JSON that the schema accepts', () => {
    const json = exportAssessmentJson(createAssessmentRecord(answerSet, completedAt, { role: 'front-line' }));
    expect(assessmentRecordSchema.safeParse(JSON.parse(json)).success).toBe(true);
    expect(json).toMatchInlineSnapshot(`
      "{
        "format": "touchpoint-cx-assessment",
        "bankVersion": 1,
        "mode": "quick",
        "completedAt": "2026-03-01T10:00:00.000Z",
        "respondent": {
          "role": "front-line"
        },
        "answers": {
          "strategy-vision": {
            "kind": "level",
            "level": 3
          },
          "understanding-research": {
            "kind": "level",
            "level": 4
          },
          "journeys-maps": {
            "kind": "level",
            "level": 2
          },
          "measurement-metrics-tracked": {
            "kind": "dont-know"
          },
          "voc-survey-use": {
            "kind": "level",
            "level": 5
          },
          "employees-empowerment": {
            "kind": "level",
            "level": 1
          },
          "governance-forum": {
            "kind": "not-applicable",
            "reason": "Not relevant to us"
          }
        }
      }
      "
    `);
  });
});
