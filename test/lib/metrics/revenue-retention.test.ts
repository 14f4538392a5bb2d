import { describe, expect, it } from 'vitest';
import { calculateRevenueRetention } from '../../../src/lib/metrics/revenue-retention.ts';

describe('calculateRevenueRetention', () => {
  it('gives gross and net revenue retention', () => {
    expect(calculateRevenueRetention({ startingRevenue: 100000, expansionRevenue: 15000, contractionRevenue: 5000, churnedRevenue: 10000 })).toEqual({
      ok: true,
      value: { grossRevenueRetention: 0.85, netRevenueRetention: 1 },
    });
    expect(calculateRevenueRetention({ startingRevenue: 50000, expansionRevenue: 20000, contractionRevenue: 0, churnedRevenue: 5000 })).toEqual({
      ok: true,
      value: { grossRevenueRetention: 0.9, netRevenueRetention: 1.3 },
    });
  });

  it('handles no movement and total loss', () => {
    expect(calculateRevenueRetention({ startingRevenue: 10, expansionRevenue: 0, contractionRevenue: 0, churnedRevenue: 0 })).toEqual({
      ok: true,
      value: { grossRevenueRetention: 1, netRevenueRetention: 1 },
    });
    expect(calculateRevenueRetention({ startingRevenue: 10, expansionRevenue: 0, contractionRevenue: 4, churnedRevenue: 6 })).toEqual({
      ok: true,
      value: { grossRevenueRetention: 0, netRevenueRetention: 0 },
    });
  });

  it('names impossible figures', () => {
    expect(calculateRevenueRetention({ startingRevenue: 0, expansionRevenue: 0, contractionRevenue: 0, churnedRevenue: 0 })).toEqual({
      ok: false,
      error: { kind: 'no-starting-revenue', field: 'startingRevenue' },
    });
    expect(calculateRevenueRetention({ startingRevenue: 10, expansionRevenue: -1, contractionRevenue: 0, churnedRevenue: 0 })).toEqual({
      ok: false,
      error: { kind: 'negative', field: 'expansionRevenue', value: -1 },
    });
    expect(calculateRevenueRetention({ startingRevenue: 10, expansionRevenue: 0, contractionRevenue: Infinity, churnedRevenue: 0 })).toEqual({
      ok: false,
      error: { kind: 'not-finite', field: 'contractionRevenue' },
    });
    expect(calculateRevenueRetention({ startingRevenue: 10, expansionRevenue: 0, contractionRevenue: 6, churnedRevenue: 6 })).toEqual({
      ok: false,
      error: { kind: 'losses-exceed-start', field: 'churnedRevenue', losses: 12, startingRevenue: 10 },
    });
    expect(calculateRevenueRetention({ startingRevenue: 1e-300, expansionRevenue: 1e300, contractionRevenue: 0, churnedRevenue: 0 })).toEqual({
      ok: false,
      error: { kind: 'too-large', field: 'expansionRevenue' },
    });
  });
});
