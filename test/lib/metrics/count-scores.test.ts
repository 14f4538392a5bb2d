import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countScores } from '../../../src/lib/metrics/count-scores.ts';
import { NPS_SCALE } from '../../../src/lib/metrics/score-scale.ts';

describe('countScores', () => {
  it('counts answers per scale point', () => {
    expect(countScores([10, 9, 6, 9], NPS_SCALE)).toEqual({ ok: true, value: [0, 0, 0, 0, 0, 0, 1, 0, 0, 2, 1] });
    expect(countScores([1, 5, 5], { min: 1, max: 5 })).toEqual({ ok: true, value: [1, 0, 0, 0, 2] });
  });

  it('gives all zeros for no answers', () => {
    expect(countScores([], { min: 1, max: 3 })).toEqual({ ok: true, value: [0, 0, 0] });
  });

  it('names the first answer off the scale', () => {
    expect(countScores([9, 11, -1], NPS_SCALE)).toEqual({ ok: false, error: { kind: 'invalid-score', index: 1, value: 11 } });
    expect(countScores([4.5], NPS_SCALE)).toEqual({ ok: false, error: { kind: 'invalid-score', index: 0, value: 4.5 } });
    expect(countScores([Number.NaN], NPS_SCALE)).toMatchObject({ ok: false, error: { kind: 'invalid-score', index: 0 } });
  });

  it('sums to the number of answers and ignores their order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 })), (scores) => {
        const counts = countScores(scores, NPS_SCALE);
        const reversed = countScores([...scores].reverse(), NPS_SCALE);
        expect(counts).toEqual(reversed);
        if (counts.ok) expect(counts.value.reduce((sum, count) => sum + count, 0)).toBe(scores.length);
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });
});
