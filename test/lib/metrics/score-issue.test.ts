import { describe, expect, it } from 'vitest';
import { describeScoreIssue } from '../../../src/lib/metrics/score-issue.ts';

describe('describeScoreIssue', () => {
  it('says what is wrong and where', () => {
    expect(describeScoreIssue({ kind: 'not-a-number', line: 2, text: 'n/a' })).toMatchInlineSnapshot(`"Line 2: "n/a" is not a number"`);
    expect(describeScoreIssue({ kind: 'out-of-range', line: 4, text: '11', value: 11, min: 0, max: 10 })).toMatchInlineSnapshot(`"Line 4: "11" is outside the scale 0–10"`);
    expect(describeScoreIssue({ kind: 'not-whole', line: 7, column: 3, text: '4,5', value: 4.5 })).toMatchInlineSnapshot(`"Row 7, column 3: "4,5" is not a whole number"`);
    expect(describeScoreIssue({ kind: 'not-a-number', line: 9, column: 18, responseId: 'R_1a2B', text: 'n/a' })).toBe('Row 9, column 18 (response R_1a2B): "n/a" is not a number');
    expect(describeScoreIssue({ kind: 'not-a-number', line: 4, text: '9/10', outOf: 10 })).toBe('Line 4: "9/10" is a score out of 10, not on this scale');
    expect(describeScoreIssue({ kind: 'not-a-number', line: 3, text: 'n/a', excluded: true })).toBe('Line 3: "n/a" does not count (your label scores)');
    expect(describeScoreIssue({ kind: 'not-a-number', line: 2, text: '9½', character: '½' })).toBe('Line 2: "9½" is not a number ("½", U+00BD, cannot be part of one)');
  });
});
