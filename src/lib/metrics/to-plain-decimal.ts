/** A number as JavaScript writes it in exponent form: sign, mantissa digits and the power of ten. */
const EXPONENT_FORM = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/;

/**
 * Write a number in plain decimal digits, never in exponent form, with the fewest digits that read back to
 * the same number: what a figure field can show and `parseNumberField` reads back exactly.
 *
 * `String(1e21)` is "1e+21" and `String(1.5e-7)` is "1.5e-7", which no one types in a form field; this gives
 * "1000000000000000000000" and "0.00000015". -0 is written "0". O(digits).
 *
 * @param value a finite number
 * @returns plain digits with at most one "." and a leading "-" when negative
 * @example toPlainDecimal(1.5e-7) // '0.00000015'
 * @example toPlainDecimal(2500) // '2500'
 * @see https://tc39.es/ecma262/#sec-numeric-types-number-tostring (shortest round-trip digits)
 */
export function toPlainDecimal(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`toPlainDecimal requires a finite number, got ${String(value)}`);
  const text = String(value === 0 ? 0 : value);
  const match = EXPONENT_FORM.exec(text);
  if (!match) return text;
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  const digits = whole + fraction;
  // Where the decimal point falls within `digits` once the power of ten is applied.
  const pointAt = whole.length + Number(exponentText);
  if (pointAt <= 0) return `${sign}0.${'0'.repeat(-pointAt)}${digits}`;
  if (pointAt >= digits.length) return `${sign}${digits}${'0'.repeat(pointAt - digits.length)}`;
  return `${sign}${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
}
