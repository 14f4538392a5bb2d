import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calculateCes } from '../../../src/lib/metrics/ces.ts';
import { CES_SCALE } from '../../../src/lib/metrics/score-scale.ts';
import type { Result } from '../../../src/lib/result.ts';

function unwrap<T>(result: Result<T, unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('calculateCes (CES 2.0)', () => {
  it('works through ten answers', () => {
    const result = unwrap(calculateCes([0, 0, 1, 1, 2, 3, 3]));
    expect(result).toMatchObject({ variant: 'ces-2.0', direction: 'higher-is-easier', scale: CES_SCALE, n: 10, agreeCount: 8, agreeShare: 0.8 });
    expect(result.meanAgreement).toBeCloseTo(5.6, 14);
    expect(result.standardDeviation).toBeCloseTo(1.3498971154211057, 13);
    expect(result.meanInterval).toMatchObject({ kind: 'interval', degreesOfFreedom: 9 });
    if (result.meanInterval.kind === 'interval') {
      expect(result.meanInterval.lower).toBeCloseTo(4.634341776133632, 11);
      expect(result.meanInterval.upper).toBeCloseTo(6.565658223866367, 11);
    }
    // %6–7 = 60%, %1–3 = 10%.
    expect(result.netScore).toBe(50);
    expect(result.agreeInterval.lower).toBeCloseTo(0.4901624715366418, 12);
    expect(result.distribution).toEqual([0, 0, 1, 1, 2, 3, 3]);
  });

  it('matches a larger sample', () => {
    const result = unwrap(calculateCes([2, 1, 3, 5, 10, 20, 9]));
    expect(result.meanAgreement).toBeCloseTo(5.32, 13);
    expect(result.meanInterval).toMatchObject({ lower: expect.closeTo(4.896361633833854, 11), upper: expect.closeTo(5.743638366166147, 11) });
    expect(result.agreeShare).toBeCloseTo(0.78, 14);
    expect(result.netScore).toBeCloseTo(46, 12);
    expect(result.warnings).toEqual([]);
  });

  it('gives no mean interval for a single answer, and says so', () => {
    const result = unwrap(calculateCes([0, 0, 0, 0, 0, 1, 0]));
    expect(result.meanInterval).toEqual({ kind: 'unavailable', reason: 'single-response' });
    expect(result.standardDeviation).toBeNull();
    expect(result.warnings).toEqual(['single-response', 'no-variation', 'wide-interval']);
  });

  it('keeps the net score within [−100, 100]', () => {
    expect(unwrap(calculateCes([5, 0, 0, 0, 0, 0, 0])).netScore).toBe(-100);
    expect(unwrap(calculateCes([0, 0, 0, 0, 0, 0, 5])).netScore).toBe(100);
    expect(unwrap(calculateCes([0, 0, 0, 4, 0, 0, 0])).netScore).toBe(0);
  });

  it('rejects bad counts, including CES 1.0 counts', () => {
    expect(calculateCes([4, 3, 2, 1, 0])).toEqual({ ok: false, error: { kind: 'wrong-length', expected: 7, actual: 5 } });
    expect(calculateCes([0, 0, 0, 0, 0, 0, 0])).toEqual({ ok: false, error: { kind: 'no-responses' } });
    expect(calculateCes([0, 0, 0, 0, 0, 0, 0.5])).toEqual({ ok: false, error: { kind: 'invalid-count', score: 7, value: 0.5 } });
  });

  it('keeps every figure finite and on its scale', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(40), { minLength: 7, maxLength: 7 }).filter((counts) => counts.some((count) => count > 0)), (counts) => {
        const result = unwrap(calculateCes(counts));
        expect(result.meanAgreement).toBeGreaterThanOrEqual(1);
        expect(result.meanAgreement).toBeLessThanOrEqual(7);
        expect(result.netScore).toBeGreaterThanOrEqual(-100);
        expect(result.netScore).toBeLessThanOrEqual(100);
        if (result.meanInterval.kind === 'interval') {
          expect(result.meanInterval.lower).toBeGreaterThanOrEqual(1);
          expect(result.meanInterval.upper).toBeLessThanOrEqual(7);
          expect(result.meanInterval.lower).toBeLessThanOrEqual(result.meanAgreement);
        }
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });
});
