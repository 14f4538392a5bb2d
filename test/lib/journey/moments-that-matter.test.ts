import fc from 'fast-check';
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

  it('never calls a neutral or positive stage a moment, even the lowest of its curve', () => {
    // Issue 15: a neutral point was called a "moment that matters" (lowest of [1, 0, 2]).
    expect(moments([1, 0, 2])).toEqual([]);
    expect(moments([2, 0, 2, 0])).toEqual([]);
    expect(moments([2, 1, 2])).toEqual([]);
    expect(moments([0, -0.25, 0])).toEqual([['s2', 'lowest']]);
  });

  it('never returns a score at or above neutral, whatever the curve (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.constantFrom<number>(-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2), { nil: null }), { maxLength: 12 }), (scores) => {
        const found = getMomentsThatMatter(curveWithScores(scores));
        expect(found.every((moment) => moment.point.score < 0)).toBe(true);
        // A curve with any negative score has at least its lowest point called out.
        const negatives = scores.filter((score): score is number => score !== null && score < 0);
        expect(found.length > 0).toBe(negatives.length > 0);
      }),
      { numRuns: 200 },
    );
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
