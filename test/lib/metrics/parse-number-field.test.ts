import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNumberField } from '../../../src/lib/metrics/parse-number-field.ts';
import { normaliseAnswerText } from '../../../src/lib/metrics/read-answer-text.ts';
import { anyString } from '../../support/arbitraries.ts';

const value = (text: string, wholeNumber = false) => {
  const result = parseNumberField(text, { wholeNumber });
  return result.ok ? result.value : result.error.kind;
};

describe('parseNumberField', () => {
  it('reads plain numbers with either decimal mark', () => {
    expect(value('42')).toBe(42);
    expect(value('4.5')).toBe(4.5);
    expect(value('4,5')).toBe(4.5);
    expect(value('0,125')).toBe(0.125);
    expect(value('12,50')).toBe(12.5);
    expect(value('.5')).toBe(0.5);
    expect(value('-3')).toBe(-3);
    expect(value('+7')).toBe(7);
    expect(value('\u22122.5')).toBe(-2.5);
  });

  it('reads thousands separators from different countries', () => {
    expect(value('1,234.5')).toBe(1234.5);
    expect(value('1.234,5')).toBe(1234.5);
    expect(value('1 234')).toBe(1234);
    expect(value('1\u00a0234,5')).toBe(1234.5);
    expect(value('1\u202f234')).toBe(1234);
    expect(value("1'234.50")).toBe(1234.5);
    expect(value('1.234.567')).toBe(1234567);
    expect(value('1,234,567')).toBe(1234567);
    expect(value('12 345 678')).toBe(12345678);
  });

  it('reads a single comma before three digits as thousands, a single dot as a decimal point', () => {
    expect(value('1,234')).toBe(1234);
    expect(value('1.23')).toBe(1.23);
    expect(value('0.125')).toBe(0.125);
    expect(value('1.2345')).toBe(1.2345);
  });

  it('refuses a single dot before three digits in a figure that is not a count: 1250 or 1.25 is not guessed', () => {
    // The reported case: European revenue "100.000" was read as 100, and NRR came out at 8,092%.
    expect(parseNumberField('100.000')).toEqual({ ok: false, error: { kind: 'ambiguous', text: '100.000', grouped: 100000, decimal: 100 } });
    expect(parseNumberField('€1.250')).toEqual({ ok: false, error: { kind: 'ambiguous', text: '€1.250', grouped: 1250, decimal: 1.25 } });
    expect(parseNumberField('-2.500')).toEqual({ ok: false, error: { kind: 'ambiguous', text: '-2.500', grouped: -2500, decimal: -2.5 } });
    // Unambiguous forms of the same figures still read.
    expect(value('100.000,00')).toBe(100000);
    expect(value('1.250.000')).toBe(1250000);
    expect(value('100 000')).toBe(100000);
  });

  it('reads a single dot before three digits as thousands for counts', () => {
    expect(value('1.234', true)).toBe(1234);
    expect(value('1,234', true)).toBe(1234);
    expect(value('12,0', true)).toBe(12);
    expect(value('10,00', true)).toBe(10);
  });

  it('refuses a count with more than three digits after one mark (1,0000: 10000 or 1000?) instead of reading 1', () => {
    expect(parseNumberField('1,0000', { wholeNumber: true })).toEqual({ ok: false, error: { kind: 'not-a-number', text: '1,0000' } });
    expect(parseNumberField('25.0000', { wholeNumber: true })).toEqual({ ok: false, error: { kind: 'not-a-number', text: '25.0000' } });
    // Other decimals are still said to be not whole.
    expect(parseNumberField('2,5000', { wholeNumber: true })).toEqual({ ok: false, error: { kind: 'not-whole', text: '2,5000', value: 2.5 } });
  });

  it('ignores a currency sign or a percent sign, except for counts', () => {
    expect(value('$49.90')).toBe(49.9);
    expect(value('49,90 €')).toBe(49.9);
    expect(value('5%')).toBe(5);
    expect(value('5%', true)).toBe('not-a-number');
  });

  it('says empty for blank fields', () => {
    expect(value('')).toBe('empty');
    expect(value('   ')).toBe('empty');
  });

  it('refuses text, bad grouping, exponents and infinities', () => {
    for (const text of ['abc', '1,2,3', '1.2.3', '1,23,456', '1 2', '1 234 5', '1e5', 'Infinity', '--1', '- 5', '1_234', '.', ',']) {
      expect(value(text), text).toBe('not-a-number');
    }
  });

  it('refuses fractions for counts', () => {
    expect(parseNumberField('12,5', { wholeNumber: true })).toEqual({ ok: false, error: { kind: 'not-whole', text: '12,5', value: 12.5 } });
  });

  it('refuses counts too large to hold exactly, instead of rounding them', () => {
    expect(parseNumberField('9007199254740991', { wholeNumber: true })).toEqual({ ok: true, value: 9007199254740991 });
    expect(parseNumberField('99999999999999999999', { wholeNumber: true })).toEqual({
      ok: false,
      error: { kind: 'too-large-to-count', text: '99999999999999999999', value: 1e20 },
    });
    expect(parseNumberField('99999999999999999999').ok).toBe(true);
  });

  it('cuts long text in errors', () => {
    const result = parseNumberField('x'.repeat(60));
    expect(result).toEqual({ ok: false, error: { kind: 'not-a-number', text: `${'x'.repeat(40)}…` } });
  });

  it('never throws and never returns a non-finite number', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('1', '2', '0', '.', ',', ' ', "'", '-', '+', '$', '%', 'e', '\u00a0') }), fc.boolean(), (text, wholeNumber) => {
        const result = parseNumberField(text, { wholeNumber });
        if (result.ok) {
          expect(Number.isFinite(result.value)).toBe(true);
          if (wholeNumber) expect(Number.isInteger(result.value)).toBe(true);
        }
      }),
      { numRuns: 100, interruptAfterTimeLimit: 1_000 },
    );
    fc.assert(
      fc.property(anyString(), (text) => {
        parseNumberField(text);
      }),
      { numRuns: 100, interruptAfterTimeLimit: 1_000 },
    );
  });

  it('reads back any number written in plain notation', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const text = `${String(whole)}.${String(cents).padStart(2, '0')}`;
        expect(value(text)).toBeCloseTo(Number(text), 9);
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });
});

describe('parseNumberField with digits of other scripts', () => {
  // Each expected value is the same figure typed in ASCII digits, read by the same function.
  it.each([
    ['١٢٥٠', {}, '1250'],
    ['١٬٢٥٠', { wholeNumber: true }, '1,250'],
    ['٤٫٥', {}, '4.5'],
    ['۱۲۳۴', { wholeNumber: true }, '1234'],
    ['१,२५०', { wholeNumber: true }, '1,250'],
    ['৩৫', {}, '35'],
    ['２，０００', { wholeNumber: true }, '2,000'],
    ['１２．５%', {}, '12.5%'],
  ] as const)('reads %s as %s reads', (typed, options, ascii) => {
    expect(parseNumberField(typed, options)).toEqual(parseNumberField(ascii, options));
    expect(parseNumberField(typed, options).ok).toBe(true);
  });

  it('reads every digit of those scripts as the paste reader does', () => {
    for (const zero of [0xff10, 0x0660, 0x06f0, 0x0966, 0x09e6]) {
      for (let digit = 0; digit <= 9; digit += 1) {
        const typed = String.fromCharCode(zero + digit);
        expect(parseNumberField(typed), typed).toEqual({ ok: true, value: digit });
        expect(normaliseAnswerText(typed), typed).toBe(String(digit));
      }
    }
  });

  it('names what was typed, not its ASCII form, when it cannot be read', () => {
    expect(parseNumberField('١٢x')).toEqual({ ok: false, error: { kind: 'not-a-number', text: '١٢x' } });
  });
});
