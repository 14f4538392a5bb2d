/**
 * Numbers, percentages, file sizes, dates and times for people, through `Intl` in the reader's locale.
 *
 * Every function takes a `locale`; leave it out for the reader's own (the browser's default). Text rendered on
 * the server must not depend on the locale, or the page React hydrates will not match the one the server sent
 * (React error #418): pass `STABLE_LOCALE` there, or format only after hydration or in response to an event.
 *
 * Numbers are rounded half away from zero first (−12.5 → −13, as the calculators' pages say) and negative ones
 * get a real minus sign (U+2212), which screen readers read as "minus". A value that is not a finite number
 * prints as "–", never NaN or Infinity.
 */
import { roundHalfAwayFromZero } from '../metrics/statistics/round-half-away-from-zero.ts';

/** The locale for text that must read the same on the server and in every browser (server-rendered pages, islands' first render). */
export const STABLE_LOCALE = 'en-GB';

/** What a value that is not a number prints as. */
export const NOT_A_NUMBER = '–';

const MINUS = '\u2212';
/** `roundHalfAwayFromZero` keeps at most 15 decimals, as much as a double holds. */
const MAX_DECIMALS = 15;

/** Options shared by every formatter: leave `locale` out for the reader's. */
export type LocaleOption = { readonly locale?: string | undefined };

/** How many decimals: exactly `decimals`, or up to `maximumDecimals` (trailing zeros dropped). Default: none. */
export type DecimalsOption = LocaleOption & { readonly decimals?: number; readonly maximumDecimals?: number };

const numberFormats = new Map<string, Intl.NumberFormat>();

function getNumberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify([locale ?? '', options]);
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

function getDecimals(options: DecimalsOption): { readonly minimum: number; readonly maximum: number } {
  const maximum = options.decimals ?? options.maximumDecimals ?? 0;
  if (!Number.isInteger(maximum) || maximum < 0 || maximum > MAX_DECIMALS) {
    throw new Error(`format requires 0 to ${String(MAX_DECIMALS)} whole decimals, got ${String(maximum)}`);
  }
  return { minimum: options.decimals ?? 0, maximum };
}

/** A rounded magnitude through Intl, with the minus sign put back in front. */
function withSign(rounded: number, format: Intl.NumberFormat, scale = 1): string {
  const text = format.format(Math.abs(rounded) / scale);
  return rounded < 0 ? `${MINUS}${text}` : text;
}

/**
 * A number rounded half away from zero, grouped as the locale groups thousands, with a real minus sign.
 *
 * @param value the number
 * @param options `decimals` (exactly) or `maximumDecimals` (up to), 0 to 15, default 0; `locale`
 * @returns the text, or "–" for NaN or ±Infinity
 * @throws if the decimals are not a whole number from 0 to 15 (a programmer error)
 * @example formatNumber(-12.5, { locale: 'en-GB' }) // '−13'
 * @example formatNumber(1234.25, { decimals: 1, locale: 'de-DE' }) // '1.234,3'
 */
export function formatNumber(value: number, options: DecimalsOption = {}): string {
  const { minimum, maximum } = getDecimals(options);
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  // Small whole numbers in the stable locale read as their digits: islands write them in their first render
  // (scale points, counts), where the page's first Intl.NumberFormat would be a long task while ICU loads.
  const whole = roundHalfAwayFromZero(value, 0);
  if (options.locale === STABLE_LOCALE && minimum === 0 && whole === roundHalfAwayFromZero(value, maximum) && Math.abs(whole) < 1000) {
    return whole < 0 ? `${MINUS}${String(-whole)}` : String(Math.abs(whole));
  }
  const format = getNumberFormat(options.locale, { minimumFractionDigits: minimum, maximumFractionDigits: maximum });
  return withSign(roundHalfAwayFromZero(value, maximum), format);
}

/**
 * A difference with its sign always written: "+14", "−3.5", "0" (zero after rounding has no sign).
 *
 * @param value the difference
 * @param options as for `formatNumber`
 * @returns the text
 * @example formatSigned(14, { locale: 'en-GB' }) // '+14'
 */
export function formatSigned(value: number, options: DecimalsOption = {}): string {
  const text = formatNumber(value, options);
  return Number.isFinite(value) && roundHalfAwayFromZero(value, getDecimals(options).maximum) > 0 ? `+${text}` : text;
}

/** Percentage options: also `distinctFromEnds`, more decimals for a share that would otherwise read 0% or 100%. */
export type PercentOptions = DecimalsOption & { readonly distinctFromEnds?: boolean };

/**
 * A share (a fraction, 0.25 for a quarter) as a percentage in the locale's pattern ("25%", "25 %").
 * With `distinctFromEnds`, a share that is not 0 or 1 but would round to 0% or 100% gets the decimals it needs
 * (up to 15) to show it is not, so no formula reads "÷ 0%" for a figure that is not 0.
 *
 * @param share the fraction
 * @param options `decimals` or `maximumDecimals` of the percentage (default 0), `distinctFromEnds`, `locale`
 * @returns the text, or "–" for NaN or ±Infinity
 * @example formatPercent(0.4815, { decimals: 1, locale: 'en-GB' }) // '48.2%'
 * @example formatPercent(0.000001, { maximumDecimals: 2, distinctFromEnds: true, locale: 'en-GB' }) // '0.0001%'
 */
export function formatPercent(share: number, options: PercentOptions = {}): string {
  const { minimum, maximum: asked } = getDecimals(options);
  if (!Number.isFinite(share)) return NOT_A_NUMBER;
  const percent = share * 100;
  let maximum = asked;
  let rounded = roundHalfAwayFromZero(percent, maximum);
  while (options.distinctFromEnds && (rounded === 0 || Math.abs(rounded) === 100) && rounded !== percent && maximum < MAX_DECIMALS) {
    maximum += 1;
    rounded = roundHalfAwayFromZero(percent, maximum);
  }
  const format = getNumberFormat(options.locale, { style: 'percent', minimumFractionDigits: minimum, maximumFractionDigits: maximum });
  return withSign(rounded, format, 100);
}

/** File size steps: SI, as storage makers and macOS count (1 kB = 1,000 bytes, 1 MB = 1,000,000 bytes). */
const BYTE_UNITS = [
  { unit: 'gigabyte', size: 1e9, decimals: 1 },
  { unit: 'megabyte', size: 1e6, decimals: 1 },
  { unit: 'kilobyte', size: 1e3, decimals: 0 },
] as const;
/** Below this a size is written in bytes: "999 bytes", not "1 kB". */
const SMALLEST_KILOBYTES = 1e3;

/**
 * A file size in SI units (1 MB = 1,000,000 bytes, labelled "MB"; 1 kB = 1,000 bytes, labelled "kB"):
 * bytes, then whole kB, then MB and GB to one decimal, in the locale's words. One rule for every page, so a
 * size and its limit are never counted two ways.
 *
 * @param bytes a size in bytes
 * @param options `locale`
 * @returns e.g. "7.5 MB", or "–" for a negative or non-finite size
 * @example formatBytes(30_000_000, { locale: 'en-GB' }) // '30 MB'
 * @example formatBytes(1, { locale: 'en-GB' }) // '1 byte'
 * @see https://en.wikipedia.org/wiki/Megabyte
 */
export function formatBytes(bytes: number, options: LocaleOption = {}): string {
  if (!Number.isFinite(bytes) || bytes < 0) return NOT_A_NUMBER;
  for (const { unit, size, decimals } of BYTE_UNITS) {
    // Compare after rounding, so 999,999 bytes reads "1 MB", not "1,000 kB".
    const rounded = roundHalfAwayFromZero(bytes / size, decimals);
    if (rounded >= 1 && bytes >= SMALLEST_KILOBYTES) return getNumberFormat(options.locale, { style: 'unit', unit, maximumFractionDigits: decimals }).format(rounded);
  }
  return getNumberFormat(options.locale, { style: 'unit', unit: 'byte', unitDisplay: 'long', maximumFractionDigits: 0 }).format(Math.round(bytes));
}

/** Date options: also `timeZone` (default the reader's), e.g. 'UTC' for dates that are days, not moments. */
export type DateOptions = LocaleOption & { readonly timeZone?: string };

function formatDateParts(date: Date | string | number, options: DateOptions, parts: Intl.DateTimeFormatOptions): string {
  const value = new Date(date);
  if (Number.isNaN(value.getTime())) return NOT_A_NUMBER;
  return new Intl.DateTimeFormat(options.locale, { ...parts, ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }) }).format(value);
}

/**
 * A calendar date, month in words: "1 December 2026" (en-GB), "December 1, 2026" (en-US).
 *
 * @param date a Date, an ISO string or a time in milliseconds
 * @param options `locale`, `timeZone`
 * @returns the text, or "–" for a date that cannot be read
 * @example formatDate('2026-12-01T09:30:00Z', { locale: 'en-GB', timeZone: 'UTC' }) // '1 December 2026'
 */
export function formatDate(date: Date | string | number, options: DateOptions = {}): string {
  return formatDateParts(date, options, { dateStyle: 'long' });
}

/**
 * A time of day to the minute: "09:30" (en-GB), "09:30 AM" (en-US).
 *
 * @param date a Date, an ISO string or a time in milliseconds
 * @param options `locale`, `timeZone`
 * @returns the text, or "–" for a date that cannot be read
 * @example formatTime('2026-12-01T09:30:00Z', { locale: 'en-GB', timeZone: 'UTC' }) // '09:30'
 */
export function formatTime(date: Date | string | number, options: DateOptions = {}): string {
  return formatDateParts(date, options, { hour: '2-digit', minute: '2-digit' });
}

/**
 * A date and time: "1 December 2026 at 09:30" (en-GB), with seconds if asked (to tell two apart).
 *
 * @param date a Date, an ISO string or a time in milliseconds
 * @param options `locale`, `timeZone`, `withSeconds`
 * @returns the text, or "–" for a date that cannot be read
 * @example formatDateTime('2026-12-01T09:30:05Z', { locale: 'en-GB', timeZone: 'UTC', withSeconds: true }) // '1 December 2026 at 09:30:05'
 */
export function formatDateTime(date: Date | string | number, options: DateOptions & { readonly withSeconds?: boolean } = {}): string {
  return formatDateParts(date, options, { dateStyle: 'long', timeStyle: options.withSeconds ? 'medium' : 'short' });
}

/**
 * A short day for running text: "on 1 Dec" in the same year as `now`, "on 1 Dec 2025" in another.
 *
 * @param date a Date, an ISO string or a time in milliseconds
 * @param now today, to leave the year out when it is this year
 * @param options `locale`, `timeZone`
 * @returns the text, or "–" for a date that cannot be read
 * @example formatOnDay('2026-12-01T09:30:00Z', new Date('2026-12-02T00:00:00Z'), { locale: 'en-GB', timeZone: 'UTC' }) // 'on 1 Dec'
 */
export function formatOnDay(date: Date | string | number, now: Date, options: DateOptions = {}): string {
  const value = new Date(date);
  if (Number.isNaN(value.getTime())) return NOT_A_NUMBER;
  const year = (moment: Date) => formatDateParts(moment, options, { year: 'numeric' });
  const sameYear = year(value) === year(now);
  return `on ${formatDateParts(value, options, { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) })}`;
}

/**
 * Upper-case the first letter of a sentence or name ('a rise of…' → 'A rise of…').
 *
 * @example capitalise('refund') // 'Refund'
 */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Join names or phrases into an English list: the site's sentences are English, so the list's "and" is too.
 *
 * @example joinWithAnd(['Ana', 'Bea', 'Cy']) // 'Ana, Bea and Cy'
 */
export function joinWithAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}
