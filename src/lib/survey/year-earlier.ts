/**
 * The same period a year before, for year-over-year comparison.
 */
import { getCivilFromDay, getDayFromCivil } from './civil-day.ts';
import { getIsoWeek, getIsoWeekStart, getIsoWeeksInYear } from './iso-week.ts';
import type { PeriodKind } from './periods.ts';
import { getPeriodStart } from './periods.ts';

/**
 * The start of the same period a year earlier:
 * - day: 364 days before (52 weeks), the same weekday, as retail calendars compare days, because survey
 *   answers follow the week (Mondays differ from Saturdays) more than the date;
 * - week: the same ISO week number in the previous week-numbering year; null for week 53 when that year had
 *   only 52 weeks;
 * - month, quarter: the same month or quarter of the previous calendar year.
 *
 * @param start any day of the period
 * @param kind the period kind
 * @returns the earlier period's first day, or null when it does not exist
 * @example findYearEarlier(getDayFromCivil(2024, 1, 15), 'week') // day of Monday 16 January 2023 (2023-W03)
 * @see https://en.wikipedia.org/wiki/4%E2%80%934%E2%80%935_calendar (52-week retail comparisons)
 */
export function findYearEarlier(start: number, kind: PeriodKind): number | null {
  const first = getPeriodStart(start, kind);
  switch (kind) {
    case 'day':
      return first - 364;
    case 'week': {
      const { weekYear, week } = getIsoWeek(first);
      return week > getIsoWeeksInYear(weekYear - 1) ? null : getIsoWeekStart(weekYear - 1, week);
    }
    case 'month':
    case 'quarter': {
      const { year, month } = getCivilFromDay(first);
      return getDayFromCivil(year - 1, month, 1);
    }
    default:
      return kind satisfies never;
  }
}
