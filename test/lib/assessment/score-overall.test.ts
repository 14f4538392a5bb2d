import { describe, expect, test } from 'vitest';
import { getLevelForScore } from '../../../src/lib/assessment/maturity-level.ts';
import type { DimensionScore } from '../../../src/lib/assessment/score-dimension.ts';
import { scoreOverall } from '../../../src/lib/assessment/score-overall.ts';

const counts = { asked: 4, answered: 4, dontKnow: 0, notApplicable: 0, unanswered: 0 };

function scored(dimensionId: string, score: number): DimensionScore {
  return { status: 'scored', dimensionId, score, level: getLevelForScore(score), counts };
}

function unscored(dimensionId: string): DimensionScore {
  return { status: 'not-enough-answers', dimensionId, reason: 'too-many-unknown', counts: { ...counts, answered: 0, dontKnow: 4 } };
}

describe('scoreOverall', () => {
  test('is the mean of the scored dimensions', () => {
    const result = scoreOverall([scored('a', 2), scored('b', 3), scored('c', 2.5), scored('d', 2.5)]);
    expect(result).toEqual({
      status: 'scored',
      score: 2.5,
      level: 2,
      cap: { applied: false },
      scoredDimensionIds: ['a', 'b', 'c', 'd'],
      unscoredDimensionIds: [],
    });
  });

  test('a mean of exactly 1.8 is Emerging', () => {
    const result = scoreOverall([scored('a', 1), scored('b', 2), scored('c', 2), scored('d', 2), scored('e', 2)]);
    expect(result).toMatchObject({ status: 'scored', score: 1.8, level: 2 });
  });

  test('a mean of 1.79 is Reactive', () => {
    const result = scoreOverall([scored('a', 1.5), scored('b', 2), scored('c', 1.87)]);
    expect(result).toMatchObject({ score: 1.79, level: 1 });
  });

  test('caps the level at the weakest dimension + 1 and says so', () => {
    const result = scoreOverall([
      scored('a', 4.5),
      scored('b', 4.5),
      scored('c', 1.5),
      scored('d', 4.5),
      scored('e', 4.5),
      scored('f', 4.5),
      scored('g', 4.5),
      scored('h', 4.5),
    ]);
    expect(result).toEqual({
      status: 'scored',
      score: 4.13,
      level: 2,
      cap: { applied: true, uncappedLevel: 4, weakestLevel: 1, weakestDimensionIds: ['c'] },
      scoredDimensionIds: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
      unscoredDimensionIds: [],
    });
  });

  test('does not apply the cap when the level is already within one of the weakest', () => {
    const result = scoreOverall([scored('a', 2), scored('b', 3.5), scored('c', 3.5)]);
    expect(result).toMatchObject({ score: 3, level: 3, cap: { applied: false } });
  });

  test('lists every dimension at the weakest level', () => {
    const result = scoreOverall([scored('a', 1.25), scored('b', 5), scored('c', 1.5), scored('d', 5), scored('e', 5), scored('f', 5)]);
    expect(result).toMatchObject({ level: 2, cap: { applied: true, uncappedLevel: 4, weakestDimensionIds: ['a', 'c'] } });
  });

  test('leaves unscored dimensions out of the mean and lists them', () => {
    const result = scoreOverall([scored('a', 2), unscored('b'), scored('c', 4)]);
    expect(result).toMatchObject({ status: 'scored', score: 3, scoredDimensionIds: ['a', 'c'], unscoredDimensionIds: ['b'] });
  });

  test('half the dimensions scored is enough', () => {
    const result = scoreOverall([scored('a', 3), scored('b', 3), unscored('c'), unscored('d')]);
    expect(result.status).toBe('scored');
  });

  test('more than half unscored is not enough answers', () => {
    expect(scoreOverall([scored('a', 3), unscored('b'), unscored('c')])).toEqual({
      status: 'not-enough-answers',
      scoredDimensionIds: ['a'],
      unscoredDimensionIds: ['b', 'c'],
    });
  });

  test('nothing scored is not enough answers', () => {
    expect(scoreOverall([unscored('a')]).status).toBe('not-enough-answers');
    expect(scoreOverall([]).status).toBe('not-enough-answers');
  });
});
