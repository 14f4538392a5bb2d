/** Characters that make a spreadsheet read a cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field per RFC 4180: quoted when it holds a comma, quote or line break, with quotes doubled.
 * Text that a spreadsheet would run as a formula gets a leading apostrophe, because N/A reasons and
 * labels are typed by users. See https://www.rfc-editor.org/rfc/rfc4180 and
 * https://owasp.org/www-community/attacks/CSV_Injection
 *
 * @example
 * formatCsvField('Say "hi", then leave'); // => '"Say ""hi"", then leave"'
 * formatCsvField('=SUM(A1)'); // => "'=SUM(A1)"
 * formatCsvField(3); // => '3'
 */
export function formatCsvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * Rows as CSV text with CRLF line endings, as RFC 4180 asks.
 *
 * @example
 * formatCsv([['a', 'b'], [1, 'x,y']]); // => 'a,b\r\n1,"x,y"\r\n'
 */
export function formatCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => `${row.map(formatCsvField).join(',')}\r\n`).join('');
}
