/** How many row numbers a finding keeps to point at: enough to find the rows, few enough to list in a sentence. */
export const ROW_SAMPLE_SIZE = 5;

/** How many cells had something, and the first few of their row numbers (in the order the cells were given). */
export type RowSample = { readonly count: number; readonly firstRows: readonly number[] };

/** A row sample being filled. */
export type RowTally = { count: number; firstRows: number[] };

/**
 * Count a row, keeping its number if it is among the first `ROW_SAMPLE_SIZE`.
 *
 * @param tally the tally to add to
 * @param rowNumber the row's number as the page shows it
 * @example addRow(tally, 7) // tally.count + 1, 7 kept if fewer than 5 kept
 * @see ROW_SAMPLE_SIZE
 */
export function addRow(tally: RowTally, rowNumber: number): void {
  tally.count += 1;
  if (tally.firstRows.length < ROW_SAMPLE_SIZE) tally.firstRows.push(rowNumber);
}

/** A fresh, empty tally. */
export function createRowTally(): RowTally {
  return { count: 0, firstRows: [] };
}
