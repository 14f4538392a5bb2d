import { expect, test } from 'vitest';
import { roundScore } from '../../../src/lib/assessment/round-score.ts';

test('rounds to two decimals', () => {
  expect(roundScore(5 / 3)).toBe(1.67);
  expect(roundScore(7 / 3)).toBe(2.33);
});

test('rounds a true half up even when binary floating point stores it just below', () => {
  expect(roundScore(2.675)).toBe(2.68);
  expect(roundScore(1.005)).toBe(1.01);
});

test('lands exactly on a band edge, so 1.796875 reads as 1.8', () => {
  expect(roundScore(1.796875)).toBe(1.8);
});
