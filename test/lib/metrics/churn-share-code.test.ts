import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeChurnShareCode, encodeChurnShareCode } from '../../../src/lib/metrics/churn-share-code.ts';
import type { ChurnShareState } from '../../../src/lib/metrics/churn-share-code.ts';
import { DISPLAY_CURRENCY_IDS } from '../../../src/lib/metrics/display-currency.ts';
import { writeCalculatorCode } from '../../../src/lib/metrics/calculator-code.ts';
import { BAD_FIGURE_CODE } from '../../../src/lib/metrics/figure-share-code.ts';
import { encodeShareCode } from '../../../src/lib/metrics/share-code.ts';
import { anyString } from '../../support/arbitraries.ts';

/** Fernway's first quarter, from the churn guide's worked example. */
const fernway: ChurnShareState = {
  period: 'quarter',
  currency: 'gbp',
  customersAtStart: 2000,
  customersAtEnd: 2100,
  newCustomers: 300,
  lostCustomers: null,
  startingRevenue: 100000,
  expansionRevenue: 8000,
  contractionRevenue: 3000,
  churnedRevenue: 6000,
  rateToConvertPercent: 5,
  rateToConvertPeriod: 'month',
};

describe('churn share codes', () => {
  it('carry the figures compactly, blanks as empty, after the version and calculator', () => {
    const code = encodeChurnShareCode(fernway);
    expect(code).toMatch(/^1\.churn\.q\.gbp\.2000-2100-300-\.100000-8000-3000-6000\.5-m\.[0-9a-z]{4}$/);
    expect(encodeURIComponent(code)).toBe(code);
  });

  it('decode what they encode, with or without the fragment around them', () => {
    const code = encodeChurnShareCode(fernway);
    expect(decodeChurnShareCode(code)).toEqual({ ok: true, value: fernway });
    expect(decodeChurnShareCode(`#c=${code}`)).toEqual({ ok: true, value: fernway });
  });

  it('keep decimals and blanks exactly', () => {
    const state: ChurnShareState = {
      ...fernway,
      period: 'year',
      currency: 'none',
      customersAtStart: null,
      startingRevenue: 1234.56,
      expansionRevenue: null,
      rateToConvertPercent: 0.125,
      rateToConvertPeriod: 'year',
    };
    expect(decodeChurnShareCode(encodeChurnShareCode(state))).toEqual({ ok: true, value: state });
  });

  it('refuse to encode a negative figure (a programmer error: only valid figures are shared)', () => {
    expect(() => encodeChurnShareCode({ ...fernway, newCustomers: -1 })).toThrow('encodeFigure requires a finite figure >= 0, got -1');
  });

  it('say which part of a signed code is wrong', () => {
    const sign = (parts: string[]) => writeCalculatorCode('churn', parts);
    const good = ['q', 'gbp', '2000-2100-300-', '---', '5-m'];
    expect(decodeChurnShareCode(sign(good))).toMatchObject({ ok: true });
    expect(decodeChurnShareCode(sign(good.slice(0, 4)))).toEqual({ ok: false, error: { kind: 'malformed', part: 'structure' } });
    expect(decodeChurnShareCode(sign(['w', ...good.slice(1)]))).toEqual({ ok: false, error: BAD_FIGURE_CODE.period });
    expect(decodeChurnShareCode(sign(['q', 'xyz', ...good.slice(2)]))).toEqual({ ok: false, error: BAD_FIGURE_CODE.currency });
    expect(decodeChurnShareCode(sign(['q', 'gbp', '2000-2100-300', '---', '5-m']))).toEqual({ ok: false, error: { kind: 'malformed', part: 'structure' } });
    expect(decodeChurnShareCode(sign(['q', 'gbp', '2000-2100-3x0-', '---', '5-m']))).toEqual({ ok: false, error: BAD_FIGURE_CODE.figures });
    expect(decodeChurnShareCode(sign(['q', 'gbp', '2000-2100-300-', '--', '5-m']))).toEqual({ ok: false, error: { kind: 'malformed', part: 'structure' } });
    expect(decodeChurnShareCode(sign(['q', 'gbp', '2000-2100-300-', '---', '5']))).toEqual({ ok: false, error: { kind: 'malformed', part: 'structure' } });
    expect(decodeChurnShareCode(sign(['q', 'gbp', '2000-2100-300-', '---', '5-w']))).toEqual({ ok: false, error: BAD_FIGURE_CODE.period });
  });

  it('say a code was cut short, or made for another calculator', () => {
    const code = encodeChurnShareCode(fernway);
    expect(decodeChurnShareCode(code.slice(0, -2))).toEqual({ ok: false, error: { kind: 'truncated' } });
    expect(decodeChurnShareCode(code.replace('2100', '2110'))).toEqual({ ok: false, error: { kind: 'checksum-mismatch' } });
    const npsCode = encodeShareCode({ calculator: 'ces', confidence: 95, counts: [1, 2, 3, 4, 5, 6, 7] });
    expect(decodeChurnShareCode(npsCode)).toEqual({ ok: false, error: { kind: 'other-tool', found: 'the CES calculator (/tools/ces/)' } });
    expect(decodeChurnShareCode('')).toEqual({ ok: false, error: { kind: 'empty' } });
  });

  const figure = fc.option(fc.oneof(fc.nat(100_000), fc.double({ min: 0, noNaN: true, noDefaultInfinity: true })), { nil: null });
  const period = fc.constantFrom('month' as const, 'quarter' as const, 'year' as const);
  const state: fc.Arbitrary<ChurnShareState> = fc.record({
    period,
    currency: fc.constantFrom(...DISPLAY_CURRENCY_IDS),
    customersAtStart: figure,
    customersAtEnd: figure,
    newCustomers: figure,
    lostCustomers: figure,
    startingRevenue: figure,
    expansionRevenue: figure,
    contractionRevenue: figure,
    churnedRevenue: figure,
    rateToConvertPercent: figure,
    rateToConvertPeriod: period,
  });

  it('decode every encoded state back to itself (property)', () => {
    fc.assert(
      fc.property(state, (value) => {
        const code = encodeChurnShareCode(value);
        expect(encodeURIComponent(code)).toBe(code);
        // -0 is carried as 0: compare with it normalised.
        const normalised = Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, entry === 0 ? 0 : entry]));
        expect(decodeChurnShareCode(code)).toEqual({ ok: true, value: normalised });
      }),
      { numRuns: 500, interruptAfterTimeLimit: 2_000 },
    );
  });

  it('give a value or an error for any string, never a throw (property)', () => {
    fc.assert(
      fc.property(anyString(), (text) => {
        expect(typeof decodeChurnShareCode(text).ok).toBe('boolean');
      }),
      { numRuns: 1000, interruptAfterTimeLimit: 700 },
    );
    const piece = fc.constantFrom('1', '.', '-', 'churn', 'clv', 'm', 'q', 'y', 'gbp', 'none', 'p', 'e', 'en', '5', '#', 'c=', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        expect(typeof decodeChurnShareCode(pieces.join('')).ok).toBe('boolean');
      }),
      { numRuns: 1000, interruptAfterTimeLimit: 700 },
    );
    // Strings whose check digits match reach the checks of each part.
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('').replaceAll('.', '')), { maxLength: 7 }), (parts) => {
        expect(typeof decodeChurnShareCode(writeCalculatorCode('churn', parts)).ok).toBe('boolean');
      }),
      { numRuns: 1000, interruptAfterTimeLimit: 700 },
    );
  });
});
