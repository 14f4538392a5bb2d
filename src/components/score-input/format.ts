/**
 * Number formatting for the score calculators. Every value is rounded half away from zero first
 * (−12.5 → −13, as the NPS convention and the page say), then written with a fixed English locale so the
 * server and the browser print the same thing. Negative numbers use the minus sign (−), not a hyphen.
 */
import { roundHalfAwayFromZero } from '../../lib/metrics/statistics/round-half-away-from-zero.ts';

const MINUS = '\u2212';
const formatters = new Map<number, Intl.NumberFormat>();

function getFormatter(decimals: number): Intl.NumberFormat {
  let formatter = formatters.get(decimals);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: true });
    formatters.set(decimals, formatter);
  }
  return formatter;
}

/**
 * A number rounded half away from zero to `decimals`, with thousands separators and a real minus sign.
 *
 * @example formatNumber(-12.5) // '−13'
 * @example formatNumber(1234.25, 1) // '1,234.3'
 */
export function formatNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return '–';
  const rounded = roundHalfAwayFromZero(value, decimals);
  const text = getFormatter(decimals).format(Math.abs(rounded));
  return rounded < 0 ? `${MINUS}${text}` : text;
}

/** A difference with its sign: '+14', '−3.5', '0'. */
export function formatSigned(value: number, decimals = 0): string {
  const text = formatNumber(value, decimals);
  return roundHalfAwayFromZero(value, decimals) > 0 ? `+${text}` : text;
}

/** A whole count with thousands separators: '1,000,000'. */
export function formatCount(count: number): string {
  return formatNumber(count, 0);
}

/** A share (fraction 0–1) as a percentage: formatPercent(0.4815) → '48.2%'. */
export function formatPercent(share: number, decimals = 1): string {
  return `${formatNumber(share * 100, decimals)}%`;
}

/** "1 answer", "250 answers". */
export function formatAnswers(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'answer' : 'answers'}`;
}

/** A range of scale points: '0–10'. */
export function formatRange(min: number, max: number): string {
  return min === max ? formatNumber(min) : `${formatNumber(min)}–${formatNumber(max)}`;
}

/** Upper-case the first letter of a sentence from the library ('a rise of…' → 'A rise of…'). */
export function capitalise(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
