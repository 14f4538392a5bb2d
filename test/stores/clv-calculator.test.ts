import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  $clvDraft,
  $clvShareNotice,
  CLV_EXAMPLE_DRAFT,
  EMPTY_CLV_DRAFT,
  applyClvShareFragment,
  clearClv,
  convertDiscountRate,
  fillClvExample,
  getClvShareUrl,
  getClvView,
  restoreClvBeforeShare,
  setClvFigure,
  setClvForm,
  setClvPeriod,
  type ClvDraft,
} from '../../src/stores/clv-calculator.ts';
import { setStorageForTests } from '../../src/stores/persisted-atom.ts';

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

  it('converts discount rates by compounding: 10% a year is 0.797% a month', () => {
    expect(convertDiscountRate(0.1, 'year', 'month')).toBeCloseTo(0.007974140428903741, 15);
    expect(convertDiscountRate(0.1, 'month', 'month')).toBe(0.1);
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

describe('the CLV store', () => {
  beforeEach(() => {
    setStorageForTests({ getItem: () => null, setItem: () => {}, removeItem: () => {} });
    keepMount($clvDraft);
    $clvDraft.set(EMPTY_CLV_DRAFT);
    $clvShareNotice.set({ kind: 'none' });
  });
  afterEach(() => {
    cleanStores($clvDraft);
    setStorageForTests(undefined);
  });

  it('keeps each form’s figures when switching form', () => {
    setClvFigure('subscription', 'churnRate', '3');
    setClvForm('discounted');
    setClvFigure('discounted', 'discountRate', '8');
    setClvForm('subscription');
    expect($clvDraft.get().subscription.churnRate).toBe('3');
    expect($clvDraft.get().discounted.discountRate).toBe('8');
  });

  it('the worked example keeps the form in use; Clear empties every form but keeps the choices', () => {
    setClvForm('discounted');
    setClvPeriod({ form: 'discounted', field: 'discountPeriod' }, 'month');
    fillClvExample();
    expect($clvDraft.get().form).toBe('discounted');
    clearClv();
    const cleared = $clvDraft.get();
    expect(cleared.form).toBe('discounted');
    expect(cleared.currency).toBe('gbp');
    expect(cleared.simple.averageOrderValue + cleared.subscription.averageRevenuePerAccount + cleared.discounted.marginPerPeriod).toBe('');
    expect(cleared.discounted.retentionPeriod).toBe('month');
  });

  it('a share link fills only the shared form, and can be undone', () => {
    const shareState = getClvView(example('discounted')).shareState;
    if (!shareState) throw new Error('expected a share state');
    const url = getClvShareUrl('https://example.org', shareState);
    expect(url).toMatch(/^https:\/\/example\.org\/tools\/clv\/#c=1\.clv\./);
    setClvFigure('subscription', 'averageRevenuePerAccount', '7');
    expect(applyClvShareFragment(url.slice(url.indexOf('#'))).ok).toBe(true);
    expect($clvDraft.get().form).toBe('discounted');
    expect($clvDraft.get().subscription.averageRevenuePerAccount).toBe('7');
    expect(valueOf($clvDraft.get())).toBeCloseTo(978.5568709781658, 9);
    restoreClvBeforeShare();
    expect($clvDraft.get().form).toBe('subscription');
  });

  it('a share link for another calculator changes nothing', () => {
    const result = applyClvShareFragment('#c=1.churn.month.none.1-1-0-.---.-month.abcd');
    expect(result.ok).toBe(false);
    expect($clvShareNotice.get().kind).toBe('failed');
    expect($clvDraft.get()).toEqual(EMPTY_CLV_DRAFT);
  });
});
