import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calculateCsat } from '../../../src/lib/metrics/csat.ts';
import { CSAT_SCALES, DEFAULT_CSAT_SCALE } from '../../../src/lib/metrics/csat-scale.ts';
import type { CsatScaleId } from '../../../src/lib/metrics/csat-scale.ts';
import type { Result } from '../../../src/lib/result.ts';

function unwrap<T>(result: Result<T, unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('calculateCsat', () => {
  it('counts 4–5 as satisfied on the default 1–5 scale', () => {
    const result = unwrap(calculateCsat([1, 1, 2, 4, 2]));
    expect(result).toMatchObject({ scale: '1-5', min: 1, max: 5, threshold: 4, n: 10, satisfiedCount: 6, csat: 0.6, topBoxCount: 2, topBoxShare: 0.2 });
    expect(result.mean).toBeCloseTo(3.5, 14);
    expect(result.distribution).toEqual([1, 1, 2, 4, 2]);
    expect(result.interval.method).toBe('wilson');
    // Wilson 95% for 6 of 10.
    expect(result.interval.lower).toBeCloseTo(0.31267376973365824, 12);
    expect(result.interval.upper).toBeCloseTo(0.8318196702937638, 12);
    expect(result.warnings).toEqual(['wide-interval']);
  });

  it('matches the common worked example: 30 of 50 satisfied is 60%', () => {
    expect(unwrap(calculateCsat([5, 5, 10, 20, 10])).csat).toBe(0.6);
  });

  it('has sensible defaults on every scale', () => {
    expect(DEFAULT_CSAT_SCALE).toBe('1-5');
    expect(unwrap(calculateCsat([1, 1, 2], { scale: '1-3' }))).toMatchObject({ threshold: 3, satisfiedCount: 2 });
    expect(unwrap(calculateCsat([0, 0, 0, 0, 1, 1, 1], { scale: '1-7' }))).toMatchObject({ threshold: 6, satisfiedCount: 2 });
    expect(unwrap(calculateCsat([0, 0, 0, 0, 0, 0, 1, 1, 1, 1], { scale: '1-10' }))).toMatchObject({ threshold: 8, satisfiedCount: 3 });
  });

  it('lets the threshold change on every scale', () => {
    expect(unwrap(calculateCsat([1, 1, 2, 4, 2], { threshold: 5 }))).toMatchObject({ csat: 0.2 });
    expect(unwrap(calculateCsat([1, 1, 2, 4, 2], { threshold: 3 }))).toMatchObject({ csat: 0.8 });
    expect(unwrap(calculateCsat([0, 0, 0, 0, 0, 0, 1, 1, 1, 1], { scale: '1-10', threshold: 9 }))).toMatchObject({ csat: 0.5 });
  });

  it('validates the threshold', () => {
    expect(calculateCsat([1, 1, 2, 4, 2], { threshold: 6 })).toEqual({ ok: false, error: { kind: 'invalid-threshold', threshold: 6, min: 2, max: 5 } });
    expect(calculateCsat([1, 1, 2, 4, 2], { threshold: 1 })).toEqual({ ok: false, error: { kind: 'invalid-threshold', threshold: 1, min: 2, max: 5 } });
    expect(calculateCsat([1, 1, 2, 4, 2], { threshold: 3.5 })).toMatchObject({ ok: false, error: { kind: 'invalid-threshold' } });
    expect(calculateCsat([1, 1, 2], { scale: '1-3', threshold: Number.NaN })).toMatchObject({ ok: false, error: { kind: 'invalid-threshold', min: 2, max: 3 } });
  });

  it('rejects bad counts', () => {
    expect(calculateCsat([1, 1, 2])).toEqual({ ok: false, error: { kind: 'wrong-length', expected: 5, actual: 3 } });
    expect(calculateCsat([0, 0, 0, 0, 0])).toEqual({ ok: false, error: { kind: 'no-responses' } });
    expect(calculateCsat([0, -2, 0, 0, 1])).toEqual({ ok: false, error: { kind: 'invalid-count', score: 2, value: -2 } });
  });

  it('flags a single answer and answers that are all alike', () => {
    expect(unwrap(calculateCsat([0, 0, 0, 0, 1])).warnings).toEqual(['single-response', 'no-variation', 'wide-interval']);
    expect(unwrap(calculateCsat([0, 0, 0, 0, 500])).warnings).toEqual(['no-variation']);
  });

  it('uses the chosen confidence', () => {
    const at99 = unwrap(calculateCsat([1, 1, 2, 4, 2], { confidence: 99 }));
    const at90 = unwrap(calculateCsat([1, 1, 2, 4, 2], { confidence: 90 }));
    expect(at99.interval.upper - at99.interval.lower).toBeGreaterThan(at90.interval.upper - at90.interval.lower);
    expect(at99.confidence).toBe(99);
  });

  it('keeps shares in [0, 1] and the mean on the scale', () => {
    const scaleId = fc.constantFrom<CsatScaleId>('1-3', '1-5', '1-7', '1-10');
    fc.assert(
      fc.property(scaleId, fc.array(fc.nat(50), { minLength: 10, maxLength: 10 }), (id, pool) => {
        const { min, max } = CSAT_SCALES[id];
        const counts = pool.slice(0, max - min + 1);
        if (counts.every((count) => count === 0)) return;
        const result = unwrap(calculateCsat(counts, { scale: id }));
        expect(result.csat).toBeGreaterThanOrEqual(0);
        expect(result.csat).toBeLessThanOrEqual(1);
        expect(result.mean).toBeGreaterThanOrEqual(min);
        expect(result.mean).toBeLessThanOrEqual(max);
        expect(result.interval.lower).toBeLessThanOrEqual(result.csat + 1e-12);
        expect(result.interval.upper).toBeGreaterThanOrEqual(result.csat - 1e-12);
        expect(result.topBoxShare).toBeLessThanOrEqual(result.csat);
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });
});
