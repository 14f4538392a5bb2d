import { describe, expect, it } from 'vitest';
import type { EmotionCurve } from '../../../src/lib/journey/emotion-curve';
import { getMomentsThatMatter } from '../../../src/lib/journey/moments-that-matter';

function curveWithScores(scores: readonly (number | null)[]): EmotionCurve {
  return {
    id: 'p1:as-is',
    personaKey: 'p1',
    personaName: 'Ana',
    personaIndex: 0,
    curve: 'as-is',
    points: scores.map((score, stageIndex) => ({
      stageId: `s${stageIndex + 1}`,
      stageIndex,
      stageName: `Stage ${stageIndex + 1}`,
      score,
      source: score === null ? 'none' : 'stage',
    })),
  };
}

const moments = (scores: readonly (number | null)[]) => getMomentsThatMatter(curveWithScores(scores)).map((moment) => [moment.point.stageId, moment.reason]);

describe('getMomentsThatMatter', () => {
  it('calls out the lowest stage and any other negative dip', () => {
    expect(moments([1, -1, 2, -2, 0])).toEqual([
      ['s2', 'dip'],
      ['s4', 'lowest'],
    ]);
  });

  it('keeps every stage tied for lowest', () => {
    expect(moments([-2, 1, -2])).toEqual([
      ['s1', 'lowest'],
      ['s3', 'lowest'],
    ]);
  });

  it('skips gaps when comparing with neighbours', () => {
    expect(moments([0, null, -1, null, 1, -2])).toEqual([
      ['s3', 'dip'],
      ['s6', 'lowest'],
    ]);
  });

  it('does not call a dip what is not below neutral or not below both sides', () => {
    expect(moments([2, 1, 2, -1])).toEqual([['s4', 'lowest']]);
    expect(moments([0, -1, -1, -2])).toEqual([['s4', 'lowest']]);
  });

  it('calls out the low point of a curve that stays positive', () => {
    expect(moments([2, 1, 2])).toEqual([['s2', 'lowest']]);
  });

  it('has none for an unscored curve or a flat curve at or above neutral', () => {
    expect(moments([null, null])).toEqual([]);
    expect(moments([0, 0, 0])).toEqual([]);
    expect(moments([1])).toEqual([]);
  });

  it('calls out every stage of a flat negative curve', () => {
    expect(moments([-1, -1])).toEqual([
      ['s1', 'lowest'],
      ['s2', 'lowest'],
    ]);
  });

  it('handles a touchpoint average between scores', () => {
    expect(moments([0.5, -0.5, 1])).toEqual([['s2', 'lowest']]);
  });
});
