import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getNpsVariance } from '../../../src/lib/metrics/nps-variance.ts';

describe('getNpsVariance', () => {
  it('is p + d − (p − d)²', () => {
    expect(getNpsVariance(0.5, 0.2)).toBeCloseTo(0.61, 15);
    expect(getNpsVariance(0.6, 0.15)).toBeCloseTo(0.5475, 15);
  });

  it('is 0 when everyone is in one group and 1 at half promoters, half detractors', () => {
    expect(getNpsVariance(1, 0)).toBe(0);
    expect(getNpsVariance(0, 1)).toBe(0);
    expect(getNpsVariance(0, 0)).toBe(0);
    expect(getNpsVariance(0.5, 0.5)).toBe(1);
  });

  it('equals the variance of the +1/0/−1 scores', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), (promoters, passives, detractors) => {
        const n = promoters + passives + detractors;
        if (n === 0) return;
        const mean = (promoters - detractors) / n;
        const direct = (promoters * (1 - mean) ** 2 + passives * mean ** 2 + detractors * (-1 - mean) ** 2) / n;
        expect(getNpsVariance(promoters / n, detractors / n)).toBeCloseTo(direct, 12);
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });
});
