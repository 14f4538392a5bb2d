import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCountFields } from '../../../src/lib/metrics/parse-count-fields.ts';
import { NPS_SCALE } from '../../../src/lib/metrics/score-scale.ts';

describe('parseCountFields', () => {
  it('reads counts per score, blanks as 0', () => {
    expect(parseCountFields(['', '', '', '', '', '', '3', '', '5', '10', '12'], NPS_SCALE)).toEqual({
      kind: 'counts',
      counts: [0, 0, 0, 0, 0, 0, 3, 0, 5, 10, 12],
      n: 30,
    });
  });

  it('says empty when every field is blank', () => {
    expect(parseCountFields(new Array<string>(11).fill(' '), NPS_SCALE)).toEqual({ kind: 'empty' });
  });

  it('allows all zeros (n = 0) for the calculator to reject', () => {
    expect(parseCountFields(['0', '0', '0', '0', '0'], { min: 1, max: 5 })).toEqual({ kind: 'counts', counts: [0, 0, 0, 0, 0], n: 0 });
  });

  it('lists every bad field by its score', () => {
    expect(parseCountFields(['1', 'x', '-2', '2.5', '4'], { min: 1, max: 5 })).toEqual({
      kind: 'invalid',
      issues: [
        { score: 2, error: { kind: 'not-a-number', text: 'x' } },
        { score: 3, error: { kind: 'negative', value: -2 } },
        { score: 4, error: { kind: 'not-whole', value: 2.5 } },
      ],
    });
  });

  it('refuses the wrong number of fields (a programmer error)', () => {
    expect(() => parseCountFields(['1', '2'], NPS_SCALE)).toThrowErrorMatchingInlineSnapshot(`[Error: parseCountFields requires 11 fields for 0–10, got 2]`);
  });

  it('never throws on any strings', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 7, maxLength: 7 }), (fields) => {
        const result = parseCountFields(fields, { min: 1, max: 7 });
        if (result.kind === 'counts') expect(result.counts.reduce((sum, count) => sum + count, 0)).toBe(result.n);
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });
});
