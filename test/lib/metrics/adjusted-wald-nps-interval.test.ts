import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getAdjustedWaldNpsInterval } from '../../../src/lib/metrics/adjusted-wald-nps-interval.ts';

const Z95 = 1.959963984540054;

describe('getAdjustedWaldNpsInterval', () => {
  it('adds 3/4 promoter, 3/2 passive and 3/4 detractor before a Wald interval', () => {
    // n' = 203, p' = 120.75/203, d' = 30.75/203.
    const interval = getAdjustedWaldNpsInterval({ promoters: 120, passives: 50, detractors: 30 }, Z95);
    expect(interval.centre).toBeCloseTo(44.33497536945813, 11);
    expect(interval.halfWidth).toBeCloseTo(10.199556190431505, 10);
    expect(interval.lower).toBeCloseTo(34.13541917902663, 10);
    expect(interval.upper).toBeCloseTo(54.53453155988963, 10);
    expect(interval.method).toBe('adjusted-wald');
    expect(interval.clamped).toBe(false);
  });

  it('clamps to [−100, 100]', () => {
    const interval = getAdjustedWaldNpsInterval({ promoters: 10, passives: 0, detractors: 0 }, Z95);
    expect(interval.upper).toBe(100);
    expect(interval.centre + interval.halfWidth).toBeGreaterThan(100);
    expect(interval.clamped).toBe(true);
    expect(getAdjustedWaldNpsInterval({ promoters: 0, passives: 0, detractors: 10 }, Z95)).toMatchObject({ lower: -100, clamped: true });
  });

  it('always gives an ordered interval inside [−100, 100] with positive width', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), fc.nat(1000), (promoters, passives, detractors) => {
        if (promoters + passives + detractors === 0) return;
        const interval = getAdjustedWaldNpsInterval({ promoters, passives, detractors }, Z95);
        expect(interval.lower).toBeGreaterThanOrEqual(-100);
        expect(interval.upper).toBeLessThanOrEqual(100);
        expect(interval.upper).toBeGreaterThan(interval.lower);
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });
});
