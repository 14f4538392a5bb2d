import { describe, expect, test } from 'vitest';
import { dimensionTargetsSchema, getDefaultTarget, resolveTargets } from '../../../src/lib/assessment/dimension-targets.ts';
import type { DimensionScore } from '../../../src/lib/assessment/score-dimension.ts';

const counts = { asked: 4, answered: 4, dontKnow: 0, notApplicable: 0, unanswered: 0 };
const results: readonly DimensionScore[] = [
  { status: 'scored', dimensionId: 'a', score: 2, level: 2, counts },
  { status: 'scored', dimensionId: 'b', score: 5, level: 5, counts },
  { status: 'not-enough-answers', dimensionId: 'c', reason: 'too-many-unknown', counts },
];

describe('getDefaultTarget', () => {
  test('is one level above today, capped at 5', () => {
    expect(getDefaultTarget(1)).toBe(2);
    expect(getDefaultTarget(4)).toBe(5);
    expect(getDefaultTarget(5)).toBe(5);
  });
});

describe('resolveTargets', () => {
  test('defaults every scored dimension and skips unscored ones', () => {
    expect(resolveTargets(results)).toEqual({ a: 3, b: 5 });
  });

  test('keeps the user\'s choice, even below today, and ignores unknown ids', () => {
    expect(resolveTargets(results, { a: 5, b: 4, zzz: 2, c: 3 })).toEqual({ a: 5, b: 4 });
  });
});

describe('dimensionTargetsSchema', () => {
  test('accepts levels and rejects anything else', () => {
    expect(dimensionTargetsSchema.safeParse({ a: 3 }).success).toBe(true);
    expect(dimensionTargetsSchema.safeParse({ a: 6 }).success).toBe(false);
    expect(dimensionTargetsSchema.safeParse({ a: '3' }).success).toBe(false);
  });
});
