/**
 * Which column of an export holds the date each answer was given, to preselect it: the survey tools name theirs
 * (`Submit Date (UTC)`, `Timestamp`, `EndDate`, `Date Created`), and its first cells read as dates.
 */
import type { TableLayout } from '../metrics/detect-paste-layout.ts';
import { readDate } from './read-date.ts';

/** Header words of a date column, in English and the languages exports most come in. */
const DATE_HEADER = /date|time|submitted|created|datum|fecha|horodat|marca temporal|zeitstempel|data|jour/i;
/** A survey tool's start date is when the person opened the survey; its end date, when they answered. */
const START_HEADER = /start/i;

/**
 * Suggest the date column of a table: among the columns (not the score column) whose sampled cells all read
 * as dates, the one whose header names a date, preferring an end or submit date to a start date; else the first
 * such column. Never guesses from a header alone: the cells must be dates.
 *
 * @param layout the table's layout, with sampled cells per column
 * @param scoreColumn the score column (never suggested)
 * @returns the column's index, or null when none holds dates
 * @example suggestDateColumn(layoutOf('Submitted,NPS\n2024-01-05 10:00,9'), 1) // 0
 */
export function suggestDateColumn(layout: TableLayout, scoreColumn: number): number | null {
  const dated = layout.columns.filter(
    (column) => column.index !== scoreColumn && column.sample.length > 0 && column.sample.every((cell) => typeof readDate(cell, { order: 'day-month' }) === 'number' || typeof readDate(cell, { order: 'month-day' }) === 'number'),
  );
  const named = dated.filter((column) => DATE_HEADER.test(column.name ?? ''));
  return (named.find((column) => !START_HEADER.test(column.name ?? '')) ?? named[0] ?? dated[0])?.index ?? null;
}
