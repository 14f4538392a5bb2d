import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { convertChurnRate, convertDiscountRate, getPeriodExponent } from '../../../src/lib/metrics/convert-rate.ts';
import type { Result } from '../../../src/lib/result.ts';

function unwrap<T>(result: Result<T, unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('convertChurnRate', () => {
  it('compounds 5% a month to 45.96% a year', () => {
    expect(unwrap(convertChurnRate(0.05, 'month', 'year'))).toBeCloseTo(1 - 0.95 ** 12, 15);
    expect(unwrap(convertChurnRate(0.05, 'month', 'year')).toFixed(4)).toBe('0.4596');
  });

  it('converts back from a year to a month', () => {
    expect(unwrap(convertChurnRate(1 - 0.95 ** 12, 'year', 'month'))).toBeCloseTo(0.05, 14);
    expect(unwrap(convertChurnRate(0.2, 'year', 'month'))).toBeCloseTo(1 - 0.8 ** (1 / 12), 15);
  });

  it('converts through quarters', () => {
    expect(unwrap(convertChurnRate(0.05, 'month', 'quarter'))).toBeCloseTo(1 - 0.95 ** 3, 15);
    expect(unwrap(convertChurnRate(0.1, 'quarter', 'year'))).toBeCloseTo(1 - 0.9 ** 4, 15);
  });

  it('keeps 0, 1 and same-period rates as they are', () => {
    expect(unwrap(convertChurnRate(0, 'month', 'year'))).toBe(0);
    expect(unwrap(convertChurnRate(1, 'year', 'month'))).toBe(1);
    expect(unwrap(convertChurnRate(0.07, 'month', 'month'))).toBeCloseTo(0.07, 15);
  });

  it('refuses rates outside 0–1 and non-finite rates', () => {
    expect(convertChurnRate(1.5, 'month', 'year')).toEqual({ ok: false, error: { kind: 'outside-zero-to-one', value: 1.5 } });
    expect(convertChurnRate(-0.1, 'month', 'year')).toEqual({ ok: false, error: { kind: 'outside-zero-to-one', value: -0.1 } });
    expect(convertChurnRate(Number.NaN, 'month', 'year')).toEqual({ ok: false, error: { kind: 'not-finite' } });
  });

  it('round-trips and stays within [0, 1]', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.5, noNaN: true }), (rate) => {
        const yearly = unwrap(convertChurnRate(rate, 'month', 'year'));
        expect(yearly).toBeGreaterThanOrEqual(rate - 1e-15);
        expect(yearly).toBeLessThanOrEqual(1);
        expect(unwrap(convertChurnRate(yearly, 'year', 'month'))).toBeCloseTo(rate, 9);
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });
});

describe('getPeriodExponent', () => {
  it('counts the from-periods in one to-period', () => {
    expect(getPeriodExponent('month', 'year')).toBe(12);
    expect(getPeriodExponent('quarter', 'year')).toBe(4);
    expect(getPeriodExponent('year', 'quarter')).toBe(0.25);
    expect(getPeriodExponent('month', 'month')).toBe(1);
  });
});

describe('convertDiscountRate', () => {
  // Expected values from (1 + i)^k − 1 worked with ** (a different route from expm1/log1p).
  it('compounds: 10% a year is 0.797% a month, not 0.833%', () => {
    expect(convertDiscountRate(0.1, 'year', 'month')).toBeCloseTo(0.007974140428903741, 15);
    expect(convertDiscountRate(0.1, 'year', 'month')).toBeCloseTo(1.1 ** (1 / 12) - 1, 15);
    expect(convertDiscountRate(0.01, 'month', 'year')).toBeCloseTo(1.01 ** 12 - 1, 14);
  });

  it('leaves a rate in its own period, and 0 as 0', () => {
    expect(convertDiscountRate(0.1, 'month', 'month')).toBe(0.1);
    expect(convertDiscountRate(0, 'year', 'quarter')).toBe(0);
  });

  it('converts there and back to the same rate', () => {
    expect(convertDiscountRate(convertDiscountRate(0.08, 'year', 'quarter'), 'quarter', 'year')).toBeCloseTo(0.08, 14);
  });
});
