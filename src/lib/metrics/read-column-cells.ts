/**
 * Read one column of a delimited table, from its text or from its UTF-8 bytes, so a large file can be read
 * without first turning tens of megabytes into a string: only the cells of the chosen column (and, for a
 * problem, the response ID) are decoded, and a plain whole number is read straight from its bytes.
 */
import { forEachDelimitedRecord, getSeparatorHintLength, isBlankRecordText, type TableDelimiter } from './read-delimited-records.ts';

/** A table as text, or as the bytes of a UTF-8 file (a byte-order mark is skipped). */
export type TableSource = string | Uint8Array;

/** What to read: the delimiter, how many header rows to skip, the column and the response ID column. */
export type ColumnRead = {
  readonly delimiter: TableDelimiter;
  readonly headerRows: number;
  readonly column: number;
  readonly idColumn: number | null;
};

/** Several columns to read in one pass; a column may be asked for twice. */
export type RowRead = {
  readonly delimiter: TableDelimiter;
  readonly headerRows: number;
  readonly columns: readonly number[];
  readonly idColumn: number | null;
};

/** Called for each data row with the cells of `RowRead.columns`, in that order (the array is reused). */
export type RowCellsVisitor = (cells: readonly (string | number)[], row: number, getId: () => string) => void;

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
 * closing quote with `""` for a quote, and whatever follows it is kept; a quote never closed is kept as a plain
 * character (see `forEachDelimitedRecord`).
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
  // Never closed: the quote is a plain character (see `forEachDelimitedRecord`).
  return raw;
}

function forEachTextRow(text: string, read: RowRead, visit: RowCellsVisitor): void {
  let headerRowsLeft = read.headerRows;
  const { columns, idColumn } = read;
  const found: string[] = new Array<string>(columns.length).fill('');
  forEachDelimitedRecord(text, read.delimiter, (cells, _line, row) => {
    if (headerRowsLeft > 0) {
      headerRowsLeft -= 1;
      return true;
    }
    for (let slot = 0; slot < columns.length; slot += 1) found[slot] = cells[columns[slot] ?? -1] ?? '';
    visit(found, row, () => (idColumn === null ? '' : (cells[idColumn] ?? '')));
    return true;
  });
}

/** Longest cell built from its bytes directly; longer or non-ASCII cells go through the decoder. */
const MAX_ASCII_CELL = 64;

function forEachByteRow(bytes: Uint8Array, read: RowRead, visit: RowCellsVisitor): void {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (start: number, end: number): string => {
    try {
      return decoder.decode(bytes.subarray(start, end));
    } catch {
      throw new NotUtf8Error();
    }
  };
  /**
   * A short cell of plain ASCII is built from its codes: a decoder call per cell costs more than the cell (1M
   * timestamps: about 80 ms this way, 110–140 ms through TextDecoder, 150–400 ms adding one character at a time).
   */
  const codes: number[] = [];
  const decodeShort = (start: number, end: number): string => {
    const length = end - start;
    if (length > MAX_ASCII_CELL) return decode(start, end);
    codes.length = length;
    for (let offset = 0; offset < length; offset += 1) {
      const byte = bytes[start + offset] ?? 0;
      if (byte >= 0x80) return decode(start, end);
      codes[offset] = byte;
    }
    return String.fromCharCode.apply(null, codes);
  };
  const delimiter = read.delimiter.charCodeAt(0);
  // The bytes that end an unquoted cell, looked up in one read: three comparisons per byte cost more.
  const endsCell = new Uint8Array(256);
  endsCell[delimiter] = endsCell[LINE_FEED] = endsCell[CARRIAGE_RETURN] = 1;
  const { columns, idColumn } = read;
  const slotCount = columns.length;
  // The slot each cell index fills (−1 for none), so a cell costs one lookup however many columns are read.
  const slotOf = new Int32Array(Math.max(0, ...columns) + 1).fill(-1);
  columns.forEach((column, slot) => {
    if (slotOf[column] === -1) slotOf[column] = slot;
  });
  // A column asked for twice is read once, into its first slot, and copied.
  const firstSlot = columns.map((column) => slotOf[column] ?? -1);
  const starts = new Int32Array(slotCount);
  const ends = new Int32Array(slotCount);
  const found: (string | number)[] = new Array<string | number>(slotCount).fill('');
  const length = bytes.length;
  let index = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  // Excel's separator hint (`sep=;`), skipped as the text reader skips it.
  index += getSeparatorHintLength(bytes, index);
  let row = 0;
  let headerRowsLeft = read.headerRows;
  while (index < length) {
    row += 1;
    const recordStart = index;
    let cellIndex = 0;
    let firstEnd = -1;
    starts.fill(-1);
    let idStart = -1;
    let idEnd = -1;
    for (;;) {
      const cellStart = index;
      let probe = index;
      while (probe < length && bytes[probe] === SPACE) probe += 1;
      if (probe < length && bytes[probe] === QUOTE) {
        // A quoted part may hold delimiters and line breaks; one never closed is plain text, as the text reader reads it.
        index = probe + 1;
        let closed = false;
        while (index < length) {
          if (bytes[index] === QUOTE) {
            if (bytes[index + 1] === QUOTE) {
              index += 2;
              continue;
            }
            index += 1;
            closed = true;
            break;
          }
          index += 1;
        }
        // Over several lines to a quote with text straight after it: the next row's opening quote (as the text
        // reader). Looked for only when text follows, so a well-formed cell costs no more than before.
        let after = index;
        while (bytes[after] === SPACE) after += 1;
        if (closed && after < length && endsCell[bytes[after] as number] === 0) {
          const quoted = bytes.subarray(probe, index);
          if (quoted.includes(LINE_FEED) || quoted.includes(CARRIAGE_RETURN)) closed = false;
        }
        if (!closed) index = cellStart;
      }
      while (index < length && endsCell[bytes[index] as number] === 0) index += 1;
      if (cellIndex === 0) firstEnd = index;
      const slot = cellIndex < slotOf.length ? (slotOf[cellIndex] ?? -1) : -1;
      if (slot !== -1) {
        starts[slot] = cellStart;
        ends[slot] = index;
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
          const lastSlot = cellIndex < slotOf.length ? (slotOf[cellIndex] ?? -1) : -1;
          if (lastSlot !== -1) starts[lastSlot] = ends[lastSlot] = index;
          break;
        }
        continue;
      }
      index += byte === CARRIAGE_RETURN && bytes[index + 1] === LINE_FEED ? 2 : 1;
      break;
    }
    // A blank line, or a record of blank cells only (`,,,,`), is counted as a row, never read, as the text reader does.
    if (mayBeBlank(bytes, recordStart, firstEnd) && isBlankText(unquoteCell(decode(recordStart, firstEnd))) && (cellIndex === 0 || isBlankRecordText(decode(recordStart, index), read.delimiter))) continue;
    if (headerRowsLeft > 0) {
      headerRowsLeft -= 1;
      continue;
    }
    for (let slot = 0; slot < slotCount; slot += 1) {
      const start = starts[slot] ?? -1;
      const end = ends[slot] ?? -1;
      const first = firstSlot[slot] ?? slot;
      if (first !== slot) {
        found[slot] = found[first] ?? '';
        continue;
      }
      if (start === -1) {
        found[slot] = '';
        continue;
      }
      // Plain digits, no sign, no leading zero: read straight from the bytes.
      const digits = end - start;
      let value = 0;
      let plain = digits > 0 && digits <= MAX_FAST_DIGITS && (digits === 1 || bytes[start] !== 0x30);
      for (let position = start; plain && position < end; position += 1) {
        const byte = bytes[position] ?? 0;
        if (byte < 0x30 || byte > 0x39) plain = false;
        else value = value * 10 + (byte - 0x30);
      }
      found[slot] = plain ? value : unquoteCell(decodeShort(start, end));
    }
    visit(found, row, () => (idStart === -1 ? '' : unquoteCell(decode(idStart, idEnd))));
  }
}

/**
 * Whether a cell's bytes may be blank: only ASCII blanks, quotes and bytes of longer characters (a no-break space).
 * Checked before decoding, so a cell with any letter or digit (nearly every first cell) costs one byte's look.
 */
function mayBeBlank(bytes: Uint8Array, start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) {
    const byte = bytes[index] ?? 0;
    if (byte < 0x80 && byte !== SPACE && byte !== QUOTE && (byte < 0x09 || byte > 0x0d)) return false;
  }
  return true;
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
  forEachRowCells(source, { delimiter: read.delimiter, headerRows: read.headerRows, columns: [read.column], idColumn: read.idColumn }, (cells, row, getId) =>
    visit(cells[0] ?? '', row, getId),
  );
}

/**
 * Visit the cells of several columns of a table in one pass (a score, a segment and a date), each read as
 * `forEachColumnCell` reads its one column. The array passed to `visit` is reused from row to row: copy what
 * must outlive the call. O(length).
 *
 * @param source the table's text or UTF-8 bytes
 * @param read the delimiter, header rows, the columns (0-based, in the order the cells are wanted) and the response ID column
 * @param visit called once per data row with the cells in `read.columns` order
 * @returns nothing; the cells go to `visit`
 * @example forEachRowCells('id,score,plan\n1,9,Pro', { delimiter: ',', headerRows: 1, columns: [1, 2], idColumn: 0 }, (cells) => cells) // visits [9, 'Pro'] at row 2
 * @see https://www.rfc-editor.org/rfc/rfc4180#section-2
 */
export function forEachRowCells(source: TableSource, read: RowRead, visit: RowCellsVisitor): void {
  if (typeof source === 'string') forEachTextRow(source, read, visit);
  else forEachByteRow(source, read, visit);
}
