import { expect, test } from 'vitest';
import { getMean } from '../../../src/lib/assessment/mean.ts';

test('the mean of 2, 3 and 3 is 8/3', () => {
  expect(getMean([2, 3, 3])).toBeCloseTo(8 / 3, 12);
});

test('the mean of one value is that value', () => {
  expect(getMean([4])).toBe(4);
});

test('an empty list has no mean', () => {
  expect(() => getMean([])).toThrowErrorMatchingInlineSnapshot(`[RangeError: mean requires at least one value]`);
});
