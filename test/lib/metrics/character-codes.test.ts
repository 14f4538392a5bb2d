import { describe, expect, it } from 'vitest';
import { CHAR, isBlankCode, isDigitCode } from '../../../src/lib/metrics/character-codes.ts';

describe('character codes', () => {
  it('names the codes the parsers use', () => {
    expect(CHAR.COMMA).toBe(','.charCodeAt(0));
    expect(CHAR.QUOTE).toBe('"'.charCodeAt(0));
    expect(CHAR.BYTE_ORDER_MARK).toBe(0xfeff);
  });

  it('knows digits, and not what lies past either end of a string', () => {
    expect([...'0123456789'].every((digit) => isDigitCode(digit.charCodeAt(0)))).toBe(true);
    expect(isDigitCode('a'.charCodeAt(0))).toBe(false);
    expect(isDigitCode('٣'.charCodeAt(0))).toBe(false);
    expect(isDigitCode(''.charCodeAt(0))).toBe(false);
  });

  it('knows ASCII and Unicode blanks', () => {
    for (const blank of [' ', '\t', '\n', '\r', '\u000b', '\f', '\u00a0', '\u2009', '\u202f', '\u3000', '\ufeff']) {
      expect(isBlankCode(blank.charCodeAt(0)), JSON.stringify(blank)).toBe(true);
    }
    for (const other of ['a', '9', ',', ';', '"', '\u200b', 'é']) {
      expect(isBlankCode(other.charCodeAt(0)), JSON.stringify(other)).toBe(false);
    }
  });
});
