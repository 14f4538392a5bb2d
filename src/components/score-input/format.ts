/**
 * The score calculators' number presets over `lib/text/format.ts`: fixed decimals, rounded half away from zero
 * (−12.5 → −13, as the NPS convention and the page say), a real minus sign. The results render on the server
 * too, so they use `STABLE_LOCALE`: the HTML React hydrates matches the server's whatever the reader's locale.
 */
import { formatNumber as formatInLocale, formatPercent as formatPercentInLocale, formatSigned as formatSignedInLocale, STABLE_LOCALE } from '../../lib/text/format.ts';

/**
 * A number rounded half away from zero to `decimals`, with thousands separators and a real minus sign.
 *
 * @example formatNumber(-12.5) // '−13'
 * @example formatNumber(1234.25, 1) // '1,234.3'
 */
export function formatNumber(value: number, decimals = 0): string {
  return formatInLocale(value, { decimals, locale: STABLE_LOCALE });
}

/** A difference with its sign: '+14', '−3.5', '0'. */
export function formatSigned(value: number, decimals = 0): string {
  return formatSignedInLocale(value, { decimals, locale: STABLE_LOCALE });
}

/** A whole count with thousands separators: '1,000,000'. */
export function formatCount(count: number): string {
  return formatNumber(count, 0);
}

/** A share (fraction 0–1) as a percentage: formatPercent(0.4815) → '48.2%'. */
export function formatPercent(share: number, decimals = 1): string {
  return formatPercentInLocale(share, { decimals, locale: STABLE_LOCALE });
}

/** "1 answer", "250 answers". */
export function formatAnswers(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'answer' : 'answers'}`;
}

/** Above this share of unreadable values, the headline itself says how many could not be read. */
const LEFT_OUT_HEADLINE_SHARE = 0.2;

/**
 * The base of a headline figure: "250 answers", or, when more than a fifth of the values could not count,
 * "7 of 20 answers: 13 could not be read", so a figure never rests on a minority of the input unsaid.
 */
export function formatAnswerBase(n: number, leftOut: number): string {
  const total = n + leftOut;
  if (leftOut <= LEFT_OUT_HEADLINE_SHARE * total) return formatAnswers(n);
  return `${formatCount(n)} of ${formatAnswers(total)}: ${formatCount(leftOut)} could not be read`;
}

/** A range of scale points: '0–10'. */
export function formatRange(min: number, max: number): string {
  return min === max ? formatNumber(min) : `${formatNumber(min)}–${formatNumber(max)}`;
}

export { capitalise } from '../../lib/text/format.ts';
