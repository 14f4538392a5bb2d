import { roundHalfAwayFromZero } from '../metrics/statistics/round-half-away-from-zero.ts';

const MINUS = '\u2212';

/**
 * A number rounded half away from zero, with a true minus sign (read correctly by screen readers).
 * Never prints NaN or Infinity: a number that is not finite prints as "–" (a programmer error upstream).
 *
 * @param value the number
 * @param decimals digits after the point (default 0)
 * @returns the text
 * @example formatDecimal(-1.25, 1) // '−1.3'
 */
export function formatDecimal(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return '–';
  const rounded = roundHalfAwayFromZero(value, decimals);
  const text = Math.abs(rounded).toFixed(decimals);
  return rounded < 0 ? `${MINUS}${text}` : text;
}

/**
 * A number with its sign always written: "+30", "−2", "0".
 *
 * @param value the number
 * @param decimals digits after the point (default 0)
 * @returns the text
 * @example formatSigned(30) // '+30'
 */
export function formatSigned(value: number, decimals = 0): string {
  const text = formatDecimal(value, decimals);
  return /^[1-9]|^0[.,]0*[1-9]/.test(text) ? `+${text}` : text;
}

/**
 * A share from 0 to 1 as a whole percentage.
 *
 * @param share a fraction
 * @returns e.g. "60%"
 * @example formatPercent(0.6) // '60%'
 */
export function formatPercent(share: number): string {
  return `${formatDecimal(share * 100)}%`;
}
