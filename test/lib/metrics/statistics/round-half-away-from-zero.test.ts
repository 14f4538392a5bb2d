import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { roundHalfAwayFromZero } from '../../../../src/lib/metrics/statistics/round-half-away-from-zero.ts';

describe('roundHalfAwayFromZero', () => {
  it('rounds halves away from zero on both sides', () => {
    expect(roundHalfAwayFromZero(12.5)).toBe(13);
    expect(roundHalfAwayFromZero(-12.5)).toBe(-13);
    expect(roundHalfAwayFromZero(0.5)).toBe(1);
    expect(roundHalfAwayFromZero(-0.5)).toBe(-1);
    expect(roundHalfAwayFromZero(2.5)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5)).toBe(-3);
  });

  it('rounds other values to the nearest', () => {
    expect(roundHalfAwayFromZero(12.4)).toBe(12);
    expect(roundHalfAwayFromZero(-12.4)).toBe(-12);
    expect(roundHalfAwayFromZero(12.6)).toBe(13);
    expect(roundHalfAwayFromZero(-12.6)).toBe(-13);
  });

  it('treats decimal halves stored just below the half as halves', () => {
    expect(0.285 * 100).toBe(28.499999999999996);
    expect(roundHalfAwayFromZero(0.285 * 100)).toBe(29);
    expect(roundHalfAwayFromZero(0.285, 2)).toBe(0.29);
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01);
    expect(roundHalfAwayFromZero(-1.005, 2)).toBe(-1.01);
    expect(roundHalfAwayFromZero(1.255, 2)).toBe(1.26);
    expect(roundHalfAwayFromZero(8.345, 2)).toBe(8.35);
  });

  it('does not round genuinely smaller values up', () => {
    expect(roundHalfAwayFromZero(28.4999)).toBe(28);
    expect(roundHalfAwayFromZero(0.2849, 2)).toBe(0.28);
  });

  it('never returns negative zero', () => {
    expect(Object.is(roundHalfAwayFromZero(-0.4), 0)).toBe(true);
    expect(Object.is(roundHalfAwayFromZero(-0), 0)).toBe(true);
    expect(Object.is(roundHalfAwayFromZero(-0.001, 2), 0)).toBe(true);
  });

  it('leaves whole numbers, huge numbers and non-finite values alone', () => {
    expect(roundHalfAwayFromZero(42)).toBe(42);
    expect(roundHalfAwayFromZero(9007199254740993)).toBe(9007199254740993);
    expect(roundHalfAwayFromZero(1e300, 2)).toBe(1e300);
    expect(roundHalfAwayFromZero(Infinity)).toBe(Infinity);
    expect(roundHalfAwayFromZero(Number.NaN)).toBeNaN();
  });

  it('is odd: round(−x) = −round(x)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 6 }), (value, decimals) => {
        expect(roundHalfAwayFromZero(-value, decimals)).toBe(-roundHalfAwayFromZero(value, decimals) || 0);
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });

  it('moves a value by at most half a unit', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 4 }), (value, decimals) => {
        expect(Math.abs(roundHalfAwayFromZero(value, decimals) - value)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });

  it('refuses decimals that are not 0 to 15 whole places', () => {
    expect(() => roundHalfAwayFromZero(1, 1.5)).toThrowErrorMatchingInlineSnapshot(`[Error: roundHalfAwayFromZero requires 0 to 15 whole decimals, got 1.5]`);
    expect(() => roundHalfAwayFromZero(1, -1)).toThrow();
    expect(() => roundHalfAwayFromZero(1, 16)).toThrow();
  });
});
