import { describe, expect, test } from 'vitest';
import { hasDisagreement, summarizeValues } from '../../../src/lib/assessment/value-summary.ts';

describe('summarizeValues', () => {
  test('median, range and count; an even count averages the middle two', () => {
    expect(summarizeValues([1, 4, 2, 3])).toEqual({ count: 4, median: 2.5, min: 1, max: 4, spread: 3 });
    expect(summarizeValues([3, 3, 2, 5])).toEqual({ count: 4, median: 3, min: 2, max: 5, spread: 3 });
  });

  test('an odd count takes the middle value', () => {
    expect(summarizeValues([5, 1, 3])).toEqual({ count: 3, median: 3, min: 1, max: 5, spread: 4 });
  });

  test('nothing to summarise', () => {
    expect(summarizeValues([])).toBeUndefined();
  });
});

describe('hasDisagreement', () => {
  test('answers two or more levels apart disagree', () => {
    expect(hasDisagreement([2, 4])).toBe(true);
    expect(hasDisagreement([1, 3, 2])).toBe(true);
  });

  test('neighbouring levels, equal answers or a single answer do not', () => {
    expect(hasDisagreement([2, 3, 3, 2])).toBe(false);
    expect(hasDisagreement([4, 4])).toBe(false);
    expect(hasDisagreement([1])).toBe(false);
    expect(hasDisagreement([])).toBe(false);
  });

  test('works on dimension levels too: 1.9 apart in score can still be two levels apart', () => {
    expect(hasDisagreement([1, 3])).toBe(true);
  });
});
