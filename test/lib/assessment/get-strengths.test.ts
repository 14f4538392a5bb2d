import { describe, expect, test } from 'vitest';
import { getStrengths } from '../../../src/lib/assessment/get-strengths.ts';
import { getLevelForScore } from '../../../src/lib/assessment/maturity-level.ts';
import type { DimensionScore } from '../../../src/lib/assessment/score-dimension.ts';

const counts = { asked: 4, answered: 4, dontKnow: 0, notApplicable: 0, unanswered: 0 };

function scored(dimensionId: string, score: number): DimensionScore {
  return { status: 'scored', dimensionId, score, level: getLevelForScore(score), counts };
}

describe('getStrengths', () => {
  test('lists dimensions at or above their target', () => {
    const results = [scored('a', 3), scored('b', 2), scored('c', 4.5)];
    expect(getStrengths(results, { a: 3, b: 3, c: 5 })).toEqual([
      { dimensionId: 'a', score: 3, level: 3, reason: 'target-met' },
      { dimensionId: 'c', score: 4.5, level: 5, reason: 'target-met' },
    ]);
  });

  test('falls back to the two top scores when no target is met', () => {
    const results = [scored('a', 2), scored('b', 3.25), scored('c', 1.5), scored('d', 2.75)];
    expect(getStrengths(results, { a: 3, b: 4, c: 2, d: 4 })).toEqual([
      { dimensionId: 'b', score: 3.25, level: 3, reason: 'top-score' },
      { dimensionId: 'd', score: 2.75, level: 3, reason: 'top-score' },
    ]);
  });

  test('an even profile has no top-score strengths', () => {
    expect(getStrengths([scored('a', 2), scored('b', 2)], { a: 3, b: 3 })).toEqual([]);
  });

  test('nothing scored, no strengths', () => {
    expect(getStrengths([{ status: 'not-enough-answers', dimensionId: 'a', reason: 'too-many-unknown', counts }], {})).toEqual([]);
  });
});
