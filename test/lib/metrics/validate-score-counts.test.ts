import { describe, expect, it } from 'vitest';
import { validateScoreCounts } from '../../../src/lib/metrics/validate-score-counts.ts';
import { NPS_SCALE } from '../../../src/lib/metrics/score-scale.ts';

describe('validateScoreCounts', () => {
  it('returns the total', () => {
    expect(validateScoreCounts([0, 0, 0, 0, 0, 0, 1, 0, 0, 2, 1], NPS_SCALE)).toEqual({ ok: true, value: 4 });
  });

  it('refuses the wrong length', () => {
    expect(validateScoreCounts([1, 2], NPS_SCALE)).toEqual({ ok: false, error: { kind: 'wrong-length', expected: 11, actual: 2 } });
  });

  it('names a count that is negative, fractional or not finite', () => {
    expect(validateScoreCounts([1, -1, 0], { min: 1, max: 3 })).toEqual({ ok: false, error: { kind: 'invalid-count', score: 2, value: -1 } });
    expect(validateScoreCounts([1, 0.5, 0], { min: 1, max: 3 })).toEqual({ ok: false, error: { kind: 'invalid-count', score: 2, value: 0.5 } });
    expect(validateScoreCounts([Infinity, 0, 0], { min: 1, max: 3 })).toEqual({ ok: false, error: { kind: 'invalid-count', score: 1, value: Infinity } });
    expect(validateScoreCounts([2 ** 53, 0, 0], { min: 1, max: 3 })).toMatchObject({ ok: false, error: { kind: 'invalid-count', score: 1 } });
  });

  it('refuses totals past exact whole numbers', () => {
    expect(validateScoreCounts([2 ** 52, 2 ** 52, 0], { min: 1, max: 3 })).toEqual({ ok: false, error: { kind: 'too-many-responses' } });
  });

  it('refuses all zeros', () => {
    expect(validateScoreCounts([0, 0, 0], { min: 1, max: 3 })).toEqual({ ok: false, error: { kind: 'no-responses' } });
  });
});
