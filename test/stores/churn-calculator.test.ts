import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeChurnShareCode } from '../../src/lib/metrics/churn-share-code.ts';
import { isCalculatorShareFragment } from '../../src/lib/metrics/score-share-link.ts';
import { $churnDraft, $churnShareNotice, applyChurnShareFragment, clearChurn, fillChurnExample, getChurnShareUrl, restoreChurnBeforeShare, setChurnFigure, setChurnPeriod } from '../../src/stores/churn-calculator.ts';
import { CHURN_EXAMPLE_DRAFT, EMPTY_CHURN_DRAFT, type ChurnDraft } from '../../src/lib/metrics/churn-draft.ts';
import { getChurnView } from '../../src/lib/metrics/churn-view.ts';
import { setStorageForTests } from '../../src/stores/persisted-atom.ts';

const withFigures = (figures: Partial<ChurnDraft['figures']>, period: ChurnDraft['period'] = 'month'): ChurnDraft => ({
  ...EMPTY_CHURN_DRAFT,
  period,
  figures: { ...EMPTY_CHURN_DRAFT.figures, ...figures },
});

describe('the churn store', () => {
  beforeEach(() => {
    setStorageForTests({ getItem: () => null, setItem: () => {}, removeItem: () => {} });
    keepMount($churnDraft);
    $churnDraft.set(EMPTY_CHURN_DRAFT);
    $churnShareNotice.set({ kind: 'none' });
  });
  afterEach(() => {
    cleanStores($churnDraft);
    setStorageForTests(undefined);
  });

  it('keeps typed text as typed, up to 200 characters', () => {
    setChurnFigure('customersAtStart', '1 2 x');
    expect($churnDraft.get().figures.customersAtStart).toBe('1 2 x');
    setChurnFigure('customersAtStart', '9'.repeat(500));
    expect($churnDraft.get().figures.customersAtStart).toHaveLength(200);
  });

  it('Clear empties the figures but keeps the period and currency', () => {
    $churnDraft.set(CHURN_EXAMPLE_DRAFT);
    setChurnPeriod('year');
    clearChurn();
    expect($churnDraft.get()).toEqual({ ...EMPTY_CHURN_DRAFT, period: 'year', currency: 'gbp' });
  });

  it('the worked example and Clear can be undone; an empty form needs no way back', () => {
    // Nothing typed: the example replaces the empty form, and there is nothing to offer back.
    fillChurnExample();
    expect($churnShareNotice.get()).toEqual({ kind: 'none' });
    // The reported case: the example, S changed to 5000, the example again: 5000 can be put back.
    setChurnFigure('customersAtStart', '5000');
    const edited = $churnDraft.get();
    fillChurnExample();
    expect($churnDraft.get()).toEqual(CHURN_EXAMPLE_DRAFT);
    expect($churnShareNotice.get()).toEqual({ kind: 'applied', previous: edited, by: 'example' });
    restoreChurnBeforeShare();
    expect($churnDraft.get()).toEqual(edited);
    expect($churnShareNotice.get()).toEqual({ kind: 'none' });
    clearChurn();
    expect($churnShareNotice.get()).toEqual({ kind: 'applied', previous: edited, by: 'clear' });
    restoreChurnBeforeShare();
    expect($churnDraft.get()).toEqual(edited);
  });

  it('after a share link replaced the person’s figures, the example or Clear still offers those back', () => {
    $churnDraft.set(withFigures({ customersAtStart: '7' }));
    const own = $churnDraft.get();
    const shareState = getChurnView(CHURN_EXAMPLE_DRAFT).shareState;
    if (!shareState) throw new Error('expected a share state');
    const url = getChurnShareUrl('https://example.org', shareState);
    expect(applyChurnShareFragment(url.slice(url.indexOf('#'))).ok).toBe(true);
    clearChurn();
    expect($churnShareNotice.get()).toEqual({ kind: 'applied', previous: own, by: 'clear' });
    restoreChurnBeforeShare();
    expect($churnDraft.get()).toEqual(own);
  });

  it('opens a link whose key has blanks around it, as a browser escapes them', () => {
    const shareState = getChurnView(CHURN_EXAMPLE_DRAFT).shareState;
    if (!shareState) throw new Error('expected a share state');
    const url = getChurnShareUrl('https://example.org', shareState);
    const applied = applyChurnShareFragment(`#%20${url.slice(url.indexOf('#') + 1)}%20%20`);
    expect(applied.ok).toBe(true);
    expect(getChurnView($churnDraft.get())).toEqual(getChurnView(CHURN_EXAMPLE_DRAFT));
  });

  it('a share link round-trips the worked example and can be undone', () => {
    const shareState = getChurnView(CHURN_EXAMPLE_DRAFT).shareState;
    if (!shareState) throw new Error('expected a share state');
    const url = getChurnShareUrl('https://example.org', shareState);
    expect(url).toMatch(/^https:\/\/example\.org\/tools\/churn-retention\/#c=1\.churn\./);
    const hash = url.slice(url.indexOf('#'));
    expect(isCalculatorShareFragment(hash)).toBe(true);
    expect(isCalculatorShareFragment('#how-this-is-calculated')).toBe(false);
    // Blanks around the key (a browser writes them as %20) and a key escaped whole still open: one fragment reader.
    expect(isCalculatorShareFragment(`#%20${hash.slice(1)}%20`)).toBe(true);
    expect(isCalculatorShareFragment(`#%63%3D${hash.slice(3)}`)).toBe(true);
    $churnDraft.set(withFigures({ customersAtStart: '7' }));
    const applied = applyChurnShareFragment(hash);
    expect(applied.ok).toBe(true);
    expect(getChurnView($churnDraft.get())).toEqual(getChurnView(CHURN_EXAMPLE_DRAFT));
    restoreChurnBeforeShare();
    expect($churnDraft.get().figures.customersAtStart).toBe('7');
    expect($churnShareNotice.get()).toEqual({ kind: 'none' });
  });

  it('a damaged share link changes nothing and says why', () => {
    $churnDraft.set(withFigures({ customersAtStart: '7' }));
    const code = encodeChurnShareCode({ ...getDraftShareState(), customersAtStart: 8 });
    const result = applyChurnShareFragment(`#c=${code.slice(0, -1)}x`);
    expect(result.ok).toBe(false);
    expect($churnShareNotice.get().kind).toBe('failed');
    expect($churnDraft.get().figures.customersAtStart).toBe('7');
  });

});

function getDraftShareState() {
  const state = getChurnView(CHURN_EXAMPLE_DRAFT).shareState;
  if (!state) throw new Error('expected a share state');
  return state;
}
