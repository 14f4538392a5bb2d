import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeClvShareCode, encodeClvShareCode } from '../../../src/lib/metrics/clv-share-code.ts';
import type { ClvShareState } from '../../../src/lib/metrics/clv-share-code.ts';
import { encodeChurnShareCode } from '../../../src/lib/metrics/churn-share-code.ts';
import { DISPLAY_CURRENCY_IDS } from '../../../src/lib/metrics/display-currency.ts';
import { writeCalculatorCode } from '../../../src/lib/metrics/calculator-code.ts';
import { BAD_FIGURE_CODE } from '../../../src/lib/metrics/figure-share-code.ts';
import { invalid } from '../../../src/lib/portable/portable-error.ts';
import { anyString } from '../../support/arbitraries.ts';

const subscription: ClvShareState = {
  form: 'subscription',
  currency: 'gbp',
  averageRevenuePerAccount: 50,
  revenuePeriod: 'month',
  grossMarginPercent: 80,
  churnPercent: 2.5,
  churnPeriod: 'month',
};
const simple: ClvShareState = {
  form: 'simple',
  currency: 'none',
  averageOrderValue: 40,
  purchaseFrequency: 5,
  frequencyPeriod: 'year',
  lifespan: 3,
  lifespanPeriod: 'year',
  marginPercent: null,
};
const discounted: ClvShareState = {
  form: 'discounted',
  currency: 'usd',
  marginPerPeriod: 480,
  marginPeriod: 'year',
  retentionPercent: 97.5,
  retentionPeriod: 'month',
  discountPercent: 10,
  discountPeriod: 'year',
  timing: 'start-of-period',
};

describe('CLV share codes', () => {
  it('carry the form in use and its figures compactly', () => {
    expect(encodeClvShareCode(subscription)).toMatch(/^1\.clv\.gbp\.u\.50-m-80-2p5-m\.[0-9a-z]{4}$/);
    expect(encodeClvShareCode(simple)).toMatch(/^1\.clv\.none\.s\.40-5-y-3-y-\.[0-9a-z]{4}$/);
    expect(encodeClvShareCode(discounted)).toMatch(/^1\.clv\.usd\.d\.480-y-97p5-m-10-y-s\.[0-9a-z]{4}$/);
  });

  it('decode what they encode, for every form', () => {
    for (const state of [subscription, simple, discounted]) {
      const code = encodeClvShareCode(state);
      expect(encodeURIComponent(code)).toBe(code);
      expect(decodeClvShareCode(code)).toEqual({ ok: true, value: state });
      expect(decodeClvShareCode(`#c=${code}`)).toEqual({ ok: true, value: state });
    }
  });

  it('refuse to encode a negative figure (a programmer error)', () => {
    expect(() => encodeClvShareCode({ ...subscription, churnPercent: -5 })).toThrow('encodeFigure requires a finite figure >= 0, got -5');
  });

  it('say which part of a signed code is wrong', () => {
    const sign = (parts: string[]) => writeCalculatorCode('clv', parts);
    expect(decodeClvShareCode(sign(['gbp', 'u', '50-m-80-2p5-m']))).toEqual({ ok: true, value: subscription });
    expect(decodeClvShareCode(sign(['gbp', 'u']))).toEqual({ ok: false, error: { kind: 'malformed', part: 'structure' } });
    expect(decodeClvShareCode(sign(['eek', 'u', '50-m-80-2p5-m']))).toEqual({ ok: false, error: BAD_FIGURE_CODE.currency });
    expect(decodeClvShareCode(sign(['gbp', 'x', '50-m-80-2p5-m']))).toEqual({ ok: false, error: invalid(['Its CLV form is not simple, subscription or discounted.']) });
    expect(decodeClvShareCode(sign(['gbp', 'u', '50-m-80-2p5']))).toEqual({ ok: false, error: { kind: 'malformed', part: 'structure' } });
    expect(decodeClvShareCode(sign(['gbp', 'u', '50-m-8o-2p5-m']))).toEqual({ ok: false, error: BAD_FIGURE_CODE.figures });
    expect(decodeClvShareCode(sign(['gbp', 'u', '50-w-80-2p5-m']))).toEqual({ ok: false, error: BAD_FIGURE_CODE.period });
    expect(decodeClvShareCode(sign(['gbp', 's', '40-5-y-3-y']))).toEqual({ ok: false, error: { kind: 'malformed', part: 'structure' } });
    expect(decodeClvShareCode(sign(['gbp', 's', '40-5-y-3-5-']))).toEqual({ ok: false, error: BAD_FIGURE_CODE.period });
    expect(decodeClvShareCode(sign(['gbp', 's', '40-y-y-3-y-']))).toEqual({ ok: false, error: BAD_FIGURE_CODE.figures });
    expect(decodeClvShareCode(sign(['gbp', 'd', '480-y-97p5-m-10-y-x']))).toEqual({ ok: false, error: invalid(['Its timing is not the start or the end of a period.']) });
    expect(decodeClvShareCode(sign(['gbp', 'd', '480-y-97p5-m-10-z-e']))).toEqual({ ok: false, error: BAD_FIGURE_CODE.period });
    expect(decodeClvShareCode(sign(['gbp', 'd', '480-y-97p5-m-1x-y-e']))).toEqual({ ok: false, error: BAD_FIGURE_CODE.figures });
  });

  it('say a code was changed, or made for the churn calculator', () => {
    const code = encodeClvShareCode(subscription);
    expect(decodeClvShareCode(code.replace('80', '90'))).toEqual({ ok: false, error: { kind: 'checksum-mismatch' } });
    const churnCode = encodeChurnShareCode({
      period: 'month',
      currency: 'none',
      customersAtStart: 1000,
      customersAtEnd: 950,
      newCustomers: 50,
      lostCustomers: null,
      startingRevenue: null,
      expansionRevenue: null,
      contractionRevenue: null,
      churnedRevenue: null,
      rateToConvertPercent: null,
      rateToConvertPeriod: 'month',
    });
    expect(decodeClvShareCode(churnCode)).toEqual({ ok: false, error: { kind: 'other-tool', found: 'the churn and retention calculator (/tools/churn-retention/)' } });
  });

  const figure = fc.option(fc.oneof(fc.nat(100_000), fc.double({ min: 0, noNaN: true, noDefaultInfinity: true })), { nil: null });
  const period = fc.constantFrom('month' as const, 'quarter' as const, 'year' as const);
  const currency = fc.constantFrom(...DISPLAY_CURRENCY_IDS);
  const state: fc.Arbitrary<ClvShareState> = fc.oneof(
    fc.record({
      form: fc.constant('simple' as const),
      currency,
      averageOrderValue: figure,
      purchaseFrequency: figure,
      frequencyPeriod: period,
      lifespan: figure,
      lifespanPeriod: period,
      marginPercent: figure,
    }),
    fc.record({
      form: fc.constant('subscription' as const),
      currency,
      averageRevenuePerAccount: figure,
      revenuePeriod: period,
      grossMarginPercent: figure,
      churnPercent: figure,
      churnPeriod: period,
    }),
    fc.record({
      form: fc.constant('discounted' as const),
      currency,
      marginPerPeriod: figure,
      marginPeriod: period,
      retentionPercent: figure,
      retentionPeriod: period,
      discountPercent: figure,
      discountPeriod: period,
      timing: fc.constantFrom('end-of-period' as const, 'start-of-period' as const),
    }),
  );

  it('decode every encoded state back to itself (property)', () => {
    fc.assert(
      fc.property(state, (value) => {
        const code = encodeClvShareCode(value);
        expect(encodeURIComponent(code)).toBe(code);
        const normalised = Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, entry === 0 ? 0 : entry]));
        expect(decodeClvShareCode(code)).toEqual({ ok: true, value: normalised });
      }),
      { numRuns: 500, interruptAfterTimeLimit: 2_000 },
    );
  });

  it('give a value or an error for any string, never a throw (property)', () => {
    fc.assert(
      fc.property(anyString(), (text) => {
        expect(typeof decodeClvShareCode(text).ok).toBe('boolean');
      }),
      { numRuns: 1000, interruptAfterTimeLimit: 700 },
    );
    const piece = fc.constantFrom('1', '.', '-', 'clv', 's', 'u', 'd', 'e', 'm', 'q', 'y', 'gbp', 'none', 'p', 'en', '5', '#', 'c=', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        expect(typeof decodeClvShareCode(pieces.join('')).ok).toBe('boolean');
      }),
      { numRuns: 1000, interruptAfterTimeLimit: 700 },
    );
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('').replaceAll('.', '')), { maxLength: 5 }), (parts) => {
        expect(typeof decodeClvShareCode(writeCalculatorCode('clv', parts)).ok).toBe('boolean');
      }),
      { numRuns: 1000, interruptAfterTimeLimit: 700 },
    );
  });
});
