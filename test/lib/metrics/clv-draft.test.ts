import { describe, expect, it } from 'vitest';
import { CLV_EXAMPLE_DRAFT, CLV_MAX_FIELD_LENGTH, EMPTY_CLV_DRAFT, getDraftFromShareState } from '../../../src/lib/metrics/clv-draft.ts';
import { clvDraftSchema } from '../../../src/lib/metrics/figure-draft-schemas.ts';

describe('clvDraftSchema', () => {
  it('accepts the empty and example drafts, and refuses an unknown form or an overlong figure', () => {
    expect(clvDraftSchema.safeParse(EMPTY_CLV_DRAFT).success).toBe(true);
    expect(clvDraftSchema.safeParse({ ...CLV_EXAMPLE_DRAFT, form: 'simple' }).success).toBe(true);
    expect(clvDraftSchema.safeParse({ ...EMPTY_CLV_DRAFT, form: 'yearly' }).success).toBe(false);
    const long = { ...EMPTY_CLV_DRAFT, simple: { ...EMPTY_CLV_DRAFT.simple, lifespan: '9'.repeat(CLV_MAX_FIELD_LENGTH + 1) } };
    expect(clvDraftSchema.safeParse(long).success).toBe(false);
  });
});

describe('getDraftFromShareState', () => {
  it('fills only the shared form, writing figures as plain decimals and missing ones as blanks', () => {
    const draft = getDraftFromShareState(CLV_EXAMPLE_DRAFT as typeof EMPTY_CLV_DRAFT, {
      form: 'subscription',
      currency: 'eur',
      averageRevenuePerAccount: 1e21,
      revenuePeriod: 'year',
      grossMarginPercent: 0.000001,
      churnPercent: null,
      churnPeriod: 'quarter',
    });
    expect(draft.form).toBe('subscription');
    expect(draft.currency).toBe('eur');
    // 1e21 and 1e-6 would print in exponent form with String(); the field shows them written out.
    expect(draft.subscription).toEqual({ averageRevenuePerAccount: '1000000000000000000000', revenuePeriod: 'year', grossMargin: '0.000001', churnRate: '', churnPeriod: 'quarter' });
    expect(draft.simple).toEqual(CLV_EXAMPLE_DRAFT.simple);
    expect(draft.discounted).toEqual(CLV_EXAMPLE_DRAFT.discounted);
  });
});
