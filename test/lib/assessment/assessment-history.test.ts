import { describe, expect, test } from 'vitest';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import {
  addToHistory,
  assessmentHistorySchema,
  findInHistory,
  getAssessmentId,
  removeFromHistory,
} from '../../../src/lib/assessment/assessment-history.ts';
import { createAssessmentRecord } from '../../../src/lib/assessment/assessment-record.ts';
import { makeAnswerSet } from './make-answer-set.ts';

const january = createAssessmentRecord(makeAnswerSet(QUESTION_BANK, 'quick', '22222222'), new Date('2026-01-15T09:00:00Z'));
const march = createAssessmentRecord(makeAnswerSet(QUESTION_BANK, 'quick', '33333333'), new Date('2026-03-15T09:00:00Z'));
const may = createAssessmentRecord(makeAnswerSet(QUESTION_BANK, 'quick', '44444444'), new Date('2026-05-15T09:00:00Z'));

describe('assessment history', () => {
  test('keeps entries in date order, whatever order they are added in', () => {
    expect(addToHistory(addToHistory(addToHistory([], march), may), january)).toEqual([january, march, may]);
  });

  test('saving the same assessment again replaces it instead of duplicating it', () => {
    const relabelled = { ...march, respondent: { label: 'Ops team' } };
    expect(addToHistory([january, march], relabelled)).toEqual([january, relabelled]);
  });

  test('sorts by the instant, not the text of the date', () => {
    const earlyOffset = { ...may, completedAt: '2026-03-15T10:00:00+02:00' }; // 08:00Z, before march's 09:00Z
    expect(addToHistory([march], earlyOffset)).toEqual([earlyOffset, march]);
  });

  test('finds and removes entries by id', () => {
    const history = [january, march, may];
    expect(getAssessmentId(march)).toBe('2026-03-15T09:00:00.000Z');
    expect(findInHistory(history, getAssessmentId(march))).toBe(march);
    expect(findInHistory(history, 'nope')).toBeUndefined();
    expect(removeFromHistory(history, getAssessmentId(march))).toEqual([january, may]);
    expect(removeFromHistory(history, 'nope')).toEqual(history);
  });

  test('its schema accepts a stored history and rejects a corrupt one', () => {
    expect(assessmentHistorySchema.safeParse(JSON.parse(JSON.stringify([january, march]))).success).toBe(true);
    expect(assessmentHistorySchema.safeParse([{ ...january, completedAt: 'soon' }]).success).toBe(false);
    expect(assessmentHistorySchema.safeParse({ entries: [] }).success).toBe(false);
  });
});
