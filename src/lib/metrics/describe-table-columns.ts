import { readScoreToken } from './read-score-token.ts';

/** Sample cells kept per column for the column picker. */
const SAMPLE_CELLS = 5;
const MAX_SAMPLE_CELL_LENGTH = 40;

/** One column of a pasted table, described from the first rows. */
export type TableColumn = {
  /** 0-based position, the value to pass to `parseColumnScores`. */
  readonly index: number;
  /** The header cell, trimmed; null without a header row or when the header cell is blank. */
  readonly name: string | null;
  /** Up to five non-blank values from the first rows, trimmed. */
  readonly sample: readonly string[];
  /** Share of the sampled non-blank values that are numbers (0 when none). */
  readonly numericShare: number;
};

/**
 * Whether a table cell reads as a number (by `readScoreToken`).
 *
 * @param cell the cell's text
 * @returns true when it is a number
 * @example isNumericCell(' 4,5 ') // true
 * @see https://www.rfc-editor.org/rfc/rfc4180
 */
export function isNumericCell(cell: string): boolean {
  const value = readScoreToken(cell, 0, cell.length);
  return value !== null && !Number.isNaN(value);
}

/**
 * Whether a table cell is blank (only spaces, or empty quotes).
 *
 * @param cell the cell's text
 * @returns true when there is nothing in it
 * @example isBlankCell('  ') // true
 * @see https://www.rfc-editor.org/rfc/rfc4180
 */
export function isBlankCell(cell: string): boolean {
  return readScoreToken(cell, 0, cell.length) === null;
}

/**
 * Describe the columns of sampled rows for the column picker: name, sample values, share of numbers.
 *
 * @param rows sampled rows; the header, when present, is rows[0]
 * @param width how many columns the table has
 * @param hasHeader whether rows[0] holds the names
 * @returns one description per column
 * @example describeTableColumns([['id', 'score'], ['1', '9']], 2, true) // [{ index: 0, name: 'id', sample: ['1'], numericShare: 1 }, { index: 1, name: 'score', sample: ['9'], numericShare: 1 }]
 * @see https://docs.python.org/3/library/csv.html#csv.Sniffer
 */
export function describeTableColumns(rows: readonly (readonly string[])[], width: number, hasHeader: boolean): TableColumn[] {
  const dataRows = hasHeader ? rows.slice(1) : rows;
  const columns: TableColumn[] = [];
  for (let index = 0; index < width; index += 1) {
    const headerCell = hasHeader ? (rows[0]?.[index] ?? '').trim() : '';
    const sample: string[] = [];
    let filled = 0;
    let numeric = 0;
    for (const row of dataRows) {
      const cell = row[index] ?? '';
      if (isBlankCell(cell)) continue;
      filled += 1;
      if (isNumericCell(cell)) numeric += 1;
      if (sample.length < SAMPLE_CELLS) sample.push(cell.trim().slice(0, MAX_SAMPLE_CELL_LENGTH));
    }
    columns.push({
      index,
      name: headerCell === '' ? null : headerCell,
      sample,
      numericShare: filled === 0 ? 0 : numeric / filled,
    });
  }
  return columns;
}
