/** A CSV cell: text, a finite number, or empty. */
export type CsvCell = string | number | null | undefined;

/**
 * Write rows as CSV text (RFC 4180): fields with commas, quotes or line breaks are quoted, quotes doubled,
 * lines end in CRLF. A cell that would start a spreadsheet formula (`=`, `+`, `-`, `@`) and is not a plain
 * number is prefixed with an apostrophe so opening the file never runs it (OWASP "CSV injection").
 *
 * @param rows rows of cells; the first row is usually the header
 * @returns the CSV text
 * @example toCsv([['metric', 'value'], ['NPS', 24]]) // 'metric,value\r\nNPS,24\r\n'
 * @see https://www.rfc-editor.org/rfc/rfc4180
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(formatCell).join(',')).join('\r\n') + (rows.length > 0 ? '\r\n' : '');
}

function formatCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new Error(`toCsv requires finite numbers, got ${String(cell)}`);
    return String(cell);
  }
  const guarded = /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(\.\d+)?%?$/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}
