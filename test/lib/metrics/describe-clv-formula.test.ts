import { describe, expect, it } from 'vitest';
import { describeClvFormula } from '../../../src/lib/metrics/describe-clv-formula.ts';

describe('describeClvFormula', () => {
  it('substitutes the numbers into each form', () => {
    expect(describeClvFormula({ form: 'simple', averageOrderValue: 50, purchaseFrequency: 4, lifespan: 3, margin: 0.3 })).toMatchInlineSnapshot(`
      {
        "ok": true,
        "value": "CLV = average order value × purchase frequency × lifespan × margin = 50 × 4 × 3 × 30% = 180",
      }
    `);
    expect(describeClvFormula({ form: 'simple', averageOrderValue: 49.99, purchaseFrequency: 2, lifespan: 1.5 })).toMatchInlineSnapshot(`
      {
        "ok": true,
        "value": "CLV = average order value × purchase frequency × lifespan = 49.99 × 2 × 1.5 = 149.97",
      }
    `);
    expect(describeClvFormula({ form: 'subscription', averageRevenuePerAccount: 100, grossMargin: 0.8, churnRate: 0.05 })).toMatchInlineSnapshot(`
      {
        "ok": true,
        "value": "CLV = ARPA × gross margin ÷ churn rate = 100 × 80% ÷ 5% = 1600",
      }
    `);
    expect(describeClvFormula({ form: 'discounted', marginPerPeriod: 200, retentionRate: 0.8, discountRate: 0.1 })).toMatchInlineSnapshot(`
      {
        "ok": true,
        "value": "CLV = m × r ÷ (1 + i − r) = 200 × 80% ÷ (1 + 10% − 80%) = 533.33",
      }
    `);
    expect(describeClvFormula({ form: 'discounted', marginPerPeriod: 200, retentionRate: 0.8, discountRate: 0.1, timing: 'start-of-period' })).toMatchInlineSnapshot(`
      {
        "ok": true,
        "value": "CLV = m × (1 + i) ÷ (1 + i − r) = 200 × (1 + 10%) ÷ (1 + 10% − 80%) = 733.33",
      }
    `);
  });

  it('uses the formatters it is given', () => {
    const formatted = describeClvFormula(
      { form: 'subscription', averageRevenuePerAccount: 1234.5, grossMargin: 0.75, churnRate: 0.025 },
      { formatNumber: (value) => new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 }).format(value), formatPercent: (share) => `${String(share * 100)} %` },
    );
    expect(formatted).toEqual({ ok: true, value: 'CLV = ARPA × gross margin ÷ churn rate = 1.234,5 × 75 % ÷ 2.5 % = 37.035' });
  });

  it('passes on impossible figures', () => {
    expect(describeClvFormula({ form: 'subscription', averageRevenuePerAccount: 100, grossMargin: 0.8, churnRate: 0 })).toEqual({
      ok: false,
      error: { kind: 'zero-churn', field: 'churnRate' },
    });
  });
});
