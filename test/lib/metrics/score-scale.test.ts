import { describe, expect, it } from 'vitest';
import { NPS_SCALE, assertScoreScale, getScalePointCount, isSameScale } from '../../../src/lib/metrics/score-scale.ts';

describe('score scales', () => {
  it('has the 0–10 NPS scale', () => {
    expect(NPS_SCALE).toEqual({ min: 0, max: 10 });
    expect(getScalePointCount(NPS_SCALE)).toBe(11);
    expect(getScalePointCount({ min: 1, max: 5 })).toBe(5);
  });

  it('accepts whole-number scales', () => {
    expect(() => assertScoreScale({ min: 1, max: 1 }, 'test')).not.toThrow();
    expect(() => assertScoreScale({ min: -5, max: 5 }, 'test')).not.toThrow();
  });

  it('refuses other scales (a programmer error)', () => {
    expect(() => assertScoreScale({ min: 5, max: 1 }, 'parseScores')).toThrowErrorMatchingInlineSnapshot(`[Error: parseScores requires a scale of whole numbers with min <= max and at most 1001 points, got 5 to 1]`);
    expect(() => assertScoreScale({ min: 0.5, max: 1 }, 'test')).toThrow();
    expect(() => assertScoreScale({ min: 0, max: 5000 }, 'test')).toThrow();
  });

  it('tells the same scale from another by both ends', () => {
    expect(isSameScale(NPS_SCALE, { min: 0, max: 10 })).toBe(true);
    expect(isSameScale({ min: 1, max: 5 }, { min: 1, max: 7 })).toBe(false);
    expect(isSameScale({ min: 0, max: 5 }, { min: 1, max: 5 })).toBe(false);
  });
});
