/** Significant digits kept before rounding, to wash out binary representation noise. */
const SIGNIFICANT_DIGITS = 15;

/**
 * Round to a number of decimals, halves away from zero (12.5 → 13, −12.5 → −13).
 *
 * `Math.round` rounds −12.5 to −12, and binary floating point stores many
 * decimal halves slightly below the half: 0.285 × 100 is 28.499999999999996 and
 * 1.005 is 1.00499999999999989…. We first round the scaled value to 15
 * significant digits, which is the precision a double reliably carries, so
 * such values round as the decimal number they stand for. Never returns −0. O(1).
 *
 * @param value the number to round; NaN and ±Infinity are returned unchanged
 * @param decimals whole number of decimals, 0 to 15 (default 0)
 * @returns the rounded number
 * @example roundHalfAwayFromZero(-12.5) // -13
 * @example roundHalfAwayFromZero(0.285 * 100) // 29
 * @example roundHalfAwayFromZero(1.005, 2) // 1.01
 * @see https://en.wikipedia.org/wiki/Rounding#Rounding_half_away_from_zero
 */
export function roundHalfAwayFromZero(value: number, decimals = 0): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15) {
    throw new Error(`roundHalfAwayFromZero requires 0 to 15 whole decimals, got ${String(decimals)}`);
  }
  if (!Number.isFinite(value) || Number.isInteger(value)) return value === 0 ? 0 : value;
  const factor = 10 ** decimals;
  // From 2^52 on a double has no fractional part left to round.
  if (Math.abs(value) * factor >= 2 ** 52) return value;
  const scaled = Number((Math.abs(value) * factor).toPrecision(SIGNIFICANT_DIGITS));
  const rounded = Math.floor(scaled + 0.5) / factor;
  if (rounded === 0) return 0;
  return value < 0 ? -rounded : rounded;
}
