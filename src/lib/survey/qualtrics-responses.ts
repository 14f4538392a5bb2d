/**
 * Rows of a Qualtrics export that may not be real answers: survey previews, tests and spam (its `Status` column,
 * "Response Type" in the labels row), and responses closed before the end (`Finished` False). Both kinds are
 * counted like any other row; the page says how many there are and where, so the analyst can remove them.
 */
import type { TableLayout } from '../metrics/detect-paste-layout.ts';
import { forEachRowCells, type TableSource } from '../metrics/read-column-cells.ts';
import { addRow, createRowTally, type RowSample } from './row-sample.ts';

/** How many flagged rows of each kind, and the first of their row numbers. */
export type QualtricsResponses = { readonly notReal: RowSample; readonly unfinished: RowSample };

/**
 * Qualtrics' numeric Status codes for responses that are no respondent's: 1 Survey Preview, 2 Survey Test, 8 Spam,
 * 9 Preview Spam, 12 Imported Spam, 17 Offline Survey Preview (0 is an ordinary response, 4 imported, 16 offline).
 * 0 and 1 are what the exports in test/fixtures hold; the others are as Qualtrics users document them, not checked
 * against an export here. The choice-text export writes the names, which NOT_REAL_TEXT reads.
 * @see https://www.qualtrics.com/support/survey-platform/data-and-analysis-module/data/download-data/understanding-your-dataset/
 */
const NOT_REAL_CODES = new Set([1, 2, 8, 9, 12, 17]);
/** The same as choice text: "Survey Preview", "Survey Test", "Spam". */
const NOT_REAL_TEXT = /preview|test|spam/i;
const UNFINISHED = /^(?:false|0)$/i;

/** A column by the ID Qualtrics gives it in the first header row. */
function findColumn(layout: TableLayout, id: string): number | null {
  return layout.columns.find((column) => column.name?.trim().toLowerCase() === id.toLowerCase())?.index ?? null;
}

/**
 * Count a Qualtrics export's previews, tests, spam and unfinished responses. Null for any other table, or a
 * Qualtrics one without the Status and Finished columns. One pass over the two columns. O(length).
 *
 * @param source the export's text or UTF-8 bytes
 * @param layout its layout
 * @returns the flagged rows, or null
 * @example findQualtricsResponses(text, layout)?.notReal // { count: 5, firstRows: [4, 12, 30, 41, 57] }
 */
export function findQualtricsResponses(source: TableSource, layout: TableLayout): QualtricsResponses | null {
  if (layout.tool !== 'qualtrics') return null;
  const status = findColumn(layout, 'Status');
  const finished = findColumn(layout, 'Finished');
  if (status === null && finished === null) return null;
  const notReal = createRowTally();
  const unfinished = createRowTally();
  const columns = [status ?? finished ?? 0, finished ?? status ?? 0];
  forEachRowCells(source, { delimiter: layout.delimiter, headerRows: layout.headerRows, columns, idColumn: null }, (cells, row) => {
    const [statusCell, finishedCell] = cells;
    if (status !== null) {
      const value = typeof statusCell === 'number' ? statusCell : String(statusCell ?? '').trim();
      if (typeof value === 'number' ? NOT_REAL_CODES.has(value) : /^\d+$/.test(value) ? NOT_REAL_CODES.has(Number(value)) : NOT_REAL_TEXT.test(value)) addRow(notReal, row);
    }
    if (finished !== null && UNFINISHED.test(String(finishedCell ?? '').trim())) addRow(unfinished, row);
  });
  return { notReal, unfinished };
}
