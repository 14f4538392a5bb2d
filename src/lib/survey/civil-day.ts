/**
 * Day numbers: whole days since 1970-01-01 (day 0), the one way the survey tools store a calendar date.
 *
 * Integers sort, subtract and key a `Map` without a `Date` object or a time zone. The conversions are Howard
 * Hinnant's `days_from_civil` / `civil_from_days` for the proleptic Gregorian calendar: exact for any year
 * a survey export holds, branch-light and allocation-free (`getDayFromCivil` allocates nothing).
 */

/** A calendar date: year, month 1–12, day of month 1–31. */
export type CivilDate = { readonly year: number; readonly month: number; readonly day: number };

/** Days in each month of a common year, January first. */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Whether a year is a Gregorian leap year (divisible by 4, except centuries not divisible by 400).
 *
 * @param year the year
 * @returns true for leap years
 * @example isLeapYear(2024) // true; isLeapYear(1900) // false
 * @see https://en.wikipedia.org/wiki/Leap_year#Gregorian_calendar
 */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/**
 * The number of days in a month.
 *
 * @param year the year (for February)
 * @param month 1–12
 * @returns 28–31
 * @example getDaysInMonth(2024, 2) // 29
 * @see https://en.wikipedia.org/wiki/Month#Julian_and_Gregorian_calendars
 */
export function getDaysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

/**
 * The day number of a calendar date (Hinnant's `days_from_civil`). The date must exist (see `getDaysInMonth`).
 *
 * @param year the year (any integer)
 * @param month 1–12
 * @param day 1–31
 * @returns whole days since 1970-01-01, negative before it
 * @example getDayFromCivil(2024, 1, 5) // 19727
 * @see https://howardhinnant.github.io/date_algorithms.html#days_from_civil
 */
export function getDayFromCivil(year: number, month: number, day: number): number {
  // Count years from March, so the leap day is the last day of the (shifted) year.
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * The calendar date of a day number (Hinnant's `civil_from_days`).
 *
 * @param dayNumber whole days since 1970-01-01
 * @returns year, month 1–12 and day 1–31
 * @example getCivilFromDay(19727) // { year: 2024, month: 1, day: 5 }
 * @see https://howardhinnant.github.io/date_algorithms.html#civil_from_days
 */
export function getCivilFromDay(dayNumber: number): CivilDate {
  const shifted = dayNumber + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * The ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday).
 *
 * @param dayNumber whole days since 1970-01-01
 * @returns 1–7
 * @example getIsoWeekday(19727) // 5 (Friday 5 January 2024)
 * @see https://en.wikipedia.org/wiki/ISO_8601#Week_dates
 */
export function getIsoWeekday(dayNumber: number): number {
  // Day 0 is a Thursday (4); the double modulo keeps days before 1970 in 0–6.
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/**
 * A day number as `YYYY-MM-DD` (years outside 0–9999 keep their digits and sign).
 *
 * @param dayNumber whole days since 1970-01-01
 * @returns the ISO 8601 calendar date
 * @example formatIsoDay(19727) // '2024-01-05'
 * @see https://en.wikipedia.org/wiki/ISO_8601#Calendar_dates
 */
export function formatIsoDay(dayNumber: number): string {
  const { year, month, day } = getCivilFromDay(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
