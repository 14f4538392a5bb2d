import { describe, expect, it } from 'vitest';
import { CLV_EXAMPLE_DRAFT, EMPTY_CLV_DRAFT, type ClvDraft } from '../../../src/lib/metrics/clv-draft.ts';
import { getClvView } from '../../../src/lib/metrics/clv-view.ts';

// Worked values come from the churn, retention and CLV guide's example, computed by hand in the comments.
const example = (form: ClvDraft['form']): ClvDraft => ({ ...CLV_EXAMPLE_DRAFT, form });
const valueOf = (draft: ClvDraft) => {
  const view = getClvView(draft);
  return view.outcome.status === 'ready' ? view.outcome.result.value : view;
};

describe('getClvView', () => {
  it('an empty form is a prompt', () => {
    expect(getClvView(EMPTY_CLV_DRAFT)).toMatchObject({ form: 'subscription', period: 'month', problems: [], outcome: { status: 'empty' }, shareState: null });
  });

  it('works out the guide’s worked examples in each form', () => {
    expect(valueOf(example('simple'))).toBeCloseTo(180, 10);
    expect(valueOf(example('subscription'))).toBeCloseTo(1600, 10);
    // m = 480 a year, r = 0.975^12 ≈ 0.738, i = 10%: 480 × 0.738 ÷ (1.1 − 0.738) ≈ 978.56.
    expect(valueOf(example('discounted'))).toBeCloseTo(978.5568709781658, 9);
  });

  it('brings every figure to the period of the main one, noting each conversion', () => {
    const view = getClvView(example('discounted'));
    expect(view.outcome.status === 'ready' && view.outcome.conversions).toEqual([
      { field: 'retentionRate', kind: 'retention', from: 'month', to: 'year', exponent: 12, fromValue: 0.975, toValue: expect.closeTo(0.975 ** 12, 12) },
    ]);
    const months = getClvView({ ...example('simple'), simple: { ...CLV_EXAMPLE_DRAFT.simple, lifespan: '36', lifespanPeriod: 'month' } });
    expect(months.outcome.status === 'ready' && months.outcome.input).toMatchObject({ lifespan: 3 });
  });

  it('needs every figure but the simple form’s margin', () => {
    const draft: ClvDraft = { ...EMPTY_CLV_DRAFT, form: 'simple', simple: { ...EMPTY_CLV_DRAFT.simple, averageOrderValue: '40' } };
    expect(getClvView(draft).outcome).toEqual({ status: 'missing', fields: ['purchaseFrequency', 'lifespan'] });
  });

  it('refuses zero churn, and 100% retention with no discount, naming the figure', () => {
    const zeroChurn = getClvView({ ...example('subscription'), subscription: { ...CLV_EXAMPLE_DRAFT.subscription, churnRate: '0' } });
    expect(zeroChurn.problems).toEqual([{ field: 'churnRate', kind: 'impossible', error: { kind: 'zero-churn', field: 'churnRate' } }]);
    expect(zeroChurn.outcome).toEqual({ status: 'blocked' });
    expect(zeroChurn.shareState).toBeNull();
    const forever = getClvView({ ...example('discounted'), discounted: { ...CLV_EXAMPLE_DRAFT.discounted, retentionRate: '100', discountRate: '0' } });
    expect(forever.problems.map((problem) => problem.field)).toEqual(['retentionRate']);
  });

  it('reports unreadable and negative figures at once, percents as fractions', () => {
    const view = getClvView({ ...example('subscription'), subscription: { ...CLV_EXAMPLE_DRAFT.subscription, averageRevenuePerAccount: 'fifty', grossMargin: '-10' } });
    expect(view.problems).toEqual([
      { field: 'averageRevenuePerAccount', kind: 'unreadable', error: { kind: 'not-a-number', text: 'fifty' } },
      { field: 'grossMargin', kind: 'impossible', error: { kind: 'negative', field: 'grossMargin', value: -0.1 } },
    ]);
  });

  it('has no churn table in the simple form and no margin table without a margin', () => {
    const view = getClvView({ ...example('simple'), simple: { ...CLV_EXAMPLE_DRAFT.simple, margin: '' } });
    if (view.outcome.status !== 'ready') throw new Error('expected a value');
    expect(view.outcome.churnSensitivity).toEqual({ ok: false, error: { kind: 'not-applicable', parameter: 'churn', form: 'simple' } });
    expect(view.outcome.marginSensitivity.ok).toBe(false);
  });
});

