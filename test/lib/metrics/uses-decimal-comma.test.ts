import { describe, expect, it } from 'vitest';
import { usesDecimalComma } from '../../../src/lib/metrics/uses-decimal-comma.ts';

describe('usesDecimalComma', () => {
  it('reads "4,5" alone on a line as a decimal', () => {
    expect(usesDecimalComma('4,5')).toBe(true);
    expect(usesDecimalComma('4,5\n3,5\n4')).toBe(true);
    expect(usesDecimalComma('4,5\r\n3,0\r\n')).toBe(true);
  });

  it('reads decimal commas between other separators', () => {
    expect(usesDecimalComma('4,5;3,5;4')).toBe(true);
    expect(usesDecimalComma('4,5\t3,5')).toBe(true);
    expect(usesDecimalComma('4,5 3,5')).toBe(true);
    expect(usesDecimalComma('"4,5"\n"3,5"')).toBe(true);
  });

  it('reads "4,5,6" as three values', () => {
    expect(usesDecimalComma('4,5,6')).toBe(false);
  });

  it('lets one separating comma decide for the whole paste', () => {
    expect(usesDecimalComma('4,5,6\n7,9')).toBe(false);
    expect(usesDecimalComma('9, 10')).toBe(false);
    expect(usesDecimalComma('9 ,10')).toBe(false);
    expect(usesDecimalComma('"9","10"')).toBe(false);
    expect(usesDecimalComma('9,,10')).toBe(false);
    expect(usesDecimalComma('a,b')).toBe(false);
    expect(usesDecimalComma('9,')).toBe(false);
    expect(usesDecimalComma(',9')).toBe(false);
  });

  it('treats a number with both marks as separated', () => {
    expect(usesDecimalComma('1,5.0')).toBe(false);
    expect(usesDecimalComma('1.5,0')).toBe(false);
  });

  it('is false without commas', () => {
    expect(usesDecimalComma('')).toBe(false);
    expect(usesDecimalComma('9\n10\n4.5')).toBe(false);
  });
});
