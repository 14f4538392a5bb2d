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
      textLabels: [{ label: 'x', key: 'x', count: 1 }],
      mapped: 0,
      excluded: 0,
      outside: {},
    });
  });

  it('counts answers written as words through the label mapping, and keeps the words to offer one', () => {
    const tally = createScoreTally({ min: 1, max: 5 }, 1000, { 'very satisfied': 5, 'n/a': null });
    addScoreToTally(tally, Number.NaN, 1, undefined, () => 'Very Satisfied');
    addScoreToTally(tally, Number.NaN, 2, undefined, () => ' very satisfied.');
    addScoreToTally(tally, Number.NaN, 3, undefined, () => 'N/A');
    addScoreToTally(tally, 7, 4, 2, () => '7', () => ' R_9 ');
    addScoreToTally(tally, 7, 5, 2, () => '7');
    const result = finishScoreTally(tally, false);
    if (result.kind !== 'parsed') throw new Error('expected parsed');
    expect(result.counts).toEqual([0, 0, 0, 0, 2]);
    expect(result.mapped).toBe(2);
    expect(result.textLabels).toEqual([
      { label: 'Very Satisfied', key: 'very satisfied', count: 2 },
      { label: 'N/A', key: 'n/a', count: 1 },
    ]);
    // Whole numbers off the scale are counted by value, to suggest a scale that fits.
    expect(result.outside).toEqual({ 7: 2 });
    expect(result.issues[1]).toEqual({ kind: 'out-of-range', line: 4, column: 2, responseId: 'R_9', text: '7', value: 7, min: 1, max: 5 });
  });

  it('reads a score written out of the scale’s top (9/10 on 0–10), and names the slash otherwise', () => {
    const tally = createScoreTally(NPS_SCALE);
    addScoreToTally(tally, Number.NaN, 1, undefined, () => '9/10');
    addScoreToTally(tally, Number.NaN, 2, undefined, () => '4 / 5');
    const result = finishScoreTally(tally, false);
    if (result.kind !== 'parsed') throw new Error('expected parsed');
    expect(result.n).toBe(1);
    expect(result.counts[9]).toBe(1);
    expect(result.issues).toEqual([{ kind: 'not-a-number', line: 2, text: '4 / 5', outOf: 5 }]);
    // On 1-5, "9/10" is named as a score out of 10 and points at a scale that holds 9.
    const onFive = createScoreTally({ min: 1, max: 5 });
    addScoreToTally(onFive, Number.NaN, 1, undefined, () => '9/10');
    const five = finishScoreTally(onFive, false);
    expect(five.kind === 'parsed' && five.outside).toEqual({ 9: 1 });
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
