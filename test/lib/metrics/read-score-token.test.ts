import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readScoreToken } from '../../../src/lib/metrics/read-score-token.ts';

const read = (text: string) => readScoreToken(text, 0, text.length);

describe('readScoreToken', () => {
  it('reads whole numbers, signs and leading zeros', () => {
    expect(read('9')).toBe(9);
    expect(read('10')).toBe(10);
    expect(read('+7')).toBe(7);
    expect(read('-3')).toBe(-3);
    expect(read('\u22123')).toBe(-3);
    expect(read('007')).toBe(7);
    expect(read('00000000000000000009')).toBe(9);
  });

  it('reads a decimal dot or a decimal comma between digits', () => {
    expect(read('4.5')).toBe(4.5);
    expect(read('.5')).toBe(0.5);
    expect(read('5.')).toBe(5);
    expect(read('4,5')).toBe(4.5);
    expect(read('4,0')).toBe(4);
  });

  it('trims blanks and one pair of quotes', () => {
    expect(read('  9 ')).toBe(9);
    expect(read('\u00a09\u202f')).toBe(9);
    expect(read('"9"')).toBe(9);
    expect(read('" 4,5 "')).toBe(4.5);
  });

  it('returns null for blanks and empty quotes', () => {
    expect(read('')).toBeNull();
    expect(read('   ')).toBeNull();
    expect(read('""')).toBeNull();
    expect(read('" "')).toBeNull();
  });

  it('returns NaN for anything else', () => {
    for (const text of ['abc', 'n/a', '1e1', 'Infinity', 'NaN', '0x5', '1.234,5', '1,2,3', ',5', '5,', '.', '-', '+', '9%', '"9', '9"', '"9"x', '--1', '1 2', '9 did not answer', '7 - 8', '9½']) {
      expect(read(text), text).toBeNaN();
    }
  });

  it('reads digits of other scripts, invisible characters and odd spaces', () => {
    expect(read('９')).toBe(9);
    expect(read('１０')).toBe(10);
    expect(read('١٠')).toBe(10);
    expect(read('۷')).toBe(7);
    expect(read('\u200b9\u200d')).toBe(9);
    expect(read('－３')).toBe(-3);
    expect(read('٤٫٥')).toBe(4.5);
    expect(read('\u200b')).toBeNull();
  });

  it('reads a number written with its scale label', () => {
    expect(read('10 - Extremely likely')).toBe(10);
    expect(read('0 - Not at all likely')).toBe(0);
    expect(read('10 (Extremely likely)')).toBe(10);
    expect(read('10 = Extremely likely')).toBe(10);
    expect(read('5: Very satisfied')).toBe(5);
    expect(read('"10 – Extremely likely"')).toBe(10);
    expect(read('１０（Extremely likely）')).toBe(10);
  });

  it('never returns negative zero', () => {
    expect(Object.is(read('-0'), 0)).toBe(true);
  });

  it('reads any whole number written plainly', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (value) => {
        expect(read(String(value))).toBe(value);
      }),
      { numRuns: 100, interruptAfterTimeLimit: 2_000 },
    );
  });

  it('reads only inside the range it is given', () => {
    expect(readScoreToken('x 9 y', 2, 3)).toBe(9);
  });
});
