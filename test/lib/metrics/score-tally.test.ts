import { describe, expect, it } from 'vitest';
import { addScoreToTally, createScoreTally, finishScoreTally } from '../../../src/lib/metrics/score-tally.ts';
import { NPS_SCALE } from '../../../src/lib/metrics/score-scale.ts';

describe('score tally', () => {
  it('is empty until a value is seen, blanks included', () => {
    const tally = createScoreTally(NPS_SCALE);
    addScoreToTally(tally, null, 1, undefined, () => '');
    expect(finishScoreTally(tally, false)).toEqual({ kind: 'empty' });
  });

  it('counts valid values and classifies problems in order', () => {
    const tally = createScoreTally({ min: 1, max: 5 });
    addScoreToTally(tally, 4, 1, undefined, () => '4');
    addScoreToTally(tally, Number.NaN, 2, 3, () => '"x"');
    addScoreToTally(tally, 5.5, 3, undefined, () => '5.5');
    addScoreToTally(tally, 2.5, 4, undefined, () => '2,5');
    expect(finishScoreTally(tally, true)).toEqual({
      kind: 'parsed',
      scale: { min: 1, max: 5 },
      counts: [0, 0, 0, 1, 0],
      n: 1,
      leftOut: 3,
      leftOutByKind: { 'not-a-number': 1, 'out-of-range': 1, 'not-whole': 1 },
      issues: [
        { kind: 'not-a-number', line: 2, column: 3, text: 'x' },
        { kind: 'out-of-range', line: 3, text: '5.5', value: 5.5, min: 1, max: 5 },
        { kind: 'not-whole', line: 4, text: '2,5', value: 2.5 },
      ],
      decimalComma: true,
    });
  });

  it('only asks for the text of problems', () => {
    const tally = createScoreTally(NPS_SCALE);
    addScoreToTally(tally, 9, 1, undefined, () => {
      throw new Error('should not be called');
    });
    expect(tally.n).toBe(1);
  });

  it('refuses a negative issue limit (a programmer error)', () => {
    expect(() => createScoreTally(NPS_SCALE, -1)).toThrowErrorMatchingInlineSnapshot(`[Error: maxIssues must be a whole number >= 0, got -1]`);
  });
});
