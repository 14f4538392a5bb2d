import { describe, expect, it } from 'vitest';
import { getWaitingAnnouncement } from '../../../src/components/score-input/WaitingMessage.tsx';
import { INVALID_COUNTS, NO_VALUES_REASONS } from '../../../src/components/score-input/waiting-reasons.ts';

const REASONS = { NO_VALUES_REASONS, INVALID_COUNTS };

describe('getWaitingAnnouncement', () => {
  it('says why there is no result once the wording is here, and nothing before', () => {
    expect(getWaitingAnnouncement({ kind: 'no-values', reason: 'zero-counts' }, REASONS)).toBe('Every count is 0: type how many gave each answer.');
    expect(getWaitingAnnouncement({ kind: 'invalid-counts' }, REASONS)).toBe('Fix the counts marked above to see the result.');
    expect(getWaitingAnnouncement({ kind: 'no-values', reason: 'zero-counts' }, null)).toBe('');
    expect(getWaitingAnnouncement({ kind: 'invalid-counts' }, null)).toBe('');
  });

  it('says why reading failed without waiting for anything, and nothing for the prompt, reading or loading', () => {
    expect(getWaitingAnnouncement({ kind: 'failed', message: 'the file could not be read' }, null)).toBe('We could not read the answers (the file could not be read).');
    expect(getWaitingAnnouncement({ kind: 'prompt' }, REASONS)).toBe('');
    expect(getWaitingAnnouncement({ kind: 'reading', characters: 10 }, REASONS)).toBe('');
    expect(getWaitingAnnouncement({ kind: 'loading' }, REASONS)).toBe('');
  });
});
