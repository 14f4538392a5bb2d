import { describe, expect, it } from 'vitest';
import { formatEmotion } from '../../../src/lib/journey/format-emotion';
import { formatDecimal, formatPercent, formatSigned } from '../../../src/lib/journey/format-number';

describe('number formatting', () => {
  it('rounds half away from zero with a true minus sign', () => {
    expect(formatDecimal(-1.25, 1)).toBe('−1.3');
    expect(formatDecimal(2.5)).toBe('3');
    expect(formatDecimal(-0.04, 1)).toBe('0.0');
  });

  it('writes the sign of signed values', () => {
    expect(formatSigned(30)).toBe('+30');
    expect(formatSigned(-12.4)).toBe('−12');
    expect(formatSigned(0)).toBe('0');
    expect(formatSigned(0.5, 1)).toBe('+0.5');
  });

  it('writes shares as whole percentages', () => {
    expect(formatPercent(0.6)).toBe('60%');
    expect(formatPercent(0.125)).toBe('13%');
  });

  it('never prints NaN or Infinity', () => {
    expect(formatDecimal(Number.NaN)).toBe('–');
    expect(formatSigned(Number.POSITIVE_INFINITY)).toBe('–');
    expect(formatPercent(Number.NaN)).toBe('–%');
  });
});

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
