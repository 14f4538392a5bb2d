import { describe, expect, it } from 'vitest';
import { createAssessmentRecord } from '../../../src/lib/assessment/assessment-record.ts';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import { addSharedResult, findSharedResult, MAX_SHARED_RESULTS, removeSharedResult, sharedResultsSchema, type SharedResult } from '../../../src/lib/assessment/shared-results.ts';
import { makeAnswerSet } from './make-answer-set.ts';

function kept(notation: string, sharedAt: string, respondent = {}): SharedResult {
  const record = createAssessmentRecord(makeAnswerSet(QUESTION_BANK, 'quick', notation), new Date(sharedAt), respondent);
  return { record, sharedAt, source: 'link' };
}

const ana = kept('33333333', '2026-12-01T09:00:00.000Z', { label: 'Ana', role: 'leadership' });
const bea = kept('22222222', '2026-12-01T10:00:00.000Z', { label: 'Bea' });

describe('shared results', () => {
  it('keeps the newest first', () => {
    expect(addSharedResult(addSharedResult([], ana), bea)).toEqual([bea, ana]);
  });

  it('the same person’s same answers kept again replace the earlier entry', () => {
    const again = { ...ana, sharedAt: '2026-12-02T09:00:00.000Z' };
    expect(addSharedResult([bea, ana], again)).toEqual([again, bea]);
  });

  it('the same answers from someone else are a separate entry', () => {
    const other = kept('33333333', '2026-12-02T09:00:00.000Z', { label: 'Cy' });
    expect(addSharedResult([ana], other)).toEqual([other, ana]);
  });

  it('answer order does not make two entries different', () => {
    const reversed: SharedResult = { ...ana, sharedAt: '2026-12-03T09:00:00.000Z', record: { ...ana.record, answers: Object.fromEntries(Object.entries(ana.record.answers).reverse()) } };
    expect(addSharedResult([ana], reversed)).toEqual([reversed]);
  });

  it('keeps at most MAX_SHARED_RESULTS, dropping the oldest', () => {
    let list: readonly SharedResult[] = [];
    for (let index = 0; index <= MAX_SHARED_RESULTS; index += 1) {
      list = addSharedResult(list, kept('33333333', new Date(Date.UTC(2026, 0, 1, 0, index)).toISOString(), { label: `P${String(index)}` }));
    }
    expect(list).toHaveLength(MAX_SHARED_RESULTS);
    expect(list.at(-1)?.record.respondent?.label).toBe('P1');
  });

  it('removes and finds by the time kept', () => {
    expect(removeSharedResult([bea, ana], ana.sharedAt)).toEqual([bea]);
    expect(findSharedResult([bea, ana], bea.sharedAt)).toBe(bea);
    expect(findSharedResult([bea], 'nope')).toBeUndefined();
  });

  it('the stored shape is checked', () => {
    expect(sharedResultsSchema.safeParse([ana]).success).toBe(true);
    expect(sharedResultsSchema.safeParse([{ ...ana, source: 'email' }]).success).toBe(false);
    expect(sharedResultsSchema.safeParse([{ ...ana, sharedAt: 'yesterday' }]).success).toBe(false);
  });
});
