import { describe, expect, it } from 'vitest';
import { EMPTY_CHURN_DRAFT, CHURN_EXAMPLE_DRAFT, type ChurnDraft } from '../../../src/lib/metrics/churn-draft.ts';
import { getChurnView } from '../../../src/lib/metrics/churn-view.ts';

const withFigures = (figures: Partial<ChurnDraft['figures']>, period: ChurnDraft['period'] = 'month'): ChurnDraft => ({
  ...EMPTY_CHURN_DRAFT,
  period,
  figures: { ...EMPTY_CHURN_DRAFT.figures, ...figures },
});

describe('getChurnView', () => {
  it('an empty form is a prompt: nothing computed, nothing to share', () => {
    const view = getChurnView(EMPTY_CHURN_DRAFT);
    expect(view.customers).toEqual({ status: 'empty' });
    expect(view.revenue).toEqual({ status: 'not-used' });
    expect(view.conversion).toEqual({ status: 'empty' });
    expect(view.problems).toEqual([]);
    expect(view.shareState).toBeNull();
  });

  it('works out the guide’s worked example: churn 10%, CRR 90%, GRR 91%, NRR 99% a quarter', () => {
    const view = getChurnView(CHURN_EXAMPLE_DRAFT);
    if (view.customers.status !== 'ready' || view.revenue.status !== 'ready' || view.conversion.status !== 'ready') throw new Error('expected results');
    expect(view.customers.result).toEqual({ churnRate: 0.1, retentionRate: 0.9, lostCustomers: 200, lostCustomersDerived: true });
    const year = view.customers.byPeriod.find((entry) => entry.period === 'year');
    // Four quarters of 90% retention: 0.9^4 = 0.6561.
    expect(year?.retentionRate).toBeCloseTo(0.6561, 12);
    expect(year?.churnRate).toBeCloseTo(0.3439, 12);
    expect(view.customers.byPeriod.find((entry) => entry.period === 'month')?.exponent).toBeCloseTo(1 / 3, 15);
    expect(view.revenue.result.grossRevenueRetention).toBeCloseTo(0.91, 12);
    expect(view.revenue.result.netRevenueRetention).toBeCloseTo(0.99, 12);
    expect(view.revenue.blankAsZero).toEqual([]);
    // 5% a month is 45.96% a year, not 60%.
    expect(view.conversion.byPeriod.find((entry) => entry.period === 'year')?.rate).toBeCloseTo(0.45963991, 8);
  });

  it('checks a given L against S + N − L = E', () => {
    const agreeing = getChurnView(withFigures({ customersAtStart: '100', newCustomers: '10', customersAtEnd: '95', lostCustomers: '15' }));
    expect(agreeing.customers.status === 'ready' && agreeing.customers.result.lostCustomersDerived).toBe(false);
    const disagreeing = getChurnView(withFigures({ customersAtStart: '100', newCustomers: '10', customersAtEnd: '95', lostCustomers: '16' }));
    expect(disagreeing.problems).toEqual([
      { field: 'customersAtEnd', kind: 'customers', error: { kind: 'inconsistent', field: 'customersAtEnd', customersAtEnd: 95, expectedEnd: 94 } },
    ]);
    expect(disagreeing.shareState).toBeNull();
  });

  it('lists the customer figures still missing, and revenue needs its start', () => {
    const view = getChurnView(withFigures({ newCustomers: '5', expansionRevenue: '10' }));
    expect(view.customers).toEqual({ status: 'missing', fields: ['customersAtStart', 'customersAtEnd'] });
    expect(view.revenue).toEqual({ status: 'missing', fields: ['startingRevenue'] });
  });

  it('reports unreadable and negative figures at once, in form order, with the rest still computed', () => {
    const view = getChurnView(withFigures({ rateToConvert: '5', startingRevenue: '-1', customersAtStart: '12.5' }));
    expect(view.problems.map((problem) => [problem.field, problem.kind])).toEqual([
      ['customersAtStart', 'unreadable'],
      ['startingRevenue', 'revenue'],
    ]);
    expect(view.conversion.status).toBe('ready');
  });

  it('refuses a rate to convert outside 0–100%', () => {
    const view = getChurnView(withFigures({ rateToConvert: '150' }));
    expect(view.problems).toEqual([{ field: 'rateToConvert', kind: 'rate', error: { kind: 'outside-zero-to-one', value: 1.5 }, percent: 150 }]);
  });
});

