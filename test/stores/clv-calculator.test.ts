import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { $clvDraft, $clvShareNotice, applyClvShareFragment, clearClv, fillClvExample, getClvShareUrl, restoreClvBeforeShare, setClvFigure, setClvForm, setClvPeriod } from '../../src/stores/clv-calculator.ts';
import { CLV_EXAMPLE_DRAFT, EMPTY_CLV_DRAFT, type ClvDraft } from '../../src/lib/metrics/clv-draft.ts';
import { getClvView } from '../../src/lib/metrics/clv-view.ts';
import { setStorageForTests } from '../../src/stores/persisted-atom.ts';

const example = (form: ClvDraft['form']): ClvDraft => ({ ...CLV_EXAMPLE_DRAFT, form });
const valueOf = (draft: ClvDraft) => {
  const view = getClvView(draft);
  return view.outcome.status === 'ready' ? view.outcome.result.value : view;
};

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

  it('the worked example keeps the person’s own figures to put back', () => {
    setClvFigure('simple', 'averageOrderValue', '42');
    const own = $clvDraft.get();
    fillClvExample();
    expect($clvShareNotice.get()).toEqual({ kind: 'applied', previous: own, by: 'example' });
    restoreClvBeforeShare();
    expect($clvDraft.get()).toEqual(own);
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
