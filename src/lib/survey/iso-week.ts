/**
 * ISO 8601 weeks: Monday to Sunday, week 1 is the week with the year's first Thursday (so 2021-01-03, a Sunday,
 * is in 2020-W53, and 2024-12-30 is in 2025-W01).
 */
import { getCivilFromDay, getDayFromCivil, getIsoWeekday } from './civil-day.ts';

/** An ISO week: its week-numbering year (which can differ from the calendar year near 1 January) and 1–53. */
export type IsoWeek = { readonly weekYear: number; readonly week: number };

/**
 * The ISO week of a day: the week-numbering year is the calendar year of the week's Thursday.
 *
 * @param dayNumber whole days since 1970-01-01
 * @returns week-numbering year and week 1–53
 * @example getIsoWeek(getDayFromCivil(2021, 1, 3)) // { weekYear: 2020, week: 53 }
 * @see https://en.wikipedia.org/wiki/ISO_week_date#Calculating_the_week_number_from_an_ordinal_date
 */
export function getIsoWeek(dayNumber: number): IsoWeek {
  const thursday = dayNumber - getIsoWeekday(dayNumber) + 4;
  const weekYear = getCivilFromDay(thursday).year;
  return { weekYear, week: Math.floor((thursday - getDayFromCivil(weekYear, 1, 1)) / 7) + 1 };
}

/**
 * The Monday that starts an ISO week (week 1 holds 4 January).
 *
 * @param weekYear the week-numbering year
 * @param week 1–53
 * @returns its Monday's day number
 * @example getIsoWeekStart(2024, 3) // 19730 (Monday 15 January 2024)
 * @see https://en.wikipedia.org/wiki/ISO_week_date#First_week
 */
export function getIsoWeekStart(weekYear: number, week: number): number {
  const fourthOfJanuary = getDayFromCivil(weekYear, 1, 4);
  return fourthOfJanuary - (getIsoWeekday(fourthOfJanuary) - 1) + (week - 1) * 7;
}

/**
 * How many ISO weeks a week-numbering year has: 53 when it starts or (leap years) ends on a Thursday, else 52.
 *
 * @param weekYear the week-numbering year
 * @returns 52 or 53
 * @example getIsoWeeksInYear(2020) // 53
 * @see https://en.wikipedia.org/wiki/ISO_week_date#Weeks_per_year
 */
export function getIsoWeeksInYear(weekYear: number): number {
  // 28 December is always in the year's last week.
  return getIsoWeek(getDayFromCivil(weekYear, 12, 28)).week;
}
