import { describe, expect, test } from 'vitest';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import type { AnswerSetMigrations } from '../../../src/lib/assessment/answer-set-migrations.ts';
import { createAssessmentRecord } from '../../../src/lib/assessment/assessment-record.ts';
import { compareAssessments } from '../../../src/lib/assessment/compare-assessments.ts';
import { makeAnswerSet } from './make-answer-set.ts';

const january = createAssessmentRecord(
  makeAnswerSet(QUESTION_BANK, 'full', '2222 1111 3333 2323 dddd 4444 2222 1212'),
  new Date('2026-01-15T09:00:00Z'),
);
const june = createAssessmentRecord(
  makeAnswerSet(QUESTION_BANK, 'full', '3333 1111 2333 3333 3333 4444 1222 2222'),
  new Date('2026-06-15T09:00:00Z'),
);

describe('compareAssessments', () => {
  test('gives the score delta and level change per dimension, earlier to later', () => {
    const result = compareAssessments(QUESTION_BANK, june, january);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.earlier).toBe(january);
    expect(result.value.later).toBe(june);
    expect(result.value.modeChanged).toBe(false);
    expect(result.value.dimensions.map((dimension) => [dimension.dimensionId, dimension.change])).toEqual([
      ['strategy-leadership', { direction: 'improved', scoreDelta: 1, levelChange: 1 }],
      ['customer-understanding', { direction: 'unchanged', scoreDelta: 0, levelChange: 0 }],
      ['journeys-touchpoints', { direction: 'declined', scoreDelta: -0.25, levelChange: 0 }],
      ['measurement-metrics', { direction: 'improved', scoreDelta: 0.5, levelChange: 1 }],
      ['voice-of-customer', { direction: 'not-comparable' }],
      ['employees-culture', { direction: 'unchanged', scoreDelta: 0, levelChange: 0 }],
      ['omnichannel-technology-data', { direction: 'declined', scoreDelta: -0.25, levelChange: -1 }],
      ['governance-improvement', { direction: 'improved', scoreDelta: 0.5, levelChange: 1 }],
    ]);
    // January: 16 / 7 scored dimensions = 2.29; June: 20.5 / 8 = 2.56; both Emerging.
    expect(result.value.overall.change).toEqual({ direction: 'improved', scoreDelta: 0.27, levelChange: 0 });
  });

  test('says when one assessment was quick and the other full', () => {
    const quick = createAssessmentRecord(makeAnswerSet(QUESTION_BANK, 'quick', '33333333'), new Date('2026-07-01T09:00:00Z'));
    const result = compareAssessments(QUESTION_BANK, january, quick);
    expect(result.ok && result.value.modeChanged).toBe(true);
  });

  test('migrates older records before comparing', () => {
    const migrations: AnswerSetMigrations = {
      0: { questionIds: { full: [], quick: [] }, migrate: (answerSet) => ({ ...answerSet, bankVersion: 1 }) },
    };
    const old = { ...january, bankVersion: 0 };
    expect(compareAssessments(QUESTION_BANK, old, june, migrations).ok).toBe(true);
    expect(compareAssessments(QUESTION_BANK, old, june)).toEqual({
      ok: false,
      error: { kind: 'unsupported-version', found: 0, supported: 1 },
    });
  });
});
