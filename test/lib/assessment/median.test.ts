import { expect, test } from 'vitest';
import { getMedian } from '../../../src/lib/assessment/median.ts';

test('an odd count gives the middle value, whatever the order', () => {
  expect(getMedian([4, 1, 3])).toBe(3);
});

test('an even count gives the mean of the two middle values', () => {
  expect(getMedian([5, 1, 2, 4])).toBe(3);
  expect(getMedian([2, 3])).toBe(2.5);
});

test('one value is its own median', () => {
  expect(getMedian([2])).toBe(2);
});

test('does not reorder its input', () => {
  const values = [3, 1, 2];
  getMedian(values);
  expect(values).toEqual([3, 1, 2]);
});

test('an empty list has no median', () => {
  expect(() => getMedian([])).toThrowErrorMatchingInlineSnapshot(`[RangeError: median requires at least one value]`);
});
