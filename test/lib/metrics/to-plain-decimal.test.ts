import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumberField } from '../../../src/lib/metrics/parse-number-field.ts';
import { toPlainDecimal } from '../../../src/lib/metrics/to-plain-decimal.ts';

describe('toPlainDecimal', () => {
  it('writes ordinary numbers as String does', () => {
    expect(toPlainDecimal(2500)).toBe('2500');
    expect(toPlainDecimal(2.5)).toBe('2.5');
    expect(toPlainDecimal(0.1)).toBe('0.1');
    expect(toPlainDecimal(-12.75)).toBe('-12.75');
  });

  it('writes out numbers JavaScript would put in exponent form', () => {
    expect(toPlainDecimal(1e21)).toBe('1000000000000000000000');
    expect(toPlainDecimal(1.5e21)).toBe('1500000000000000000000');
    expect(toPlainDecimal(1.5e-7)).toBe('0.00000015');
    expect(toPlainDecimal(1e-7)).toBe('0.0000001');
    expect(toPlainDecimal(-2.25e-8)).toBe('-0.0000000225');
  });

  it('writes -0 as 0', () => {
    expect(toPlainDecimal(-0)).toBe('0');
  });

  it('refuses what is not a finite number (a programmer error)', () => {
    expect(() => toPlainDecimal(Number.NaN)).toThrowErrorMatchingInlineSnapshot(`[Error: toPlainDecimal requires a finite number, got NaN]`);
    expect(() => toPlainDecimal(Number.POSITIVE_INFINITY)).toThrow();
  });

  it('gives text that reads back to the same number, in JavaScript and in a figure field', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = toPlainDecimal(value);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(text)).toBe(value === 0 ? 0 : value);
        expect(parseNumberField(text)).toEqual({ ok: true, value: value === 0 ? 0 : value });
      }),
      { numRuns: 500, interruptAfterTimeLimit: 2_000 },
    );
  });
});
