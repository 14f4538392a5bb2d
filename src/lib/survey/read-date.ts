/**
 * Read a date cell to a day number with the column's format decided: the per-cell step of the survey workbench.
 */
import { getDayFromCivil, getDaysInMonth, isLeapYear } from './civil-day.ts';
import type { DateCellScan } from './date-cell-scan.ts';
import { SCAN_LAYOUT, SCAN_STATUS, createDateCellScan } from './date-cell-scan.ts';
import type { DateFormat, DateIssueKind, DateOrder } from './date-format.ts';
import { DEFAULT_PLAUSIBLE_YEARS, expandTwoDigitYear } from './date-format.ts';
import { scanDateCell } from './scan-date-cell.ts';

/** A day number (whole days since 1970-01-01), or why the cell has none. */
export type DateReading = number | DateIssueKind;

/** Reads one cell; never throws, allocates nothing per cell. */
export type DateReader = (cell: string) => DateReading;

/** The issue for each non-OK `SCAN_STATUS`, by its code. */
const ISSUE_OF_SCAN_STATUS = ['not-a-date', 'empty', 'not-a-date', 'time-only', 'impossible-time', 'unknown-time-zone'] as const;

const SECONDS_PER_DAY = 86_400;

/** Years the start-of-year table covers (the default plausible years and far beyond); others use Hinnant directly. */
const TABLE_FIRST_YEAR = 1600;
const TABLE_YEARS = 1000;
/** Day number of 1 January of each year from 1600, and whether it is a leap year: computed once with `getDayFromCivil`. */
const YEAR_START_DAYS = Int32Array.from({ length: TABLE_YEARS }, (_, index) => getDayFromCivil(TABLE_FIRST_YEAR + index, 1, 1));
const LEAP_YEARS = Uint8Array.from({ length: TABLE_YEARS }, (_, index) => (isLeapYear(TABLE_FIRST_YEAR + index) ? 1 : 0));
/** Days before each month in a common year. */
const DAYS_BEFORE_MONTH = Int32Array.from([0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]);

/** `getDayFromCivil` by table lookup, for the per-cell path: two loads instead of several divisions. */
function getDayFromCivilByTable(year: number, month: number, day: number): number {
  const index = year - TABLE_FIRST_YEAR;
  if (index < 0 || index >= TABLE_YEARS) return getDayFromCivil(year, month, day);
  return (YEAR_START_DAYS[index] ?? 0) + (DAYS_BEFORE_MONTH[month - 1] ?? 0) + (month > 2 ? (LEAP_YEARS[index] ?? 0) : 0) + day - 1;
}

/**
 * The issue for a non-OK scan status.
 *
 * @param status a `SCAN_STATUS` other than OK
 * @returns its issue kind
 * @example getScanIssue(SCAN_STATUS.TIME_ONLY) // 'time-only'
 * @see ./date-format.ts (`DateIssueKind`)
 */
export function getScanIssue(status: number): DateIssueKind {
  return ISSUE_OF_SCAN_STATUS[status] ?? 'not-a-date';
}

/**
 * Which order a numeric date's two parts allow on their own: `day-month` when only the first can be a day
 * past 12 (`25/01`), `month-day` when only the second can (`01/25`), `either` when both orders give the same
 * day (`05/05`) or both are ≤ 12 (`05/01`: `ambiguous`), `neither` when both are over 12.
 *
 * @param first the first part as written
 * @param second the second part
 * @returns 'day-month' | 'month-day' | 'same' | 'ambiguous' | 'neither'
 * @example getOrderEvidence(25, 1) // 'day-month'
 * @see https://en.wikipedia.org/wiki/Date_format_by_country
 */
export function getOrderEvidence(first: number, second: number): DateOrder | 'same' | 'ambiguous' | 'neither' {
  if (first > 12) return second > 12 ? 'neither' : 'day-month';
  if (second > 12) return 'month-day';
  return first === second ? 'same' : 'ambiguous';
}

/**
 * Create a reader for a date column. Per cell it scans character codes once (no regular expression, no
 * `Date`), and computes the day with `getDayFromCivil`.
 *
 * - ISO (`2024-01-05`, `2024-01-05T10:22:33.5Z`, `2024-01-05 10:22:33+0200`), year first (`2024/01/05`),
 *   numeric (`05/01/2024`, `5.1.24`, `05-01-2024 10:22:33 AM`) in `format.order`, and English month names
 *   (`Jan 5, 2024`, `5 January 2024 10:22`, `Fri, 5 Jan 2024`, `5-Jan-24`).
 * - Two-digit years: 00–68 → 20xx, 69–99 → 19xx (`expandTwoDigitYear`).
 * - Time zones: every cell is on the day it shows, in the survey tool's own zone or the offset it carries
 *   (`Z`, `+02:00`, `+0200`, `GMT+1`, `UTC`); `format.offsets: 'to-utc'` moves a cell with an offset to its
 *   UTC day instead (see OffsetHandling). `10:22 EST` is `unknown-time-zone`, not guessed.
 * - Whole numbers are Unix time only when `format.epoch` says so (`detectDateFormat` decides, from the header
 *   or from every value being in range), always in UTC.
 * - Years outside `format.plausibleYears` (default 1980–2100) are `implausible-year`.
 *
 * @param format the column's format (from `detectDateFormat(...).format`, or the person's choice)
 * @returns a function from cell to day number or issue kind
 * @example createDateReader({ order: 'day-month' })('05/01/2024 23:30') // 19727 (5 January 2024)
 * @example createDateReader({})('2024-01-05T23:30:00-02:00') // 19727 (5 January, as written)
 * @example createDateReader({ offsets: 'to-utc' })('2024-01-05T23:30:00-02:00') // 19728 (01:30 UTC on 6 January)
 * @see https://howardhinnant.github.io/date_algorithms.html#days_from_civil
 */
export function createDateReader(format: DateFormat = {}): DateReader {
  const scan = createDateCellScan();
  const order = format.order ?? null;
  const epochDivisor = format.epoch === 'seconds' ? SECONDS_PER_DAY : format.epoch === 'milliseconds' ? SECONDS_PER_DAY * 1000 : 0;
  const useOffsets = format.offsets === 'to-utc';
  const years = format.plausibleYears ?? DEFAULT_PLAUSIBLE_YEARS;
  const firstPlausibleDay = getDayFromCivil(years.first, 1, 1);
  const lastPlausibleDay = getDayFromCivil(years.last, 12, 31);
  return (cell: string): DateReading => {
    const status = scanDateCell(cell, scan);
    if (status !== SCAN_STATUS.OK) return getScanIssue(status);
    if (scan.layout === SCAN_LAYOUT.EPOCH) {
      if (epochDivisor === 0) return 'not-a-date';
      const day = Math.floor(scan.year / epochDivisor);
      return day < firstPlausibleDay || day > lastPlausibleDay ? 'implausible-year' : day;
    }
    return getScannedDay(scan, order, useOffsets, years.first, years.last);
  };
}

/** The day of a scanned (non-epoch) date, checked; `order` resolves numeric dates. */
export function getScannedDay(scan: DateCellScan, order: DateOrder | null, useOffsets: boolean, firstYear: number, lastYear: number): DateReading {
  let year = scan.year;
  let month = scan.first;
  let day = scan.second;
  if (scan.layout === SCAN_LAYOUT.NUMERIC) {
    const evidence = order === null ? getOrderEvidence(scan.first, scan.second) : order;
    if (evidence === 'ambiguous') return 'ambiguous';
    if (evidence === 'neither') return 'impossible-date';
    if (evidence === 'day-month') {
      month = scan.second;
      day = scan.first;
    }
  }
  if (scan.yearDigits === 2) year = expandTwoDigitYear(year);
  if (month < 1 || month > 12 || day < 1 || day > getDaysInMonth(year, month)) return 'impossible-date';
  if (year < firstYear || year > lastYear) return 'implausible-year';
  const civilDay = getDayFromCivilByTable(year, month, day);
  if (!useOffsets || !scan.hasOffset) return civilDay;
  // The written time minus the offset is the UTC time: a day earlier or later when it crosses midnight
  // (offsets stay within ±18 hours, so never more than one day).
  const utcSeconds = scan.secondsOfDay - scan.offsetMinutes * 60;
  return utcSeconds < 0 ? civilDay - 1 : utcSeconds >= SECONDS_PER_DAY ? civilDay + 1 : civilDay;
}

/**
 * Read one cell with a format (a convenience for a few cells; use `createDateReader` for a column).
 *
 * @param cell the cell
 * @param format the column's format
 * @returns a day number or an issue kind
 * @example readDate('Jan 5, 2024') // 19727
 * @see createDateReader
 */
export function readDate(cell: string, format: DateFormat = {}): DateReading {
  return createDateReader(format)(cell);
}
