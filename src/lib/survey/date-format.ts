/**
 * How a date column is written, once decided for the whole column: the choices `detectDateFormat` makes from
 * evidence (or the person makes when the evidence cannot) and `createDateReader` applies to every cell.
 */

/** Which part of a numeric date like `05/01/2024` is the day: `day-month` (5 January), `month-day` (May 1). */
export type DateOrder = 'day-month' | 'month-day';

/** The unit of a Unix time column: seconds (`1704449553`) or milliseconds (`1704449553000`) since 1970-01-01 UTC. */
export type EpochUnit = 'seconds' | 'milliseconds';

/**
 * What to do with an explicit offset (`Z`, `+02:00`, `+0200`, `GMT+1`): `as-written` (the default) keeps the day
 * the cell shows, `to-utc` moves the moment to its UTC day. The written day is the one the person sees in the
 * export and in the survey tool (`12:42 AM GMT+1` is the 21st in the form's Sheet, 23:42 UTC on the 20th), and it
 * does not move an evening's answers to another day when the offset changes with daylight saving.
 */
export type OffsetHandling = 'to-utc' | 'as-written';

/** The first and last year (inclusive) a survey answer can plausibly carry; others are `implausible-year`. */
export type YearRange = { readonly first: number; readonly last: number };

/** The decisions a date reader needs: all optional, so `{}` reads every unambiguous format. */
export type DateFormat = {
  /** Order of numeric dates; leave out (or null) to flag `05/01/2024` as `ambiguous` and read only `25/01/2024`. */
  readonly order?: DateOrder | null;
  /** Read whole numbers as Unix time in this unit; leave out (or null) to treat them as `not-a-date`. */
  readonly epoch?: EpochUnit | null;
  /** Default `as-written`. */
  readonly offsets?: OffsetHandling;
  /** Default `DEFAULT_PLAUSIBLE_YEARS`. */
  readonly plausibleYears?: YearRange;
};

/**
 * Why a cell gave no day:
 * - `empty`: blank;
 * - `not-a-date`: text, a number, or a shape the reader does not know;
 * - `time-only`: a time of day with no date (`10:22:33`);
 * - `impossible-date`: a date that does not exist (`31/02/2024`, month 13);
 * - `impossible-time`: an hour, minute, second or offset out of range (`25:10`, `13:00 PM`);
 * - `unknown-time-zone`: a zone abbreviation (`EST`, `CET`): these are ambiguous, so the reader does not guess;
 * - `ambiguous`: `05/01/2024` when no day/month order was chosen;
 * - `implausible-year`: outside the plausible years (a placeholder like 1900-01-01, a typo like 2204).
 */
export type DateIssueKind =
  | 'empty'
  | 'not-a-date'
  | 'time-only'
  | 'impossible-date'
  | 'impossible-time'
  | 'unknown-time-zone'
  | 'ambiguous'
  | 'implausible-year';

/**
 * How a cell writes its date, for the per-format counts:
 * `iso` 2024-01-05; `year-first` 2024/01/05 or 2024.01.05; `numeric` 05/01/2024, 5.1.24, 05-01-2024;
 * `month-name` Jan 5, 2024 or 5 January 2024; `epoch` a whole number of seconds or milliseconds.
 */
export type DateLayout = 'iso' | 'year-first' | 'numeric' | 'month-name' | 'epoch';

/**
 * Years from 1980 to 2100: online survey tools date from the late 1990s, so earlier years are placeholders
 * (Excel's 1900-01-00, a zero Unix time shown in some zone) or typos, and so are years past 2100.
 */
export const DEFAULT_PLAUSIBLE_YEARS: YearRange = { first: 1980, last: 2100 };

/**
 * The century of a two-digit year: 00–68 are 2000–2068, 69–99 are 1969–1999 (POSIX `strptime` `%y`).
 *
 * @param twoDigitYear 0–99
 * @returns the four-digit year
 * @example expandTwoDigitYear(24) // 2024; expandTwoDigitYear(95) // 1995
 * @see https://pubs.opengroup.org/onlinepubs/9799919799/functions/strptime.html (%y)
 */
export function expandTwoDigitYear(twoDigitYear: number): number {
  return twoDigitYear <= 68 ? 2000 + twoDigitYear : 1900 + twoDigitYear;
}
