import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normaliseAnswerText, readAnswerText } from '../../../src/lib/metrics/read-answer-text.ts';

describe('normaliseAnswerText', () => {
  it('maps digits of other scripts to ASCII digits, one for one', () => {
    // Each script's zero to nine, written out from the Unicode charts.
    expect(normaliseAnswerText('０１２３４５６７８９')).toBe('0123456789');
    expect(normaliseAnswerText('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(normaliseAnswerText('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(normaliseAnswerText('०१२३४५६७८९')).toBe('0123456789');
  });

  it('drops invisible characters, turns other spaces into one space and trims', () => {
    expect(normaliseAnswerText('\u200b 10\u00a0-\u202fExtremely\u3000\u3000likely \u2060')).toBe('10 - Extremely likely');
    expect(normaliseAnswerText('\u2212 3')).toBe('- 3');
  });

  it('never lengthens the text and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const once = normaliseAnswerText(text);
        expect(once.length).toBeLessThanOrEqual(text.length);
        expect(normaliseAnswerText(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});

describe('readAnswerText', () => {
  it('reads the number of a labelled answer and keeps its label', () => {
    expect(readAnswerText('10 - Extremely likely')).toEqual({ value: 10, label: 'Extremely likely', stoppedBy: null });
    expect(readAnswerText('0 (Not at all likely)')).toEqual({ value: 0, label: 'Not at all likely', stoppedBy: null });
    expect(readAnswerText('4 = Satisfied')).toEqual({ value: 4, label: 'Satisfied', stoppedBy: null });
  });

  it('keeps answers made only of words as labels to map', () => {
    expect(readAnswerText('Very satisfied')).toEqual({ value: Number.NaN, label: 'Very satisfied', stoppedBy: null });
    expect(readAnswerText('  Promoter ')).toEqual({ value: Number.NaN, label: 'Promoter', stoppedBy: null });
  });

  it('names the character that stopped a number-like answer', () => {
    expect(readAnswerText('9½').stoppedBy).toBe('½');
    expect(readAnswerText('8/10').stoppedBy).toBe('/');
    expect(readAnswerText('1O').stoppedBy).toBe('O');
    expect(readAnswerText('7 - 8')).toEqual({ value: Number.NaN, label: null, stoppedBy: null });
  });

  it('reads star ratings as the number of filled stars', () => {
    expect(readAnswerText('★★★★').value).toBe(4);
    expect(readAnswerText('★★☆☆☆').value).toBe(2);
    expect(readAnswerText('☆☆').value).toBeNaN();
  });

  it('reads blanks as null', () => {
    expect(readAnswerText(' \u200b ').value).toBeNull();
  });

  it('reads any whole number written in full-width digits with a label', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.constantFrom(' - ', ' = ', ': ', ' ('), (value, delimiter) => {
        const wide = [...String(value)].map((digit) => String.fromCharCode(0xff10 + Number(digit))).join('');
        expect(readAnswerText(`${wide}${delimiter}Label`).value).toBe(value);
      }),
      { numRuns: 200 },
    );
  });
});

describe('readAnswerText: more star ratings', () => {
  it('reads the emoji star and a rating written out in stars', () => {
    expect(readAnswerText('⭐⭐⭐').value).toBe(3);
    expect(readAnswerText('4 stars').value).toBe(4);
    expect(readAnswerText('1 Star').value).toBe(1);
  });
});
