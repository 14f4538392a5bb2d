/**
 * How the figures calculators write numbers: British English grouping ("1,600.5"), percentages and money to
 * at most two decimals, rounded half away from zero (45.955% shows as 45.96%, −0.125 as −0.13). A fixed
 * locale, so the page rendered on the server and in the browser reads the same.
 */
import { DISPLAY_CURRENCIES, type DisplayCurrencyId } from '../../lib/metrics/display-currency.ts';
import { roundHalfAwayFromZero } from '../../lib/metrics/statistics/round-half-away-from-zero.ts';

const LOCALE = 'en-GB';
const upToTwo = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });
const exactlyTwo = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A typographic minus sign (U+2212) in place of a hyphen: "−3", not "-3". */
function withMinusSign(text: string): string {
  return text.replace(/^-/, '\u2212');
}

/** A count or plain number: grouped, up to two decimals ("2,100", "2.5"). */
export function formatNumber(value: number): string {
  return withMinusSign(upToTwo.format(roundHalfAwayFromZero(value, 2)));
}

/** The most decimals a percentage is given to tell it from 0% or 100%. */
const MAX_PERCENT_DECIMALS = 20;

/**
 * A share given as a fraction, as a percentage with up to two decimals: 0.4596399 → "45.96%". A share that is
 * not 0 or 1 but would round to 0% or 100% gets the decimals it needs to show it is not (0.000001 → "0.0001%",
 * 0.999999 → "99.9999%"), so no formula ever reads "÷ 0%" or "1 − 100%" for a figure that is not.
 */
export function formatPercent(share: number): string {
  const percent = share * 100;
  let decimals = 2;
  let rounded = roundHalfAwayFromZero(percent, decimals);
  while ((rounded === 0 || Math.abs(rounded) === 100) && rounded !== percent && decimals < MAX_PERCENT_DECIMALS) {
    decimals += 1;
    rounded = roundHalfAwayFromZero(percent, decimals);
  }
  const format = decimals === 2 ? upToTwo : new Intl.NumberFormat(LOCALE, { maximumFractionDigits: decimals });
  return `${withMinusSign(format.format(rounded))}%`;
}

/** Past this, a double holds fewer digits than the page would print: amounts are shown to 15 significant digits. */
const MANY_DIGITS = 1e15;
const fifteenDigits = new Intl.NumberFormat(LOCALE, { maximumSignificantDigits: 15 });

/**
 * Money with the chosen symbol: whole amounts without decimals ("£1,600"), others with two ("£977.97"). Amounts
 * of a quadrillion or more keep 15 significant digits, so floating-point noise ("…000,002,000…") never reads as
 * an exact figure.
 */
export function formatMoney(value: number, currency: DisplayCurrencyId): string {
  const rounded = roundHalfAwayFromZero(value, 2);
  const digits =
    Math.abs(rounded) >= MANY_DIGITS ? fifteenDigits.format(rounded) : Number.isInteger(rounded) ? upToTwo.format(rounded) : exactlyTwo.format(rounded);
  const symbol = DISPLAY_CURRENCIES[currency].symbol;
  return rounded < 0 ? `−${symbol}${digits.slice(1)}` : `${symbol}${digits}`;
}

/**
 * Shares as percentages (see formatPercent), with more decimals where needed so that different shares never
 * read the same: 0.0000008, 0.0000009 and 0.000001 → "0.00008%", "0.00009%", "0.0001%".
 */
export function formatDistinctPercents(shares: readonly number[]): string[] {
  let shown = shares.map(formatPercent);
  const distinct = new Set(shares).size;
  for (let decimals = 3; decimals <= MAX_PERCENT_DECIMALS && new Set(shown).size < distinct; decimals += 1) {
    const format = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: decimals });
    shown = shares.map((share) => `${withMinusSign(format.format(roundHalfAwayFromZero(share * 100, decimals)))}%`);
  }
  return shown;
}

/** A power for compounding: 4, or 1/3 for a third (every ratio of 1, 3 and 12 months is n or 1/n). */
export function formatExponent(exponent: number): string {
  if (exponent >= 1) return formatNumber(exponent);
  return `1/${formatNumber(Math.round(1 / exponent))}`;
}

/** A number for a CSV cell: rounded to `decimals`, never -0. */
export function roundForCsv(value: number, decimals: number): number {
  return roundHalfAwayFromZero(value, decimals);
}
