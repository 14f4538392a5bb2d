/**
 * Read one column of a delimited table, from its text or from its UTF-8 bytes, so a large file can be read
 * without first turning tens of megabytes into a string: only the cells of the chosen column (and, for a
 * problem, the response ID) are decoded, and a plain whole number is read straight from its bytes.
 */
import { forEachDelimitedRecord, type TableDelimiter } from './read-delimited-records.ts';

/** A table as text, or as the bytes of a UTF-8 file (a byte-order mark is skipped). */
export type TableSource = string | Uint8Array;

/** What to read: the delimiter, how many header rows to skip, the column and the response ID column. */
export type ColumnRead = {
  readonly delimiter: TableDelimiter;
  readonly headerRows: number;
  readonly column: number;
  readonly idColumn: number | null;
};

/**
 * Called for each data row: its cell in the column (a whole number read from plain digits, or the cell's text
 * without its quotes; '' when the row has no such cell), its row as a spreadsheet shows it, and its response ID.
 */
export type ColumnCellVisitor = (cell: string | number, row: number, getId: () => string) => void;

/** Thrown when bytes are not UTF-8: the caller decodes the whole file another way and reads the text. */
export class NotUtf8Error extends Error {
  constructor() {
    super('the file is not UTF-8');
  }
}

/** Longest run of digits read straight from bytes (longer ones go through the text reader to stay exact). */
const MAX_FAST_DIGITS = 15;
const QUOTE = 0x22;
const SPACE = 0x20;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * A raw cell's text as the text reader returns it: after optional leading spaces, a quoted part runs to its
 * closing quote with `""` for a quote, and whatever follows it is kept (see `forEachDelimitedRecord`).
 */
function unquoteCell(raw: string): string {
  let start = 0;
  while (raw.charCodeAt(start) === SPACE) start += 1;
  if (raw.charCodeAt(start) !== QUOTE) return raw;
  let cell = '';
  let position = start + 1;
  let segment = position;
  while (position < raw.length) {
    if (raw.charCodeAt(position) === QUOTE) {
      cell += raw.slice(segment, position);
      if (raw.charCodeAt(position + 1) === QUOTE) {
        cell += '"';
        position += 2;
        segment = position;
        continue;
      }
      return cell + raw.slice(position + 1);
    }
    position += 1;
  }
  return cell + raw.slice(segment);
}

function forEachTextCell(text: string, read: ColumnRead, visit: ColumnCellVisitor): void {
  let headerRowsLeft = read.headerRows;
  forEachDelimitedRecord(text, read.delimiter, (cells, _line, row) => {
    if (headerRowsLeft > 0) {
      headerRowsLeft -= 1;
      return true;
    }
    visit(cells[read.column] ?? '', row, () => (read.idColumn === null ? '' : (cells[read.idColumn] ?? '')));
    return true;
  });
}

function forEachByteCell(bytes: Uint8Array, read: ColumnRead, visit: ColumnCellVisitor): void {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (start: number, end: number): string => {
    try {
      return decoder.decode(bytes.subarray(start, end));
    } catch {
      throw new NotUtf8Error();
    }
  };
  const delimiter = read.delimiter.charCodeAt(0);
  const { column, idColumn } = read;
  const length = bytes.length;
  let index = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let row = 0;
  let headerRowsLeft = read.headerRows;
  while (index < length) {
    row += 1;
    const recordStart = index;
    let cellIndex = 0;
    let targetStart = -1;
    let targetEnd = -1;
    let idStart = -1;
    let idEnd = -1;
    for (;;) {
      const cellStart = index;
      let probe = index;
      while (probe < length && bytes[probe] === SPACE) probe += 1;
      if (probe < length && bytes[probe] === QUOTE) {
        // A quoted part may hold delimiters and line breaks.
        index = probe + 1;
        while (index < length) {
          if (bytes[index] === QUOTE) {
            if (bytes[index + 1] === QUOTE) {
              index += 2;
              continue;
            }
            index += 1;
            break;
          }
          index += 1;
        }
      }
      while (index < length) {
        const byte = bytes[index];
        if (byte === delimiter || byte === LINE_FEED || byte === CARRIAGE_RETURN) break;
        index += 1;
      }
      if (cellIndex === column) {
        targetStart = cellStart;
        targetEnd = index;
      }
      if (cellIndex === idColumn) {
        idStart = cellStart;
        idEnd = index;
      }
      if (index >= length) break;
      const byte = bytes[index];
      if (byte === delimiter) {
        index += 1;
        cellIndex += 1;
        // A delimiter at the very end leaves one more, empty cell.
        if (index >= length) {
          if (cellIndex === column) targetStart = targetEnd = index;
          break;
        }
        continue;
      }
      index += byte === CARRIAGE_RETURN && bytes[index + 1] === LINE_FEED ? 2 : 1;
      break;
    }
    // A record of one blank cell is a blank line: counted as a row, never read.
    if (cellIndex === 0 && isBlankText(unquoteCell(decode(recordStart, targetEnd === -1 ? index : targetEnd)))) continue;
    if (headerRowsLeft > 0) {
      headerRowsLeft -= 1;
      continue;
    }
    const getId = () => (idStart === -1 ? '' : unquoteCell(decode(idStart, idEnd)));
    if (targetStart === -1) {
      visit('', row, getId);
      continue;
    }
    // Plain digits, no sign, no leading zero: read straight from the bytes.
    const digits = targetEnd - targetStart;
    let value = 0;
    let plain = digits > 0 && digits <= MAX_FAST_DIGITS && (digits === 1 || bytes[targetStart] !== 0x30);
    for (let position = targetStart; plain && position < targetEnd; position += 1) {
      const byte = bytes[position] ?? 0;
      if (byte < 0x30 || byte > 0x39) plain = false;
      else value = value * 10 + (byte - 0x30);
    }
    visit(plain ? value : unquoteCell(decode(targetStart, targetEnd)), row, getId);
  }
}

/** Whether a record's text is only blanks (as the text reader's blank-line rule). */
function isBlankText(text: string): boolean {
  return /^[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*$/.test(text);
}

/**
 * Visit the cells of one column of a table, skipping its header rows and blank lines, with rows numbered as a
 * spreadsheet shows them. Text and UTF-8 bytes of the same table give the same cells, except that a plain whole
 * number (digits only, no leading zero) may come as a number. Bytes that are not UTF-8 in a cell that is read
 * throw `NotUtf8Error`. O(length).
 *
 * @param source the table's text or UTF-8 bytes
 * @param read the delimiter, header rows, column and response ID column
 * @param visit called once per data row
 * @returns nothing; the cells go to `visit`
 * @example forEachColumnCell('id,score\n1,9', { delimiter: ',', headerRows: 1, column: 1, idColumn: 0 }, (cell) => cell) // visits '9' (or 9) at row 2
 * @see https://www.rfc-editor.org/rfc/rfc4180#section-2
 */
export function forEachColumnCell(source: TableSource, read: ColumnRead, visit: ColumnCellVisitor): void {
  if (typeof source === 'string') forEachTextCell(source, read, visit);
  else forEachByteCell(source, read, visit);
}
