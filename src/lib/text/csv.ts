/**
 * CSV text for spreadsheets, written as RFC 4180 asks and defended as OWASP's CSV-injection guidance asks.
 * One writer for every export, so a cell means the same thing in every file we produce.
 */

/** A CSV cell: text, a finite number (written as a number, so a spreadsheet sorts and sums it), or empty. */
export type CsvCell = string | number | null;

/**
 * Where a spreadsheet may see a cell start with a formula (OWASP: `= + - @`, tab, carriage return): at the start
 * of the text, and after a semicolon, tab or line break, because a spreadsheet that splits on `;` or tabs, or
 * ends rows at any line break, does not honour our quotes in the middle of its field and starts a cell there.
 * Spaces or quotes before the character do not help: an import that trims cells (Google Sheets' default)
 * removes spaces, and a reader that finds a quote at its field's start reads past it.
 */
const FORMULA_STARTS = /(?<=^|[;\t\r\n])([ "]*)(?=[=+\-@\t\r])/g;

/**
 * Field separators a spreadsheet may split on (comma, or semicolon in locales with a decimal comma, or tab),
 * quotes and line breaks: a cell holding any is quoted, so no part of it can start a cell of its own.
 */
const NEEDS_QUOTES = /[,;\t"\r\n]/;

/**
 * One CSV field. Text that a spreadsheet would run as a formula gets an apostrophe in front (shown as text,
 * not run), also where a `;`, tab or line break inside it could start a cell in a spreadsheet that splits
 * there; text with a separator, quote or line break is quoted with its quotes doubled. Numbers are written as
 * numbers: `-5` stays `-5`, because a typed number cannot hold a formula.
 *
 * @param cell text, a finite number, or null for an empty cell
 * @returns the field as it goes between the commas
 * @throws if the number is NaN or infinite (a programmer error: calculators never produce one)
 * @example formatCsvCell('=SUM(A1;A2)') // `"'=SUM(A1;A2)"`
 * @example formatCsvCell(-5) // '-5'
 * @example formatCsvCell('-5') // "'-5"
 * @example formatCsvCell('a;=1+1') // `"a;'=1+1"`
 * @see https://owasp.org/www-community/attacks/CSV_Injection
 * @see https://www.rfc-editor.org/rfc/rfc4180
 */
export function formatCsvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new Error(`formatCsvCell requires a finite number, got ${String(cell)}`);
    return String(cell === 0 ? 0 : cell);
  }
  const safe = cell.replace(FORMULA_STARTS, "'$1");
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * Rows as CSV text: fields joined by commas, each row ended by CRLF (RFC 4180), cells as `formatCsvCell`
 * writes them. No rows give empty text.
 *
 * @param rows rows of cells; the first is usually the header
 * @returns the CSV text
 * @example formatCsv([['metric', 'value'], ['NPS', -5], ['note', 'a;b']]) // 'metric,value\r\nNPS,-5\r\nnote,"a;b"\r\n'
 */
export function formatCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => `${row.map(formatCsvCell).join(',')}\r\n`).join('');
}
