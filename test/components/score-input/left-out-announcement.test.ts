import { describe, expect, it } from 'vitest';
import { getLeftOutAnnouncement, joinAnnouncements } from '../../../src/components/score-input/left-out-announcement.ts';

describe('getLeftOutAnnouncement', () => {
  it('is silent when nothing was left out', () => {
    expect(getLeftOutAnnouncement(0)).toBe('');
  });

  it('names one value, or how many, and whose answers', () => {
    expect(getLeftOutAnnouncement(1)).toBe('1 value that cannot count was left out of the answers: the notes by the answers say which and why.');
    expect(getLeftOutAnnouncement(12_345, 'the earlier period’s answers')).toBe(
      '12,345 values that cannot count were left out of the earlier period’s answers: the notes by the answers say which and why.',
    );
  });
});

describe('joinAnnouncements', () => {
  it('joins sentences with a space and skips empty ones', () => {
    expect(joinAnnouncements('NPS 40.', '', 'Two left out.')).toBe('NPS 40. Two left out.');
    expect(joinAnnouncements('', '')).toBe('');
  });
});
