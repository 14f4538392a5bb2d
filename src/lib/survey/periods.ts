/**
 * Calendar periods a survey metric is shown per: days, ISO weeks (Monday first), months and quarters, each
 * identified by the day number it starts on.
 */
import { formatIsoDay, getCivilFromDay, getDayFromCivil, getIsoWeekday } from './civil-day.ts';
import { ENGLISH_MONTH_NAMES } from './english-calendar-words.ts';
import { getIsoWeek } from './iso-week.ts';

/** How answers are grouped over time. */
export type PeriodKind = 'day' | 'week' | 'month' | 'quarter';

/** The kinds, finest first. */
export const PERIOD_KINDS: readonly PeriodKind[] = ['day', 'week', 'month', 'quarter'];

/** One period: its first day, its last day (inclusive) and its sortable label. */
export type Period = { readonly start: number; readonly lastDay: number; readonly label: string };

/**
 * The first day of the period holding a day: the day itself, its week's Monday, the 1st of its month, or the
 * 1st of its quarter's first month.
 *
 * @param day whole days since 1970-01-01
 * @param kind the period kind
 * @returns the period's first day
 * @example getPeriodStart(getDayFromCivil(2024, 1, 18), 'week') // day of Monday 15 January 2024
 * @see https://en.wikipedia.org/wiki/ISO_week_date
 */
export function getPeriodStart(day: number, kind: PeriodKind): number {
  switch (kind) {
    case 'day':
      return day;
    case 'week':
      return day - getIsoWeekday(day) + 1;
    case 'month': {
      const { year, month } = getCivilFromDay(day);
      return getDayFromCivil(year, month, 1);
    }
    case 'quarter': {
      const { year, month } = getCivilFromDay(day);
      return getDayFromCivil(year, month - ((month - 1) % 3), 1);
    }
    default:
      return kind satisfies never;
  }
}

/**
 * The first day of the next period.
 *
 * @param day any day of a period
 * @param kind the period kind
 * @returns the next period's first day
 * @example getNextPeriodStart(getDayFromCivil(2024, 11, 20), 'quarter') // day of 1 January 2025
 * @see getPeriodStart
 */
export function getNextPeriodStart(day: number, kind: PeriodKind): number {
  if (kind === 'day') return day + 1;
  if (kind === 'week') return getPeriodStart(day, 'week') + 7;
  const { year, month } = getCivilFromDay(day);
  const step = kind === 'month' ? 1 : 3 - ((month - 1) % 3);
  const nextMonth = month + step;
  return nextMonth > 12 ? getDayFromCivil(year + 1, nextMonth - 12, 1) : getDayFromCivil(year, nextMonth, 1);
}

/**
 * A period's sortable label: `2024-01-05`, `2024-W03` (ISO week-numbering year), `2024-01`, `2024-Q1`.
 *
 * @param start the period's first day (any day of it works)
 * @param kind the period kind
 * @returns the label
 * @example getPeriodLabel(getDayFromCivil(2021, 1, 3), 'week') // '2020-W53'
 * @see https://en.wikipedia.org/wiki/ISO_8601#Week_dates
 */
export function getPeriodLabel(start: number, kind: PeriodKind): string {
  if (kind === 'day') return formatIsoDay(start);
  if (kind === 'week') {
    const { weekYear, week } = getIsoWeek(start);
    return `${String(weekYear)}-W${String(week).padStart(2, '0')}`;
  }
  const { year, month } = getCivilFromDay(start);
  if (kind === 'month') return `${String(year)}-${String(month).padStart(2, '0')}`;
  return `${String(year)}-Q${String(Math.floor((month - 1) / 3) + 1)}`;
}

/**
 * A period's label for people, in English and the same on server and browser (no locale, so hydration holds):
 * `5 Jan 2024`, `week of 15 Jan 2024` (its Monday), `Jan 2024`, `Q1 2024`.
 *
 * @param start the period's first day
 * @param kind the period kind
 * @returns the label
 * @example getPeriodHumanLabel(getDayFromCivil(2024, 1, 15), 'week') // 'week of 15 Jan 2024'
 * @see getPeriodLabel
 */
export function getPeriodHumanLabel(start: number, kind: PeriodKind): string {
  const first = getPeriodStart(start, kind);
  const { year, month, day } = getCivilFromDay(first);
  const shortMonth = (ENGLISH_MONTH_NAMES[month - 1] ?? '').slice(0, 3);
  switch (kind) {
    case 'day':
      return `${String(day)} ${shortMonth} ${String(year)}`;
    case 'week':
      return `week of ${String(day)} ${shortMonth} ${String(year)}`;
    case 'month':
      return `${shortMonth} ${String(year)}`;
    case 'quarter':
      return `Q${String(Math.floor((month - 1) / 3) + 1)} ${String(year)}`;
    default:
      return kind satisfies never;
  }
}

/**
 * Every period from the one holding `firstDay` to the one holding `lastDay`, empty ones included, so a period
 * without answers shows as a gap rather than vanishing. Empty when `lastDay < firstDay`.
 *
 * @param firstDay the earliest day
 * @param lastDay the latest day
 * @param kind the period kind
 * @returns the periods in order
 * @example listPeriods(getDayFromCivil(2024, 1, 31), getDayFromCivil(2024, 3, 1), 'month').map((period) => period.label) // ['2024-01', '2024-02', '2024-03']
 * @see getPeriodStart
 */
export function listPeriods(firstDay: number, lastDay: number, kind: PeriodKind): readonly Period[] {
  const periods: Period[] = [];
  for (let start = getPeriodStart(firstDay, kind); start <= lastDay; ) {
    const next = getNextPeriodStart(start, kind);
    periods.push({ start, lastDay: next - 1, label: getPeriodLabel(start, kind) });
    start = next;
  }
  return periods;
}

/**
 * How many periods `listPeriods` would give, without listing them.
 *
 * @param firstDay the earliest day
 * @param lastDay the latest day (≥ firstDay)
 * @param kind the period kind
 * @returns the count (0 when lastDay < firstDay)
 * @example countPeriods(getDayFromCivil(2024, 1, 31), getDayFromCivil(2024, 3, 1), 'month') // 3
 * @see listPeriods
 */
export function countPeriods(firstDay: number, lastDay: number, kind: PeriodKind): number {
  if (lastDay < firstDay) return 0;
  if (kind === 'day') return lastDay - firstDay + 1;
  if (kind === 'week') return (getPeriodStart(lastDay, 'week') - getPeriodStart(firstDay, 'week')) / 7 + 1;
  const first = getCivilFromDay(firstDay);
  const last = getCivilFromDay(lastDay);
  const months = (last.year - first.year) * 12 + (last.month - first.month);
  if (kind === 'month') return months + 1;
  return (last.year - first.year) * 4 + Math.floor((last.month - 1) / 3) - Math.floor((first.month - 1) / 3) + 1;
}
