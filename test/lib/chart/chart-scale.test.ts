import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLinearScale, getDrawableDomain, getLabelStride, getNiceTicks, getTickCount, getTrianglePath, roundCoordinate } from '../../../src/lib/chart/chart-scale.ts';

// Expected positions are worked by hand: a value's share of the domain times the range's length, from its start.

describe('createLinearScale', () => {
  it('puts 0 of −100…100 in the middle and the ends at the ends', () => {
    const x = createLinearScale([-100, 100], [200, 600]);
    expect(x(0)).toBe(400);
    expect(x(-100)).toBe(200);
    expect(x(100)).toBe(600);
    // 25 is 125/200 = 62.5% along: 200 + 0.625 × 400.
    expect(x(25)).toBe(450);
  });

  it('runs backwards for a y axis (larger values higher up, smaller y)', () => {
    const y = createLinearScale([1, 7], [226, 24]);
    expect(y(1)).toBe(226);
    expect(y(7)).toBe(24);
    // 4 is half-way: (226 + 24) / 2.
    expect(y(4)).toBe(125);
  });

  it('holds values past the domain at its edges and draws what is not a number at the start', () => {
    const x = createLinearScale([0, 100], [0, 50]);
    expect(x(140)).toBe(50);
    expect(x(-3)).toBe(0);
    expect(x(Number.NaN)).toBe(0);
    expect(x(Number.POSITIVE_INFINITY)).toBe(0);
  });

  it('rounds to hundredths and never writes −0', () => {
    expect(createLinearScale([0, 3], [0, 1])(1)).toBe(0.33);
    expect(Object.is(roundCoordinate(-0.001), 0)).toBe(true);
  });

  it('stays finite for any finite domain and value, however wide', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), (low, high, value) => {
        const position = createLinearScale([low, high], [10, 90])(value);
        expect(Number.isFinite(position)).toBe(true);
        expect(position).toBeGreaterThanOrEqual(10);
        expect(position).toBeLessThanOrEqual(90);
      }),
      { numRuns: 300 },
    );
  });
});

describe('getDrawableDomain', () => {
  it('keeps an increasing finite domain and widens one that is empty, backwards or not finite', () => {
    expect(getDrawableDomain([-100, 100])).toEqual([-100, 100]);
    expect(getDrawableDomain([5, 5])).toEqual([4, 6]);
    expect(getDrawableDomain([7, 1])).toEqual([6, 8]);
    expect(getDrawableDomain([Number.NaN, 3])).toEqual([2, 4]);
    expect(getDrawableDomain([Number.NaN, Number.POSITIVE_INFINITY])).toEqual([-1, 1]);
    // Past 2^53, ±1 would round away: a millionth of 1e20 is 1e14.
    expect(getDrawableDomain([1e20, 1e20])).toEqual([1e20 - 1e14, 1e20 + 1e14]);
    expect(getDrawableDomain([Number.MAX_VALUE, 0])[1]).toBe(Number.MAX_VALUE);
  });
});

describe('getNiceTicks', () => {
  it('ticks the three survey scales at round numbers', () => {
    expect(getNiceTicks([-100, 100])).toEqual([-100, -50, 0, 50, 100]);
    expect(getNiceTicks([0, 100])).toEqual([0, 25, 50, 75, 100]);
    expect(getNiceTicks([1, 7], 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(getNiceTicks([1, 5], 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('starts inside a domain that does not begin on a round number, without 0.1 + 0.2 noise', () => {
    expect(getNiceTicks([0.1, 0.3])).toEqual([0.1, 0.15, 0.2, 0.25, 0.3]);
    expect(getNiceTicks([-3.3, 7.7])).toEqual([0, 5]);
  });

  it('ticks only the ends of a domain too wide or too narrow to step through', () => {
    expect(getNiceTicks([0, 5e-324])).toEqual([0, 5e-324]);
    expect(getNiceTicks([-1e308, 1e308])).toEqual([-1e308, -5e307, 0, 5e307, 1e308]);
  });

  it('gives a bounded number of finite ticks inside the domain for any finite domain', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 2, max: 12 }), (a, b, count) => {
        const ticks = getNiceTicks([a, b], count);
        const [low, high] = getDrawableDomain([a, b]);
        expect(ticks.length).toBeGreaterThan(0);
        expect(ticks.length).toBeLessThanOrEqual(count * 2 + 1);
        for (const tick of ticks) {
          expect(Number.isFinite(tick)).toBe(true);
          expect(tick).toBeGreaterThanOrEqual(low);
          expect(tick).toBeLessThanOrEqual(high);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('getLabelStride', () => {
  it('labels every period while they fit, then every 2, 3, 4, 6, 12 and whole years', () => {
    expect(getLabelStride(60, 50)).toBe(1);
    expect(getLabelStride(30, 50)).toBe(2);
    expect(getLabelStride(20, 50)).toBe(3);
    expect(getLabelStride(10, 50)).toBe(6);
    // 120 months on 572 units: 4.77 a month; a 61-unit label needs 13 slots, so every 12 will not do: 24.
    expect(getLabelStride(572 / 120, 61)).toBe(24);
    expect(getLabelStride(1, 500)).toBe(504);
  });

  it('labels every period when the sizes make no sense', () => {
    expect(getLabelStride(0, 50)).toBe(1);
    expect(getLabelStride(Number.NaN, 50)).toBe(1);
    expect(getLabelStride(10, Number.POSITIVE_INFINITY)).toBe(1);
  });
});

describe('getTickCount and getTrianglePath', () => {
  it('ticks every point of a short whole-number scale, about five otherwise', () => {
    expect(getTickCount([1, 7])).toBe(7);
    expect(getTickCount([0, 10])).toBe(11);
    expect(getTickCount([-100, 100])).toBe(5);
    expect(getTickCount([1, 5.5])).toBe(5);
  });

  it('draws a triangle pointing up or down around its centre (worked by hand: base at y ± 0.7 × size)', () => {
    expect(getTrianglePath(10, 10, 6, 'above')).toBe('M10 4L16 14.2L4 14.2Z');
    expect(getTrianglePath(10, 10, 6, 'below')).toBe('M10 16L16 5.8L4 5.8Z');
  });
});
