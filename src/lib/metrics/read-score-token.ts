import { CHAR, isBlankCode, isDigitCode } from './character-codes.ts';
import { readAnswerText } from './read-answer-text.ts';

/** Longest run of digits we add up ourselves; longer ones go through `Number` to stay exact. */
const MAX_FAST_DIGITS = 15;

/**
 * Read one pasted value as a number: the slow, general path of the score parsers.
 *
 * Accepts surrounding blanks and one pair of surrounding double quotes, an
 * optional sign (+, -, or the Unicode minus −), digits, and at most one decimal
 * mark: a dot (`4.5`, `.5`, `5.`) or a comma with digits on both sides (`4,5`).
 * Text that is not a plain ASCII number goes through `readAnswerText`: digits
 * of other scripts (`９`, `١٠`), invisible characters and a number written with
 * its scale label (`10 - Extremely likely`) read as numbers. Anything else,
 * including exponents (`1e1`), `Infinity` and a second mark (`1.234,5`), is not
 * a number. O(length).
 *
 * @param text the whole input
 * @param start index of the value's first character
 * @param end index after its last character
 * @returns the number; NaN if it is not a number; null if it is blank (`""`)
 * @example readScoreToken('a "4,5" b', 2, 7) // 4.5
 * @see https://www.rfc-editor.org/rfc/rfc4180#section-2 (quoted fields)
 */
export function readScoreToken(text: string, start: number, end: number): number | null {
  let first = start;
  let last = end;
  while (first < last && isBlankCode(text.charCodeAt(first))) first += 1;
  while (last > first && isBlankCode(text.charCodeAt(last - 1))) last -= 1;
  if (first === last) return null;
  if (text.charCodeAt(first) === CHAR.QUOTE) {
    if (last - first < 2 || text.charCodeAt(last - 1) !== CHAR.QUOTE) return Number.NaN;
    first += 1;
    last -= 1;
    while (first < last && isBlankCode(text.charCodeAt(first))) first += 1;
    while (last > first && isBlankCode(text.charCodeAt(last - 1))) last -= 1;
    if (first === last) return null;
  }
  let index = first;
  let negative = false;
  const signCode = text.charCodeAt(index);
  if (signCode === CHAR.PLUS) {
    index += 1;
  } else if (signCode === CHAR.MINUS || signCode === CHAR.UNICODE_MINUS) {
    negative = true;
    index += 1;
  }
  const bodyStart = index;
  let integerDigits = 0;
  let fractionDigits = 0;
  let markCode = -1;
  let fastValue = 0;
  for (; index < last; index += 1) {
    const code = text.charCodeAt(index);
    if (isDigitCode(code)) {
      if (markCode === -1) {
        integerDigits += 1;
        fastValue = fastValue * 10 + (code - CHAR.ZERO);
      } else {
        fractionDigits += 1;
      }
    } else if ((code === CHAR.DOT || code === CHAR.COMMA) && markCode === -1) {
      markCode = code;
    } else {
      return readAnswerText(text.slice(first, last)).value;
    }
  }
  if (integerDigits + fractionDigits === 0) return readAnswerText(text.slice(first, last)).value;
  // A decimal comma must sit between digits: ",5" and "5," are not numbers.
  if (markCode === CHAR.COMMA && (integerDigits === 0 || fractionDigits === 0)) return Number.NaN;
  let value: number;
  if (markCode === -1 && integerDigits <= MAX_FAST_DIGITS) {
    value = fastValue;
  } else {
    const body = text.slice(bodyStart, last);
    value = Number(markCode === CHAR.COMMA ? body.replace(',', '.') : body);
  }
  if (value === 0) return 0;
  return negative ? -value : value;
}
