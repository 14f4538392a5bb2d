import { describe, expect, it } from 'vitest';
import { validateClvInput } from '../../../src/lib/metrics/clv-input.ts';

describe('validateClvInput', () => {
  it('accepts possible figures', () => {
    expect(validateClvInput({ form: 'simple', averageOrderValue: 0, purchaseFrequency: 0, lifespan: 0 })).toBeNull();
    expect(validateClvInput({ form: 'subscription', averageRevenuePerAccount: 10, grossMargin: 1, churnRate: 1 })).toBeNull();
    expect(validateClvInput({ form: 'discounted', marginPerPeriod: 10, retentionRate: 0, discountRate: 0 })).toBeNull();
  });

  it('checks finite and non-negative figures first, in field order', () => {
    expect(validateClvInput({ form: 'simple', averageOrderValue: -1, purchaseFrequency: Number.NaN, lifespan: 1 })).toEqual({
      kind: 'negative',
      field: 'averageOrderValue',
      value: -1,
    });
    expect(validateClvInput({ form: 'discounted', marginPerPeriod: 1, retentionRate: Infinity, discountRate: 0 })).toEqual({ kind: 'not-finite', field: 'retentionRate' });
  });

  it('checks shares are at most 1', () => {
    expect(validateClvInput({ form: 'subscription', averageRevenuePerAccount: 10, grossMargin: 80, churnRate: 0.1 })).toEqual({
      kind: 'above-one',
      field: 'grossMargin',
      value: 80,
    });
  });

  it('refuses a customer who never leaves', () => {
    expect(validateClvInput({ form: 'subscription', averageRevenuePerAccount: 10, grossMargin: 0.8, churnRate: 0 })).toEqual({ kind: 'zero-churn', field: 'churnRate' });
    expect(validateClvInput({ form: 'discounted', marginPerPeriod: 10, retentionRate: 1, discountRate: 0 })).toEqual({ kind: 'zero-churn', field: 'retentionRate' });
  });
});
