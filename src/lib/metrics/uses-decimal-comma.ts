import { CHAR, isDigitCode } from './character-codes.ts';

/**
 * Decide, for a whole pasted list, whether its commas are decimal marks rather than separators.
 *
 * The rule (one rule for the whole paste, so a list never mixes readings):
 * commas are decimal marks when the text has at least one comma and **every**
 * comma has a digit directly on both sides and sits in a number with no other
 * comma or dot. So `4,5` alone on a line is 4.5, and so are `4,5;3,5` and
 * `4,5 3,5`. A single comma used any other way (`4,5,6`, `9, 10`, `"9","10"`,
 * `1,5.0`) makes every comma a separator: `4,5,6` is three values, and a later
 * `7,9` line in that paste is 7 and 9. One ambiguity remains and is read as
 * decimals: a paste where every comma is digit,digit, such as `9,10` or a
 * header-less two-column CSV; type `9, 10`, add a header row, or (in the
 * calculators) choose "commas between answers" to mean separate values. O(length), and O(1) for text without commas.
 *
 * @param text the pasted text
 * @returns true when commas are decimal marks
 * @example usesDecimalComma('4,5\n3,5\n4') // true
 * @example usesDecimalComma('4,5,6') // false
 * @see https://en.wikipedia.org/wiki/Decimal_separator#Usage_worldwide
 */
export function usesDecimalComma(text: string): boolean {
  let position = text.indexOf(',');
  if (position === -1) return false;
  while (position !== -1) {
    if (!isDigitCode(text.charCodeAt(position - 1)) || !isDigitCode(text.charCodeAt(position + 1))) return false;
    let after = position + 1;
    while (isDigitCode(text.charCodeAt(after))) after += 1;
    const next = text.charCodeAt(after);
    if (next === CHAR.COMMA || next === CHAR.DOT) return false;
    let before = position - 1;
    while (before >= 0 && isDigitCode(text.charCodeAt(before))) before -= 1;
    const previous = text.charCodeAt(before);
    if (previous === CHAR.COMMA || previous === CHAR.DOT) return false;
    position = text.indexOf(',', after);
  }
  return true;
}
