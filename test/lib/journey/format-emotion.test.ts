import { describe, expect, it } from 'vitest';
import { formatEmotion } from '../../../src/lib/journey/format-emotion';

describe('formatEmotion', () => {
  it('gives the score and its word', () => {
    expect(formatEmotion(-2)).toBe('−2 (very negative)');
    expect(formatEmotion(0)).toBe('0 (neutral)');
    expect(formatEmotion(2)).toBe('+2 (very positive)');
  });

  it('names the two words an average falls between, nearest to zero first', () => {
    expect(formatEmotion(-1.5)).toBe('−1.5 (negative to very negative)');
    expect(formatEmotion(0.5)).toBe('+0.5 (neutral to positive)');
    expect(formatEmotion(-0.25)).toBe('−0.3 (neutral to negative)');
  });
});
