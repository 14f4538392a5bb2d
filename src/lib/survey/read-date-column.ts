/**
 * Read a whole date column with its decided format: a day per row, the issues with row numbers, and the span.
 */
import type { DateFormat, DateIssueKind } from './date-format.ts';
import { createDateReader } from './read-date.ts';
import type { RowSample, RowTally } from './row-sample.ts';
import { addRow, createRowTally } from './row-sample.ts';

/** Marks a row without a day in `days` (no plausible day comes near it). */
export const NO_DAY = -2_147_483_648;

/** A read column. */
export type DateColumn = {
  /** One entry per cell: its day number, or `NO_DAY`. */
  readonly days: Int32Array;
  /** Cells with a day. */
  readonly dated: number;
  /** Earliest and latest day, or null when no cell had one. */
  readonly span: { readonly firstDay: number; readonly lastDay: number } | null;
  /** Cells without a day, by issue, most common first. */
  readonly issues: readonly (RowSample & { readonly kind: DateIssueKind })[];
};

/**
 * Read every cell of a date column (the format from `detectDateFormat`, or the person's choice).
 *
 * @param cells the column's cells, header excluded
 * @param format the format
 * @param firstRowNumber the row number of the first cell as the page shows it (default 1)
 * @returns days, the count of dated cells, the span and the issues
 * @example readDateColumn(['2024-01-05', '', '31/02/2024'], { order: 'day-month' }).issues // [{ kind: 'empty', count: 1, firstRows: [2] }, { kind: 'impossible-date', … firstRows: [3] }]
 * @see createDateReader
 */
export function readDateColumn(cells: readonly string[], format: DateFormat, firstRowNumber = 1): DateColumn {
  const read = createDateReader(format);
  const days = new Int32Array(cells.length);
  const issues = new Map<DateIssueKind, RowTally>();
  let dated = 0;
  let firstDay = Number.POSITIVE_INFINITY;
  let lastDay = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < cells.length; index += 1) {
    const reading = read(cells[index] ?? '');
    if (typeof reading === 'number') {
      days[index] = reading;
      dated += 1;
      if (reading < firstDay) firstDay = reading;
      if (reading > lastDay) lastDay = reading;
    } else {
      days[index] = NO_DAY;
      const tally = issues.get(reading) ?? createRowTally();
      addRow(tally, firstRowNumber + index);
      issues.set(reading, tally);
    }
  }
  return {
    days,
    dated,
    span: dated === 0 ? null : { firstDay, lastDay },
    issues: [...issues].map(([kind, tally]) => ({ kind, ...tally })).sort((left, right) => right.count - left.count),
  };
}
