/** Character codes the score parsers look for. */
export const CHAR = {
  TAB: 9,
  LINE_FEED: 10,
  CARRIAGE_RETURN: 13,
  SPACE: 32,
  QUOTE: 34,
  PLUS: 43,
  COMMA: 44,
  MINUS: 45,
  DOT: 46,
  ZERO: 48,
  NINE: 57,
  SEMICOLON: 59,
  UNICODE_MINUS: 0x2212,
  BYTE_ORDER_MARK: 0xfeff,
} as const;

/**
 * Whether a character code is a digit 0–9 (NaN, from reading past either end, is not).
 *
 * @param code a UTF-16 code unit from `charCodeAt`
 * @returns true for 0–9
 * @see https://tc39.es/ecma262/#prod-DecimalDigit
 * @example isDigitCode('7'.charCodeAt(0)) // true
 */
export function isDigitCode(code: number): boolean {
  return code >= CHAR.ZERO && code <= CHAR.NINE;
}

/**
 * Whether a character code is white space: ASCII blanks, no-break and other
 * Unicode spaces, and a stray byte-order mark (spreadsheets and chat apps insert these).
 *
 * @param code a UTF-16 code unit from `charCodeAt`
 * @returns true for white space
 * @see https://www.unicode.org/reports/tr44/#White_Space (the Unicode White_Space property)
 * @example isBlankCode(0xa0) // true (no-break space)
 */
export function isBlankCode(code: number): boolean {
  if (code < 128) return code === CHAR.SPACE || (code >= CHAR.TAB && code <= CHAR.CARRIAGE_RETURN);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === CHAR.BYTE_ORDER_MARK
  );
}
