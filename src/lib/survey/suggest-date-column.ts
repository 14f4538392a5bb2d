/**
 * Which column of an export holds the date each answer was given, to preselect it: the survey tools name theirs
 * (`Submit Date (UTC)`, `Timestamp`, `EndDate`, `Date Created`), and its first cells read as dates.
 */
import type { TableLayout } from '../metrics/detect-paste-layout.ts';
import { readDate } from './read-date.ts';

/** Header words of a date column, in English and the languages exports most come in. */
const DATE_HEADER = /date|time|submitted|created|datum|fecha|horodat|marca temporal|zeitstempel|data|jour/i;
/** When the answer was given: a submit, end or completion time, or the one timestamp of a form. */
const ANSWERED_HEADER = /submit|end|complet|finish|timestamp|horodat|marca temporal|zeitstempel/i;
/** When the person opened the survey or reached a page of it: not when they answered. */
const NOT_ANSWERED_HEADER = /start|stage|began|opened/i;

/** How many of a column's sampled cells read as dates (in either day/month order). */
function countDates(cells: readonly string[]): number {
  return cells.filter((cell) => typeof readDate(cell, { order: 'day-month' }) === 'number' || typeof readDate(cell, { order: 'month-day' }) === 'number').length;
}

/**
 * Suggest the date column of a table: a column (not the score column) whose sampled cells read as dates (every
 * one; or at least half when its header names a date, so a column mixing formats is still found and its odd
 * rows are listed), preferring a submit or end time to a start or stage time, then any header naming a date,
 * then the first column of dates. Never guesses from a header alone: the cells must be dates.
 *
 * @param layout the table's layout, with sampled cells per column
 * @param scoreColumn the score column (never suggested)
 * @returns the column's index, or null when none holds dates
 * @example suggestDateColumn(layoutOf('Start Date,Submit Date,NPS\n2024-01-05 10:00,2024-01-05 10:04,9'), 2) // 1
 */
export function suggestDateColumn(layout: TableLayout, scoreColumn: number): number | null {
  const candidates = layout.columns.filter((column) => {
    if (column.index === scoreColumn || column.sample.length === 0) return false;
    const dates = countDates(column.sample);
    return dates === column.sample.length || (DATE_HEADER.test(column.name ?? '') && dates * 2 >= column.sample.length);
  });
  const named = candidates.filter((column) => DATE_HEADER.test(column.name ?? ''));
  const answered = named.find((column) => ANSWERED_HEADER.test(column.name ?? '') && !NOT_ANSWERED_HEADER.test(column.name ?? ''));
  return (answered ?? named.find((column) => !NOT_ANSWERED_HEADER.test(column.name ?? '')) ?? named[0] ?? candidates[0])?.index ?? null;
}
