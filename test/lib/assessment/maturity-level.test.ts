import { describe, expect, test } from 'vitest';
import { getLevelForScore, getNextLevel, isMaturityLevel } from '../../../src/lib/assessment/maturity-level.ts';

describe('getLevelForScore', () => {
  test.each([
    [1, 1],
    [1.7999, 1],
    [1.8, 2],
    [2.5999, 2],
    [2.6, 3],
    [3.3999, 3],
    [3.4, 4],
    [4.1999, 4],
    [4.2, 5],
    [5, 5],
  ] as const)('a score of %s is level %s', (score, level) => {
    expect(getLevelForScore(score)).toBe(level);
  });

  test('a score outside 1–5 is a programmer error', () => {
    expect(() => getLevelForScore(0.99)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: getLevelForScore requires a score from 1 to 5, got 0.99]`,
    );
    expect(() => getLevelForScore(5.01)).toThrow(RangeError);
    expect(() => getLevelForScore(Number.NaN)).toThrow(RangeError);
  });
});

describe('getNextLevel', () => {
  test('goes one level up and stays at 5', () => {
    expect([1, 2, 3, 4, 5].map((level) => getNextLevel(level as 1 | 2 | 3 | 4 | 5))).toEqual([2, 3, 4, 5, 5]);
  });
});

describe('isMaturityLevel', () => {
  test('accepts the integers 1 to 5 only', () => {
    expect([0, 1, 3, 5, 6, 2.5, '3', undefined].map(isMaturityLevel)).toEqual([false, true, true, true, false, false, false, false]);
  });
});
