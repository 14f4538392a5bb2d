import { CHAR, isBlankCode } from './character-codes.ts';
import type { TableDelimiter } from './read-delimited-records.ts';
import { forEachDelimitedRecord } from './read-delimited-records.ts';
import type { TableColumn } from './describe-table-columns.ts';
import { describeTableColumns, isBlankCell, isNumericCell } from './describe-table-columns.ts';
import type { ColumnSuggestion } from './suggest-score-column.ts';
import { suggestScoreColumn } from './suggest-score-column.ts';
import type { ExportTool } from './detect-export-layout.ts';
import { detectExportLayout } from './detect-export-layout.ts';
import type { ScoreScale } from './score-scale.ts';
import { NPS_SCALE } from './score-scale.ts';
import type { ScoreMetric } from './score-metric.ts';

/** How much of a paste the detector reads: enough rows to judge, never the whole of a huge paste. */
const SAMPLE_CHARACTERS = 64 * 1024;
const SAMPLE_RECORDS = 200;
/** Share of sampled rows that must have the table's column count. */
const MIN_CONSISTENT_SHARE = 0.8;
/** Delimiters in order of preference: a tab never occurs in typed lists, a comma often does. */
const DELIMITERS = ['\t', ';', ','] as const satisfies readonly TableDelimiter[];

/** A paste with several columns: the UI lets the user pick one. */
export type TableLayout = {
  readonly kind: 'table';
  readonly delimiter: TableDelimiter;
  readonly hasHeader: boolean;
  /** Rows before the first answer: 0 or 1, 2 for SurveyMonkey, 3 for Qualtrics. */
  readonly headerRows: number;
  /** The survey tool whose export this is, or null for a plain table. */
  readonly tool: ExportTool | null;
  /** The column holding each response's ID, if the export has one. */
  readonly responseIdColumn: number | null;
  readonly columns: readonly TableColumn[];
  /** The column whose values fit the scale, or null when none does (the person is asked). */
  readonly suggestedColumn: number | null;
  /** Why that column was suggested. */
  readonly suggestion: ColumnSuggestion | null;
};

/**
 * What a paste looks like: nothing yet, a single list of values, or a table.
 * A list may carry an `alternative`: the same text read as a header-less table
 * (`1,9\n2,7` is four scores, or decimals, or two columns), for a "read as
 * columns instead" choice in the UI.
 */
export type PasteLayout =
  | { readonly kind: 'empty' }
  | { readonly kind: 'list'; readonly alternative: TableLayout | null }
  | TableLayout;

/** Whether the text has nothing but blanks, separators and quotes. */
function isBlankPaste(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (!isBlankCode(code) && code !== CHAR.COMMA && code !== CHAR.SEMICOLON && code !== CHAR.QUOTE) return false;
  }
  return true;
}

/** The most frequent cell count among the rows, and how many rows have it. */
function getModalWidth(rows: readonly (readonly string[])[]): { width: number; rows: number } {
  const frequency = new Map<number, number>();
  for (const row of rows) frequency.set(row.length, (frequency.get(row.length) ?? 0) + 1);
  let best = { width: 0, rows: 0 };
  for (const [width, count] of frequency) {
    if (count > best.rows || (count === best.rows && width > best.width)) best = { width, rows: count };
  }
  return best;
}

/** Whether the first row is a header: a text cell above mostly numbers, or all text over text columns. */
function detectHeader(rows: readonly (readonly string[])[], width: number): boolean {
  const first = rows[0] ?? [];
  const asData = describeTableColumns(rows.slice(1), width, { headerRows: 0 });
  const anyNumericColumn = asData.some((column) => column.numericShare >= 0.5);
  let textAboveNumbers = false;
  let allText = true;
  for (let index = 0; index < width; index += 1) {
    const cell = first[index] ?? '';
    const isText = !isBlankCell(cell) && !isNumericCell(cell);
    if (!isText) allText = false;
    if (isText && (asData[index]?.numericShare ?? 0) >= 0.5) textAboveNumbers = true;
  }
  return textAboveNumbers || (!anyNumericColumn && allText);
}

/**
 * Look at a paste and tell whether it is empty, a single list of values, or a
 * table whose columns the user should choose from.
 *
 * It reads at most the first 200 rows (64 KB). Delimiters are tried in the
 * order tab, semicolon, comma; one makes a table when at least two rows exist,
 * 80% of them have the same number of cells (two or more) and at least two
 * columns hold something. A tab-separated paste (a spreadsheet range) is then a
 * table. A semicolon- or comma-separated one is a table only when it has a
 * header row or a column that is mostly not numbers; otherwise it is read as a
 * list of all its values (`9,10\n8,7` is four scores, or decimals under the
 * `usesDecimalComma` rule), with that table as the list's `alternative`. The
 * first row is a header when one of its cells is text above a mostly-numeric
 * column (or when every column is text). Never throws. O(sample size).
 *
 * A survey tool's export (`detectExportLayout`) sets the header rows, the
 * column names and which columns are the tool's own.
 *
 * @param text the pasted text
 * @param scale the scale answers are read on, to judge which column holds them (default 0–10)
 * @param metric the question read (its header words point at its column), if known
 * @returns the layout, with columns (names, samples) when it is a table
 * @example detectPasteLayout('id,score\n1,9\n2,10') // { kind: 'table', delimiter: ',', hasHeader: true, columns: [...], suggestedColumn: 1 }
 * @see https://docs.python.org/3/library/csv.html#csv.Sniffer (the same idea: sniff the dialect and header)
 */
export function detectPasteLayout(text: string, scale: ScoreScale = NPS_SCALE, metric?: ScoreMetric): PasteLayout {
  if (isBlankPaste(text)) return { kind: 'empty' };
  const truncated = text.length > SAMPLE_CHARACTERS;
  const sampleText = truncated ? text.slice(0, SAMPLE_CHARACTERS) : text;
  let alternative: TableLayout | null = null;
  for (const delimiter of DELIMITERS) {
    if (!sampleText.includes(delimiter)) continue;
    const rows: (readonly string[])[] = [];
    forEachDelimitedRecord(sampleText, delimiter, (cells) => {
      rows.push(cells);
      return rows.length < SAMPLE_RECORDS;
    });
    // The last row of a cut sample may be cut short.
    if (truncated && rows.length > 2) rows.pop();
    if (rows.length < 2) continue;
    const modal = getModalWidth(rows);
    if (modal.width < 2 || modal.rows < MIN_CONSISTENT_SHARE * rows.length) continue;
    const exportLayout = detectExportLayout(rows, modal.width);
    const headerRows = exportLayout?.headerRows ?? (detectHeader(rows, modal.width) ? 1 : 0);
    const hasHeader = headerRows > 0;
    const columns = describeTableColumns(rows, modal.width, exportLayout ?? { headerRows }, scale);
    const filledColumns = columns.filter((column) => column.sample.length > 0 || column.name !== null).length;
    if (filledColumns < 2) continue;
    const hasTextColumn = columns.some((column) => column.sample.length > 0 && column.numericShare < 0.5);
    const suggestion = suggestScoreColumn(columns, scale, metric);
    const table: TableLayout = {
      kind: 'table',
      delimiter,
      hasHeader,
      headerRows,
      tool: exportLayout?.tool ?? null,
      responseIdColumn: exportLayout?.responseIdColumn ?? null,
      columns,
      suggestedColumn: suggestion?.index ?? null,
      suggestion,
    };
    // Header-less numbers split by commas or semicolons read as a list, but the table stays on offer.
    if (delimiter !== '\t' && !hasHeader && !hasTextColumn) {
      alternative ??= table;
      continue;
    }
    return table;
  }
  return { kind: 'list', alternative };
}
