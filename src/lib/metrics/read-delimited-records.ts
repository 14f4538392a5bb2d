import { CHAR, isBlankCode } from './character-codes.ts';

/** A column delimiter of a pasted table. */
export type TableDelimiter = ',' | ';' | '\t';

/**
 * Called for each non-blank record (one with a cell that is not blank) with its cells, the 1-based line it starts on, and its 1-based row as a
 * spreadsheet shows it (blank records count as rows; a quoted cell over several lines is still one row).
 * Return false to stop reading.
 */
export type RecordVisitor = (cells: readonly string[], line: number, row: number) => boolean | void;

/** Excel's separator hint line, `sep=` and one character, then its line end. */
const SEPARATOR_HINT = /^sep=[^\r\n](?:\r\n|\r|\n)/i;

/**
 * The length in bytes of Excel's separator hint line at `start` of UTF-8 bytes (`sep=;` and its line end), or 0.
 *
 * @example getSeparatorHintLength(new TextEncoder().encode('sep=;\nNPS'), 0) // 6
 */
export function getSeparatorHintLength(bytes: Uint8Array, start: number): number {
  const head = String.fromCharCode(...bytes.subarray(start, start + 7));
  return SEPARATOR_HINT.exec(head)?.[0].length ?? 0;
}

/** Whether a record holds nothing but blank cells: a blank line, or one of only delimiters (`,,,,`, as Excel writes an emptied row). */
function isBlankRecord(cells: readonly string[]): boolean {
  for (const cell of cells) {
    for (let index = 0; index < cell.length; index += 1) {
      if (!isBlankCode(cell.charCodeAt(index))) return false;
    }
  }
  return true;
}

/**
 * Whether one record's text holds nothing but blank cells, read as `forEachDelimitedRecord` reads it (for a reader
 * of bytes that found the record's first cell blank).
 *
 * @example isBlankRecordText(',, ,\r\n', ',') // true
 */
export function isBlankRecordText(text: string, delimiter: TableDelimiter): boolean {
  let blank = true;
  forEachDelimitedRecord(text, delimiter, () => {
    blank = false;
    return false;
  });
  return blank;
}

/**
 * Read CSV/TSV records from text, calling `visit` for each, as RFC 4180 describes.
 *
 * Records end at LF, CRLF or CR; blank lines, and records of blank cells only, are skipped. A cell that starts
 * with a double quote (after optional spaces) runs to the closing quote, may
 * hold delimiters and line breaks, and writes a quote as `""`; text after the
 * closing quote is kept. A quote that is never closed, or whose cell runs over
 * several lines to a quote with text straight after it (the next row's opening
 * quote), is read as a plain character, its cell ending at the delimiter or
 * line end as any other: one stray quote (a comment about a 12" screen) must
 * not swallow the rows after it into one cell.
 * Unquoted cells are returned as typed (not trimmed). A leading byte-order
 * mark is skipped, and so is Excel's separator hint (`sep=;` alone on the first line), which Excel reads and does
 * not show as a row. Never throws. O(length).
 *
 * @param text the pasted text
 * @param delimiter ',', ';' or a tab
 * @param visit called with (cells, line, row); return false to stop
 * @returns nothing; the records go to `visit`
 * @example forEachDelimitedRecord('a,"b,c"\n1,2', ',', (cells) => console.log(cells)) // ['a', 'b,c'] then ['1', '2']
 * @see https://www.rfc-editor.org/rfc/rfc4180#section-2
 */
export function forEachDelimitedRecord(text: string, delimiter: TableDelimiter, visit: RecordVisitor): void {
  const delimiterCode = delimiter.charCodeAt(0);
  const length = text.length;
  let index = text.charCodeAt(0) === CHAR.BYTE_ORDER_MARK ? 1 : 0;
  let line = 1;
  // Excel's separator hint (`sep=;` alone on the first line) is read by Excel and not shown as a row: skipped.
  const hint = SEPARATOR_HINT.exec(text.slice(index, index + 8));
  if (hint) {
    index += hint[0].length;
    line = 2;
  }
  let row = 0;
  while (index < length) {
    const recordLine = line;
    row += 1;
    const cells: string[] = [];
    let recordDone = false;
    while (!recordDone) {
      // Look past leading spaces for an opening quote.
      let probe = index;
      while (probe < length && text.charCodeAt(probe) === CHAR.SPACE) probe += 1;
      let cell = '';
      if (probe < length && text.charCodeAt(probe) === CHAR.QUOTE) {
        let position = probe + 1;
        let segmentStart = position;
        const lineBefore = line;
        let closed = true;
        for (;;) {
          if (position >= length) {
            closed = false;
            break;
          }
          const code = text.charCodeAt(position);
          if (code === CHAR.QUOTE) {
            cell += text.slice(segmentStart, position);
            if (text.charCodeAt(position + 1) === CHAR.QUOTE) {
              cell += '"';
              position += 2;
              segmentStart = position;
              continue;
            }
            position += 1;
            break;
          }
          if (code === CHAR.LINE_FEED || (code === CHAR.CARRIAGE_RETURN && text.charCodeAt(position + 1) !== CHAR.LINE_FEED)) {
            line += 1;
          }
          position += 1;
        }
        // A quote that "closes" a cell over several lines with text straight after it is most likely the next
        // row's opening quote: the first quote was a stray one, as one never closed is.
        let after = position;
        while (text.charCodeAt(after) === CHAR.SPACE) after += 1;
        const next = text.charCodeAt(after);
        if (closed && line !== lineBefore && after < length && next !== delimiterCode && next !== CHAR.LINE_FEED && next !== CHAR.CARRIAGE_RETURN) closed = false;
        if (closed) {
          index = position;
        } else {
          // Never closed: read again as unquoted text from where the cell began. Still O(length): every quote after
          // this one was half of a "" pair on the way to the end, and a later cell's opening quote (after a delimiter,
          // a line end or a space) was a pair's first half, so its own scan closes at the end of that run of quotes.
          cell = '';
          line = lineBefore;
        }
      }
      // Unquoted text, or whatever follows a closing quote, runs to the delimiter or line end.
      const restStart = index;
      while (index < length) {
        const code = text.charCodeAt(index);
        if (code === delimiterCode || code === CHAR.LINE_FEED || code === CHAR.CARRIAGE_RETURN) break;
        index += 1;
      }
      cell += text.slice(restStart, index);
      cells.push(cell);
      if (index >= length) {
        recordDone = true;
      } else {
        const code = text.charCodeAt(index);
        if (code === delimiterCode) {
          index += 1;
          if (index >= length) {
            cells.push('');
            recordDone = true;
          }
        } else {
          line += 1;
          index += code === CHAR.CARRIAGE_RETURN && text.charCodeAt(index + 1) === CHAR.LINE_FEED ? 2 : 1;
          recordDone = true;
        }
      }
    }
    if (!isBlankRecord(cells) && visit(cells, recordLine, row) === false) return;
  }
}
