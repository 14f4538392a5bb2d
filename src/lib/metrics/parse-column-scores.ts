import type { TableLayout } from './detect-paste-layout.ts';
import type { TableSource } from './read-column-cells.ts';
import { forEachRowCells } from './read-column-cells.ts';
import { readScoreToken } from './read-score-token.ts';
import type { ScoreScale } from './score-scale.ts';
import { NPS_SCALE, assertScoreScale } from './score-scale.ts';
import type { LabelScores, ParsedScores } from './score-tally.ts';
import { addScoreToTally, countScoreOnScale, createScoreTally, finishScoreTally } from './score-tally.ts';

/** Options for `parseColumnScores`. */
export type ParseColumnScoresOptions = {
  /** How many problems to keep in `issues` (all are counted in `leftOut`); default 1000. */
  readonly maxIssues?: number;
  /** Scores for answers written as words, by `getLabelKey` (the person's mapping); default none. */
  readonly labels?: LabelScores;
  /** Other columns to read in the same pass (a segment, a date), each row visited with the answer's scale index. */
  readonly alsoRead?: AlsoRead;
};

/**
 * Read other cells of each row beside its score: `visit` gets the index in `counts` the row's answer was
 * counted at (−1 when it was blank or left out), the row's cells in `columns` order (the array is reused), the
 * row and its response ID.
 */
export type AlsoRead = {
  readonly columns: readonly number[];
  readonly visit: (point: number, cells: readonly (string | number)[], row: number, getId: () => string) => void;
};

/** Scores read from one column of a table; issues carry the 1-based column. */
export type ParsedColumnScores = ParsedScores & {
  /** 0-based column that was read. */
  readonly column: number;
  /** Rows where this column was blank or missing (no answer; not a problem). */
  readonly blankCells: number;
};

/** The outcome of reading a column: `empty` when the column has no values at all. */
export type ColumnScoreParse = { readonly kind: 'empty' } | ParsedColumnScores;

/**
 * Parse the scores in one column of a pasted table found by `detectPasteLayout`.
 *
 * Reads every row with the layout's delimiter (RFC 4180 quoting), skips the
 * layout's header rows, and reads the chosen cell like `readScoreToken` (so
 * `4,5` in a semicolon or tab table, or `"4,5"` in a CSV, is 4.5; `10 -
 * Extremely likely` is 10). Blank or missing cells are counted in
 * `blankCells`, not reported. Problems carry the row as a spreadsheet shows
 * it, the 1-based column and the response ID when the layout has an ID
 * column. Never throws for any text. O(length).
 *
 * @param text the same text the layout came from, or the UTF-8 bytes it was decoded from
 * @param layout a table layout from `detectPasteLayout`
 * @param columnIndex 0-based column, from `layout.columns[i].index`
 * @param scale whole-number scale (default NPS_SCALE, 0–10)
 * @param options maxIssues (default 1000)
 * @returns `{ kind: 'empty' }` or counts, n, leftOut, issues and blankCells
 * @example parseColumnScores('id;score\n1;9\n2;4,5', layout, 1, NPS_SCALE) // n = 1, one 'not-whole' issue at line 3, column 2
 * @see https://www.rfc-editor.org/rfc/rfc4180
 */
export function parseColumnScores(
  text: TableSource,
  layout: TableLayout,
  columnIndex: number,
  scale: ScoreScale = NPS_SCALE,
  options: ParseColumnScoresOptions = {},
): ColumnScoreParse {
  assertScoreScale(scale, 'parseColumnScores');
  if (!Number.isSafeInteger(columnIndex) || columnIndex < 0 || columnIndex >= layout.columns.length) {
    throw new Error(`parseColumnScores requires a column from 0 to ${String(layout.columns.length - 1)}, got ${String(columnIndex)}`);
  }
  const tally = createScoreTally(scale, options.maxIssues, options.labels);
  let blankCells = 0;
  // In a table a comma inside a cell can only be a decimal mark; note whether one was read.
  let sawDecimalComma = false;
  const { min, max } = scale;
  const readScore = (cell: string | number, row: number, getId: () => string): number => {
    if (typeof cell === 'number') {
      // A whole number read from plain digits, on the scale: counted without making the two closures
      // addScoreToTally takes for a problem (one per row of a million-row file).
      if (cell >= min && cell <= max) return countScoreOnScale(tally, cell);
      return addScoreToTally(tally, cell, row, columnIndex + 1, () => String(cell), getId);
    }
    const value = readScoreToken(cell, 0, cell.length);
    if (value === null) {
      blankCells += 1;
      return -1;
    }
    if (!Number.isNaN(value) && cell.includes(',')) sawDecimalComma = true;
    return addScoreToTally(tally, value, row, columnIndex + 1, () => cell, getId);
  };
  const { alsoRead } = options;
  const read = { delimiter: layout.delimiter, headerRows: layout.headerRows, columns: [columnIndex, ...(alsoRead?.columns ?? [])], idColumn: layout.responseIdColumn };
  if (alsoRead === undefined) forEachRowCells(text, read, (cells, row, getId) => readScore(cells[0] ?? '', row, getId));
  else {
    const others: (string | number)[] = new Array<string | number>(alsoRead.columns.length).fill('');
    forEachRowCells(text, read, (cells, row, getId) => {
      const point = readScore(cells[0] ?? '', row, getId);
      for (let slot = 0; slot < others.length; slot += 1) others[slot] = cells[slot + 1] ?? '';
      alsoRead.visit(point, others, row, getId);
    });
  }
  const parsed = finishScoreTally(tally, sawDecimalComma);
  if (parsed.kind === 'empty') return parsed;
  return { ...parsed, column: columnIndex, blankCells };
}
