import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calculateClv } from '../../../src/lib/metrics/clv.ts';
import { validateClvInput } from '../../../src/lib/metrics/clv-input.ts';

describe('calculateClv', () => {
  it('simple form: average order value × frequency × lifespan', () => {
    expect(calculateClv({ form: 'simple', averageOrderValue: 50, purchaseFrequency: 4, lifespan: 3 })).toEqual({
      ok: true,
      value: { form: 'simple', value: 600, timing: null, expectedLifetime: 3 },
    });
  });

  it('simple form with a margin', () => {
    expect(calculateClv({ form: 'simple', averageOrderValue: 50, purchaseFrequency: 4, lifespan: 3, margin: 0.3 })).toMatchObject({ ok: true, value: { value: 180 } });
    expect(calculateClv({ form: 'simple', averageOrderValue: 49.9, purchaseFrequency: 2.5, lifespan: 1.5, margin: 0 })).toMatchObject({ ok: true, value: { value: 0 } });
  });

  it('subscription form: ARPA × gross margin ÷ churn', () => {
    expect(calculateClv({ form: 'subscription', averageRevenuePerAccount: 100, grossMargin: 0.8, churnRate: 0.05 })).toEqual({
      ok: true,
      value: { form: 'subscription', value: 1600, timing: null, expectedLifetime: 20 },
    });
    expect(calculateClv({ form: 'subscription', averageRevenuePerAccount: 100, grossMargin: 1, churnRate: 1 })).toMatchObject({ ok: true, value: { value: 100 } });
  });

  it('refuses zero churn instead of returning infinity', () => {
    expect(calculateClv({ form: 'subscription', averageRevenuePerAccount: 100, grossMargin: 0.8, churnRate: 0 })).toEqual({
      ok: false,
      error: { kind: 'zero-churn', field: 'churnRate' },
    });
    expect(calculateClv({ form: 'discounted', marginPerPeriod: 100, retentionRate: 1, discountRate: 0 })).toEqual({
      ok: false,
      error: { kind: 'zero-churn', field: 'retentionRate' },
    });
  });

  it('discounted form m·r/(1 + i − r), margins at the end of each period (Gupta & Lehmann 2003)', () => {
    const result = calculateClv({ form: 'discounted', marginPerPeriod: 200, retentionRate: 0.8, discountRate: 0.1 });
    expect(result).toMatchObject({ ok: true, value: { form: 'discounted', timing: 'end-of-period', expectedLifetime: null } });
    if (result.ok) expect(result.value.value).toBeCloseTo(533.3333333333333, 10);
    // Gupta & Lehmann's rule of thumb: with r = 0.9 and i = 0.1 the multiple of m is 0.9 / 0.2 = 4.5.
    const multiple = calculateClv({ form: 'discounted', marginPerPeriod: 1, retentionRate: 0.9, discountRate: 0.1 });
    if (multiple.ok) expect(multiple.value.value).toBeCloseTo(4.5, 12);
  });

  it('discounted form with margins at the start of each period', () => {
    const result = calculateClv({ form: 'discounted', marginPerPeriod: 200, retentionRate: 0.8, discountRate: 0.1, timing: 'start-of-period' });
    expect(result).toMatchObject({ ok: true, value: { timing: 'start-of-period' } });
    if (result.ok) expect(result.value.value).toBeCloseTo(733.3333333333334, 10);
  });

  it('agrees with summing the discounted margins period by period', () => {
    const margin = 120;
    const retention = 0.75;
    const discount = 0.08;
    let sum = 0;
    for (let period = 1; period < 2000; period += 1) sum += (margin * retention ** period) / (1 + discount) ** period;
    const result = calculateClv({ form: 'discounted', marginPerPeriod: margin, retentionRate: retention, discountRate: discount });
    if (result.ok) expect(result.value.value).toBeCloseTo(sum, 9);
  });

  it('allows full retention when there is a discount rate', () => {
    const result = calculateClv({ form: 'discounted', marginPerPeriod: 100, retentionRate: 1, discountRate: 0.1 });
    if (result.ok) expect(result.value.value).toBeCloseTo(1000, 10);
    expect(result.ok).toBe(true);
  });

  it('names impossible figures', () => {
    expect(calculateClv({ form: 'simple', averageOrderValue: -5, purchaseFrequency: 4, lifespan: 3 })).toEqual({
      ok: false,
      error: { kind: 'negative', field: 'averageOrderValue', value: -5 },
    });
    expect(calculateClv({ form: 'simple', averageOrderValue: 5, purchaseFrequency: Number.NaN, lifespan: 3 })).toEqual({
      ok: false,
      error: { kind: 'not-finite', field: 'purchaseFrequency' },
    });
    expect(calculateClv({ form: 'simple', averageOrderValue: 5, purchaseFrequency: 1, lifespan: 3, margin: 1.2 })).toEqual({
      ok: false,
      error: { kind: 'above-one', field: 'margin', value: 1.2 },
    });
    expect(calculateClv({ form: 'subscription', averageRevenuePerAccount: 100, grossMargin: 0.8, churnRate: 1.5 })).toEqual({
      ok: false,
      error: { kind: 'above-one', field: 'churnRate', value: 1.5 },
    });
    expect(calculateClv({ form: 'discounted', marginPerPeriod: 100, retentionRate: 0.8, discountRate: -0.1 })).toEqual({
      ok: false,
      error: { kind: 'negative', field: 'discountRate', value: -0.1 },
    });
    expect(calculateClv({ form: 'discounted', marginPerPeriod: 100, retentionRate: 1.1, discountRate: 0.1 })).toEqual({
      ok: false,
      error: { kind: 'above-one', field: 'retentionRate', value: 1.1 },
    });
  });

  it('refuses results past the largest number instead of returning Infinity', () => {
    expect(calculateClv({ form: 'simple', averageOrderValue: 1e300, purchaseFrequency: 1e10, lifespan: 1 })).toEqual({ ok: false, error: { kind: 'too-large' } });
    expect(calculateClv({ form: 'subscription', averageRevenuePerAccount: 0, grossMargin: 0.5, churnRate: 5e-324 })).toEqual({ ok: false, error: { kind: 'too-large' } });
    expect(calculateClv({ form: 'discounted', marginPerPeriod: 0, retentionRate: 1, discountRate: 1e-17 })).toEqual({ ok: false, error: { kind: 'zero-churn', field: 'retentionRate' } });
  });

  it('never returns NaN or Infinity', () => {
    const figure = fc.oneof(fc.double(), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1, -1, Infinity, Number.NaN));
    fc.assert(
      fc.property(figure, figure, figure, fc.option(figure, { nil: undefined }), fc.constantFrom('simple', 'subscription', 'discounted'), (a, b, c, d, form) => {
        const input =
          form === 'simple'
            ? d === undefined
              ? { form, averageOrderValue: a, purchaseFrequency: b, lifespan: c }
              : { form, averageOrderValue: a, purchaseFrequency: b, lifespan: c, margin: d }
            : form === 'subscription'
              ? { form, averageRevenuePerAccount: a, grossMargin: b, churnRate: c }
              : { form, marginPerPeriod: a, retentionRate: b, discountRate: c };
        const result = calculateClv(input);
        if (validateClvInput(input) !== null) expect(result.ok).toBe(false);
        if (result.ok) {
          expect(Number.isFinite(result.value.value)).toBe(true);
          expect(result.value.value).toBeGreaterThanOrEqual(0);
          if (result.value.expectedLifetime !== null) expect(Number.isFinite(result.value.expectedLifetime)).toBe(true);
        }
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });
});
