/**
 * How the figures calculators write numbers: British English grouping ("1,600.5"), percentages and money to
 * at most two decimals, rounded half away from zero (45.955% shows as 45.96%, −0.125 as −0.13). A fixed
 * locale, so the page rendered on the server and in the browser reads the same.
 */
import { DISPLAY_CURRENCIES, type DisplayCurrencyId } from '../../lib/metrics/display-currency.ts';
import { roundHalfAwayFromZero } from '../../lib/metrics/statistics/round-half-away-from-zero.ts';
import { formatNumber as formatInLocale, formatPercent as formatPercentInLocale, STABLE_LOCALE } from '../../lib/text/format.ts';

/** The figures render on the server too: a stable locale keeps the hydrated HTML the same as the server's. */
const LOCALE = STABLE_LOCALE;
/** Money's formatters, built on first use: the page's first `Intl.NumberFormat` loads ICU's data (a long task at load). */
let moneyFormats: { readonly upToTwo: Intl.NumberFormat; readonly exactlyTwo: Intl.NumberFormat; readonly fifteenDigits: Intl.NumberFormat } | null = null;
const getMoneyFormats = () =>
  (moneyFormats ??= {
    upToTwo: new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 }),
    exactlyTwo: new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    fifteenDigits: new Intl.NumberFormat(LOCALE, { maximumSignificantDigits: 15 }),
  });

/** A count or plain number: grouped, up to two decimals ("2,100", "2.5", "−3"). */
export function formatNumber(value: number): string {
  return formatInLocale(value, { maximumDecimals: 2, locale: LOCALE });
}

/** The most decimals a percentage is given to tell shares apart (as many as `roundHalfAwayFromZero` keeps). */
const MAX_PERCENT_DECIMALS = 15;

/**
 * A share given as a fraction, as a percentage with up to two decimals: 0.4596399 → "45.96%". A share that is
 * not 0 or 1 but would round to 0% or 100% gets the decimals it needs to show it is not (0.000001 → "0.0001%",
 * 0.999999 → "99.9999%"), so no formula ever reads "÷ 0%" or "1 − 100%" for a figure that is not.
 */
export function formatPercent(share: number): string {
  return formatPercentInLocale(share, { maximumDecimals: 2, distinctFromEnds: true, locale: LOCALE });
}

/** Past this, a double holds fewer digits than the page would print: amounts are shown to 15 significant digits. */
const MANY_DIGITS = 1e15;

/**
 * Money with the chosen symbol: whole amounts without decimals ("£1,600"), others with two ("£977.97"). Amounts
 * of a quadrillion or more keep 15 significant digits, so floating-point noise ("…000,002,000…") never reads as
 * an exact figure.
 */
export function formatMoney(value: number, currency: DisplayCurrencyId): string {
  const rounded = roundHalfAwayFromZero(value, 2);
  const { fifteenDigits, upToTwo, exactlyTwo } = getMoneyFormats();
  const digits = Math.abs(rounded) >= MANY_DIGITS ? fifteenDigits.format(rounded) : Number.isInteger(rounded) ? upToTwo.format(rounded) : exactlyTwo.format(rounded);
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
    shown = shares.map((share) => formatPercentInLocale(share, { maximumDecimals: decimals, locale: LOCALE }));
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
