import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calculateChurn } from '../../../src/lib/metrics/churn-rate.ts';

describe('calculateChurn', () => {
  it('gives churn L / S and retention (E − N) / S', () => {
    expect(calculateChurn({ customersAtStart: 200, customersAtEnd: 210, newCustomers: 30, lostCustomers: 20 })).toEqual({
      ok: true,
      value: { churnRate: 0.1, retentionRate: 0.9, lostCustomers: 20, lostCustomersDerived: false },
    });
  });

  it('derives the lost customers when they are not given', () => {
    expect(calculateChurn({ customersAtStart: 200, customersAtEnd: 210, newCustomers: 30 })).toEqual({
      ok: true,
      value: { churnRate: 0.1, retentionRate: 0.9, lostCustomers: 20, lostCustomersDerived: true },
    });
  });

  it('handles zero churn and total churn', () => {
    expect(calculateChurn({ customersAtStart: 100, customersAtEnd: 100, newCustomers: 0 })).toMatchObject({ ok: true, value: { churnRate: 0, retentionRate: 1 } });
    expect(calculateChurn({ customersAtStart: 100, customersAtEnd: 5, newCustomers: 5, lostCustomers: 100 })).toMatchObject({
      ok: true,
      value: { churnRate: 1, retentionRate: 0 },
    });
  });

  it('accepts figures that agree to within rounding', () => {
    expect(calculateChurn({ customersAtStart: 0.3, customersAtEnd: 0.3, newCustomers: 0.1, lostCustomers: 0.1 })).toMatchObject({ ok: true });
  });

  it('names a figure that is not finite or negative', () => {
    expect(calculateChurn({ customersAtStart: Number.NaN, customersAtEnd: 1, newCustomers: 0 })).toEqual({ ok: false, error: { kind: 'not-finite', field: 'customersAtStart' } });
    expect(calculateChurn({ customersAtStart: 10, customersAtEnd: Infinity, newCustomers: 0 })).toEqual({ ok: false, error: { kind: 'not-finite', field: 'customersAtEnd' } });
    expect(calculateChurn({ customersAtStart: 10, customersAtEnd: 10, newCustomers: -1 })).toEqual({ ok: false, error: { kind: 'negative', field: 'newCustomers', value: -1 } });
    expect(calculateChurn({ customersAtStart: 10, customersAtEnd: 10, newCustomers: 0, lostCustomers: -2 })).toEqual({
      ok: false,
      error: { kind: 'negative', field: 'lostCustomers', value: -2 },
    });
  });

  it('refuses no customers at the start', () => {
    expect(calculateChurn({ customersAtStart: 0, customersAtEnd: 5, newCustomers: 5 })).toEqual({ ok: false, error: { kind: 'no-customers-at-start', field: 'customersAtStart' } });
  });

  it('refuses more lost than there ever were', () => {
    expect(calculateChurn({ customersAtStart: 10, customersAtEnd: 0, newCustomers: 5, lostCustomers: 20 })).toEqual({
      ok: false,
      error: { kind: 'lost-more-than-available', field: 'lostCustomers', lostCustomers: 20, available: 15 },
    });
  });

  it('refuses figures where S + N − L ≠ E', () => {
    expect(calculateChurn({ customersAtStart: 100, customersAtEnd: 200, newCustomers: 10, lostCustomers: 5 })).toEqual({
      ok: false,
      error: { kind: 'inconsistent', field: 'customersAtEnd', customersAtEnd: 200, expectedEnd: 105 },
    });
  });

  it('refuses more customers at the end than at the start plus the new ones', () => {
    expect(calculateChurn({ customersAtStart: 100, customersAtEnd: 120, newCustomers: 10 })).toEqual({
      ok: false,
      error: { kind: 'end-above-start-plus-new', field: 'customersAtEnd', customersAtEnd: 120, available: 110 },
    });
  });

  it('refuses more new customers than customers at the end (E − N < 0)', () => {
    expect(calculateChurn({ customersAtStart: 100, customersAtEnd: 5, newCustomers: 10 })).toEqual({
      ok: false,
      error: { kind: 'more-new-than-at-end', field: 'newCustomers', newCustomers: 10, customersAtEnd: 5 },
    });
    expect(calculateChurn({ customersAtStart: 10, customersAtEnd: 15, newCustomers: 20, lostCustomers: 15 })).toMatchObject({
      ok: false,
      error: { kind: 'more-new-than-at-end' },
    });
  });

  it('never returns NaN, Infinity or a negative rate, whatever the figures', () => {
    const figure = fc.oneof(fc.double({ noNaN: false }), fc.nat(1000), fc.constant(0));
    fc.assert(
      fc.property(figure, figure, figure, fc.option(figure, { nil: undefined }), (start, end, newCustomers, lost) => {
        const result = calculateChurn(
          lost === undefined
            ? { customersAtStart: start, customersAtEnd: end, newCustomers }
            : { customersAtStart: start, customersAtEnd: end, newCustomers, lostCustomers: lost },
        );
        if (result.ok) {
          expect(Number.isFinite(result.value.churnRate)).toBe(true);
          expect(Number.isFinite(result.value.retentionRate)).toBe(true);
          expect(result.value.churnRate).toBeGreaterThanOrEqual(0);
          expect(result.value.retentionRate).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });

  // Customer counts are whole numbers (the calculator refuses others). With doubles of wildly
  // different sizes, S + N − E loses S to rounding, so the identity only holds for counts.
  it('gives retention + churn = 1 whenever whole-number counts agree', () => {
    const count = fc.nat(1_000_000_000);
    fc.assert(
      fc.property(count, count, count, fc.boolean(), (start, end, newCustomers, giveLost) => {
        const lost = start + newCustomers - end;
        const result = calculateChurn(
          giveLost ? { customersAtStart: start, customersAtEnd: end, newCustomers, lostCustomers: lost } : { customersAtStart: start, customersAtEnd: end, newCustomers },
        );
        if (result.ok) expect(result.value.churnRate + result.value.retentionRate).toBeCloseTo(1, 9);
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });
});
