import { describe, expect, it } from 'vitest';
import { QUESTION_BANK } from '../../../src/lib/assessment/question-bank.ts';
import { getPreviewAnswerSet, scoreHistoryEntry } from '../../../src/lib/assessment/assessment-preview.ts';
import { makeAnswerSet } from './make-answer-set.ts';

describe('scoreHistoryEntry', () => {
  it('scores an entry for the list, or says why it cannot', () => {
    const record = {
      format: 'touchpoint-cx-assessment' as const,
      completedAt: '2026-03-01T10:00:00.000Z',
      ...makeAnswerSet(QUESTION_BANK, 'quick', '3333 3333'),
    };
    const scored = scoreHistoryEntry(record);
    expect(scored.ok && scored.value.overall).toMatchObject({ status: 'scored', score: 3, level: 3 });
    expect(scoreHistoryEntry({ ...record, bankVersion: 0 })).toEqual({
      ok: false,
      error: {
        headline: 'This saved assessment was made by an older version of the CX maturity assessment (format 0) that this page can no longer read (it reads format 1).',
        details: [],
      },
    });
  });
});

describe('getPreviewAnswerSet', () => {
  it('shows a link’s or a file’s answers as they are', () => {
    const answerSet = makeAnswerSet(QUESTION_BANK, 'quick', '5555 5555');
    expect(getPreviewAnswerSet({ source: 'link', code: 'x', answerSet })).toEqual({ ok: true, value: answerSet });
  });

  it('a preview from an error link has no answers, only its message', () => {
    const message = { headline: 'Broken.', details: [] };
    expect(getPreviewAnswerSet({ source: 'link-error', message })).toEqual({ ok: false, error: message });
  });
});
