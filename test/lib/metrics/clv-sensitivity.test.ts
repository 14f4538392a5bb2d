import { describe, expect, it } from 'vitest';
import { DEFAULT_SENSITIVITY_CHANGES, getClvSensitivity } from '../../../src/lib/metrics/clv-sensitivity.ts';
import type { ClvSensitivityRow } from '../../../src/lib/metrics/clv-sensitivity.ts';
import type { Result } from '../../../src/lib/result.ts';

function unwrap<T>(result: Result<T, unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

function clvs(rows: readonly ClvSensitivityRow[]): (number | string)[] {
  return rows.map((row) => (row.kind === 'value' ? Math.round(row.clv * 100) / 100 : row.kind));
}

const subscription = { form: 'subscription', averageRevenuePerAccount: 100, grossMargin: 0.8, churnRate: 0.05 } as const;

describe('getClvSensitivity', () => {
  it('moves churn by −20%, −10%, 0, +10%, +20% by default', () => {
    expect(DEFAULT_SENSITIVITY_CHANGES).toEqual([-0.2, -0.1, 0, 0.1, 0.2]);
    const rows = unwrap(getClvSensitivity(subscription, 'churn'));
    expect(rows.map((row) => row.parameterValue)).toEqual([0.04, 0.045, 0.05, 0.055, 0.06]);
    expect(clvs(rows)).toEqual([2000, 1777.78, 1600, 1454.55, 1333.33]);
    expect(rows[0]).toMatchObject({ kind: 'value', change: -0.2, differenceFromBase: expect.closeTo(400, 9), relativeDifference: expect.closeTo(0.25, 12) });
    expect(rows[2]).toMatchObject({ differenceFromBase: 0, relativeDifference: 0 });
  });

  it('moves margin, linearly', () => {
    const rows = unwrap(getClvSensitivity(subscription, 'margin', [-0.1, 0.1]));
    expect(clvs(rows)).toEqual([1440, 1760]);
  });

  it('marks rows whose parameter leaves its range', () => {
    const rows = unwrap(getClvSensitivity({ ...subscription, grossMargin: 0.9 }, 'margin'));
    expect(rows.map((row) => row.kind)).toEqual(['value', 'value', 'value', 'value', 'out-of-range']);
    expect(rows[3]).toMatchObject({ kind: 'value', parameterValue: 0.99 });
    expect(rows[4]).toEqual({ kind: 'out-of-range', change: 0.2, parameterValue: 1.08, error: { kind: 'above-one', field: 'grossMargin', value: 1.08 } });
  });

  it('moves churn as 1 − retention in the discounted form', () => {
    const rows = unwrap(getClvSensitivity({ form: 'discounted', marginPerPeriod: 200, retentionRate: 0.8, discountRate: 0.1 }, 'churn', [-0.5, 0, 0.5]));
    expect(rows.map((row) => row.parameterValue)).toEqual([0.1, 0.2, 0.3]);
    expect(clvs(rows)).toEqual([900, 533.33, 350]);
  });

  it('moves margin per period in the discounted form', () => {
    expect(clvs(unwrap(getClvSensitivity({ form: 'discounted', marginPerPeriod: 200, retentionRate: 0.8, discountRate: 0.1 }, 'margin', [0.2])))).toEqual([640]);
  });

  it('moves the margin of the simple form, and has no churn there', () => {
    expect(clvs(unwrap(getClvSensitivity({ form: 'simple', averageOrderValue: 50, purchaseFrequency: 4, lifespan: 3, margin: 0.3 }, 'margin')))).toEqual([144, 162, 180, 198, 216]);
    expect(getClvSensitivity({ form: 'simple', averageOrderValue: 50, purchaseFrequency: 4, lifespan: 3, margin: 0.3 }, 'churn')).toEqual({
      ok: false,
      error: { kind: 'not-applicable', parameter: 'churn', form: 'simple' },
    });
    expect(getClvSensitivity({ form: 'simple', averageOrderValue: 50, purchaseFrequency: 4, lifespan: 3 }, 'margin')).toEqual({
      ok: false,
      error: { kind: 'not-applicable', parameter: 'margin', form: 'simple' },
    });
  });

  it('gives no relative change when the base CLV is 0', () => {
    const rows = unwrap(getClvSensitivity({ ...subscription, averageRevenuePerAccount: 0 }, 'churn', [0.1]));
    expect(rows[0]).toMatchObject({ kind: 'value', clv: 0, relativeDifference: null });
  });

  it('passes on an impossible base input', () => {
    expect(getClvSensitivity({ ...subscription, churnRate: 0 }, 'churn')).toEqual({ ok: false, error: { kind: 'zero-churn', field: 'churnRate' } });
  });

  it('refuses steps of −100% or less (a programmer error)', () => {
    expect(() => getClvSensitivity(subscription, 'churn', [-1])).toThrowErrorMatchingInlineSnapshot(`[Error: getClvSensitivity requires changes above -1, got -1]`);
  });
});
