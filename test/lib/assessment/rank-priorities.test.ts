import { describe, expect, test } from 'vitest';
import { getLevelForScore } from '../../../src/lib/assessment/maturity-level.ts';
import { rankPriorities } from '../../../src/lib/assessment/rank-priorities.ts';
import type { DimensionScore } from '../../../src/lib/assessment/score-dimension.ts';

const counts = { asked: 4, answered: 4, dontKnow: 0, notApplicable: 0, unanswered: 0 };

function scored(dimensionId: string, score: number): DimensionScore {
  return { status: 'scored', dimensionId, score, level: getLevelForScore(score), counts };
}

const ids = (gaps: readonly { dimensionId: string }[]) => gaps.map((gap) => gap.dimensionId);

describe('rankPriorities', () => {
  test('puts the largest level gap first', () => {
    const results = [scored('a', 2), scored('b', 1.5)];
    const ranked = rankPriorities(results, { a: 3, b: 4 });
    expect(ranked).toEqual([
      { dimensionId: 'b', score: 1.5, currentLevel: 1, targetLevel: 4, levelGap: 3, scoreGap: 1.9, disagreement: undefined },
      { dimensionId: 'a', score: 2, currentLevel: 2, targetLevel: 3, levelGap: 1, scoreGap: 0.6, disagreement: undefined },
    ]);
  });

  test('with equal level gaps, the score further below the target band comes first', () => {
    // Both Emerging aiming for Defined (2.6): 1.9 has 0.7 to go, 2.5 has 0.1.
    const ranked = rankPriorities([scored('a', 2.5), scored('b', 1.9)], { a: 3, b: 3 });
    expect(ranked.map((gap) => [gap.dimensionId, gap.scoreGap])).toEqual([
      ['b', 0.7],
      ['a', 0.1],
    ]);
  });

  test('with equal level gaps across levels, foundations come first: the lower score wins', () => {
    // Default targets: Embedded 3.5 is 0.7 below Customer-led, Reactive 1.5 only 0.3 below Emerging,
    // but the Reactive dimension holds the overall level down, so it leads.
    const ranked = rankPriorities([scored('strong', 3.5), scored('weak', 1.5)], { strong: 5, weak: 2 });
    expect(ranked.map((gap) => [gap.dimensionId, gap.scoreGap])).toEqual([
      ['weak', 0.3],
      ['strong', 0.7],
    ]);
  });

  test('with equal gaps, more team disagreement comes first', () => {
    const results = [scored('a', 2), scored('b', 2), scored('c', 2)];
    expect(ids(rankPriorities(results, { a: 3, b: 3, c: 3 }, { a: 0.5, b: 2.25 }))).toEqual(['b', 'a', 'c']);
  });

  test('team disagreement breaks a level-gap tie before the score does, as the published rule says', () => {
    // Both one level short; the team is split on 'split' although 'low' scores lower.
    const results = [scored('low', 1.5), scored('split', 2.4)];
    expect(ids(rankPriorities(results, { low: 2, split: 3 }, { split: 2 }))).toEqual(['split', 'low']);
    expect(ids(rankPriorities(results, { low: 2, split: 3 }))).toEqual(['low', 'split']);
  });

  test('with everything equal, bank order decides', () => {
    const results = [scored('a', 3), scored('b', 3), scored('c', 3)];
    expect(ids(rankPriorities(results, { a: 4, b: 4, c: 4 }, { a: 1, b: 1, c: 1 }))).toEqual(['a', 'b', 'c']);
  });

  test('leaves out dimensions at, above or without a target, and unscored ones', () => {
    const results: DimensionScore[] = [
      scored('at', 3),
      scored('above', 4),
      scored('none', 2),
      { status: 'not-enough-answers', dimensionId: 'unscored', reason: 'too-many-unknown', counts },
      scored('below', 2),
    ];
    expect(ids(rankPriorities(results, { at: 3, above: 2, unscored: 5, below: 3 }))).toEqual(['below']);
  });

  test('keeps the disagreement measure it was given', () => {
    expect(rankPriorities([scored('a', 2)], { a: 3 }, { a: 1.5 })[0]?.disagreement).toBe(1.5);
  });
});
