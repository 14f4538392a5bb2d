/**
 * The character-code scanner under the date reader: one pass over a cell, no regular expression, no substring,
 * no `Date`. It finds the date's parts and layout, the time of day and any offset, and leaves the decisions
 * that need the whole column (day/month order, Unix time, plausible years) to `createDateReader`.
 */
import type { DateCellScan } from './date-cell-scan.ts';
import { DATE_CHAR, SCAN_LAYOUT, SCAN_STATUS, isLetterCode, readDigits, skipBlanks, skipLetters, skipOrdinal } from './date-cell-scan.ts';
import { getEnglishMonth, isEnglishWeekday } from './english-calendar-words.ts';
import { scanTimeAndZone } from './scan-time-and-zone.ts';
import { CHAR, isBlankCode, isDigitCode } from '../metrics/character-codes.ts';

/**
 * Scan one cell. Returns a `SCAN_STATUS`; on `OK` the date's parts are in `scan`.
 *
 * @param cell the cell's text (already unquoted by the CSV reader)
 * @param scan the record to fill
 * @returns `SCAN_STATUS.OK` or why the cell is not a date
 * @example scanDateCell('2024-01-05T10:22:33+02:00', scan) // OK: ISO, 2024 / 1 / 5, 37353 s, offset 120 min
 * @see https://www.rfc-editor.org/rfc/rfc3339#section-5.6 (date-time with offsets)
 */
export function scanDateCell(cell: string, scan: DateCellScan): number {
  let start = 0;
  let end = cell.length;
  // Printable ASCII at either end (nearly every cell) needs no call to the full blank test.
  const firstCode = cell.charCodeAt(0);
  if (!(firstCode > 32 && firstCode < 127)) while (start < end && isBlankCode(cell.charCodeAt(start))) start += 1;
  const lastCode = cell.charCodeAt(end - 1);
  if (!(lastCode > 32 && lastCode < 127)) while (end > start && isBlankCode(cell.charCodeAt(end - 1))) end -= 1;
  if (start === end) return SCAN_STATUS.EMPTY;
  scan.position = start;
  scan.hasTime = false;
  scan.secondsOfDay = 0;
  scan.hasOffset = false;
  scan.offsetMinutes = 0;
  scan.separator = 0;
  const code = cell.charCodeAt(start);
  let status: number = SCAN_STATUS.NOT_A_DATE;
  if (end - start >= 10 && scanFixedWidthDate(cell, scan, start)) status = SCAN_STATUS.OK;
  else if (isDigitCode(code)) status = scanDigitsFirst(cell, scan, end);
  else if (isLetterCode(code)) status = scanWordFirst(cell, scan, end);
  return status === SCAN_STATUS.OK ? scanTimeAndZone(cell, scan, end) : status;
}

/** The digit at `position` (0–9), or a number above 9 for any other character or past the end (`NaN | 0` is 0, then unsigned wrap-around). */
function digitAt(cell: string, position: number): number {
  return ((cell.charCodeAt(position) | 0) - CHAR.ZERO) >>> 0;
}

/**
 * The fast path for the shapes of nearly every export, all ten characters wide with two-digit parts:
 * `2024-01-05`, `2024/01/05`, `2024.01.05` (year first) and `05/13/2024`, `05.01.2024`, `05-01-2024`
 * (numeric). Arithmetic on fixed positions, no calls; anything else goes the general way.
 */
function scanFixedWidthDate(cell: string, scan: DateCellScan, start: number): boolean {
  const d0 = digitAt(cell, start);
  const d1 = digitAt(cell, start + 1);
  const d3 = digitAt(cell, start + 3);
  const d8 = digitAt(cell, start + 8);
  const d9 = digitAt(cell, start + 9);
  if (d0 > 9 || d1 > 9 || d3 > 9 || d8 > 9 || d9 > 9) return false;
  const yearFirstSeparator = cell.charCodeAt(start + 4);
  if (yearFirstSeparator === cell.charCodeAt(start + 7) && isDateSeparatorCode(yearFirstSeparator)) {
    const d2 = digitAt(cell, start + 2);
    const d5 = digitAt(cell, start + 5);
    const d6 = digitAt(cell, start + 6);
    if (d2 > 9 || d5 > 9 || d6 > 9) return false;
    scan.layout = yearFirstSeparator === CHAR.MINUS ? SCAN_LAYOUT.ISO : SCAN_LAYOUT.YEAR_FIRST;
    scan.year = d0 * 1000 + d1 * 100 + d2 * 10 + d3;
    scan.first = d5 * 10 + d6;
    scan.second = d8 * 10 + d9;
    scan.separator = yearFirstSeparator;
  } else {
    const separator = cell.charCodeAt(start + 2);
    if (separator !== cell.charCodeAt(start + 5) || !isDateSeparatorCode(separator)) return false;
    const d4 = digitAt(cell, start + 4);
    const d6 = digitAt(cell, start + 6);
    const d7 = digitAt(cell, start + 7);
    if (d4 > 9 || d6 > 9 || d7 > 9) return false;
    scan.layout = SCAN_LAYOUT.NUMERIC;
    scan.first = d0 * 10 + d1;
    scan.second = d3 * 10 + d4;
    scan.year = d6 * 1000 + d7 * 100 + d8 * 10 + d9;
    scan.separator = separator;
  }
  scan.yearDigits = 4;
  scan.position = start + 10;
  // `2024-01-05` followed by more digits (`2024-01-0512`) is not this shape: let the general path refuse it.
  return !isDigitCode(cell.charCodeAt(start + 10));
}

function isDateSeparatorCode(code: number): boolean {
  return code === DATE_CHAR.SLASH || code === CHAR.DOT || code === CHAR.MINUS;
}

/** `2024-01-05`, `2024/01/05`, `05/01/2024`, `5 Jan 2024`, `5-Jan-24`, or a whole number. */
function scanDigitsFirst(cell: string, scan: DateCellScan, end: number): number {
  const digits = readDigits(cell, scan, end);
  const value = scan.number;
  if (scan.position === end || (digits >= 9 && cell.charCodeAt(scan.position) === CHAR.DOT)) return scanWholeNumber(cell, scan, end, value, digits);
  const separator = cell.charCodeAt(scan.position);
  if (separator === DATE_CHAR.COLON) return SCAN_STATUS.TIME_ONLY;
  const isDateSeparator = separator === DATE_CHAR.SLASH || separator === CHAR.DOT || separator === CHAR.MINUS;
  if (digits === 4 && isDateSeparator) {
    scan.position += 1;
    if (!readMonthAndDay(cell, scan, end, separator)) return SCAN_STATUS.NOT_A_DATE;
    scan.year = value;
    scan.yearDigits = 4;
    scan.layout = separator === CHAR.MINUS ? SCAN_LAYOUT.ISO : SCAN_LAYOUT.YEAR_FIRST;
    scan.separator = separator;
    return SCAN_STATUS.OK;
  }
  if (digits > 2) return SCAN_STATUS.NOT_A_DATE;
  const afterOrdinal = skipOrdinal(cell, scan.position, end);
  const afterBlanks = skipBlanks(cell, afterOrdinal, end, false);
  if (afterBlanks > afterOrdinal || (separator === CHAR.MINUS && isLetterCode(cell.charCodeAt(afterBlanks + 1)))) {
    scan.position = afterBlanks > afterOrdinal ? afterBlanks : afterBlanks + 1;
    return scanMonthNameThenYear(cell, scan, end, value, separator === CHAR.MINUS && afterBlanks === afterOrdinal);
  }
  if (!isDateSeparator) return SCAN_STATUS.NOT_A_DATE;
  scan.position += 1;
  const secondDigits = readDigits(cell, scan, end);
  if (secondDigits < 1 || secondDigits > 2 || cell.charCodeAt(scan.position) !== separator) return SCAN_STATUS.NOT_A_DATE;
  const second = scan.number;
  scan.position += 1;
  const yearDigits = readDigits(cell, scan, end);
  if (yearDigits !== 2 && yearDigits !== 4) return SCAN_STATUS.NOT_A_DATE;
  scan.layout = SCAN_LAYOUT.NUMERIC;
  scan.first = value;
  scan.second = second;
  scan.year = scan.number;
  scan.yearDigits = yearDigits;
  scan.separator = separator;
  return SCAN_STATUS.OK;
}

/** A whole number (Unix time, if the reader is told so); a fraction of a second is allowed and dropped. */
function scanWholeNumber(cell: string, scan: DateCellScan, end: number, value: number, digits: number): number {
  if (scan.position < end) {
    scan.position += 1;
    readDigits(cell, scan, end);
    if (scan.position !== end) return SCAN_STATUS.NOT_A_DATE;
  }
  scan.layout = SCAN_LAYOUT.EPOCH;
  scan.year = value;
  scan.yearDigits = digits;
  return SCAN_STATUS.OK;
}

/** After `2024-`: `01-05` (1–2 digits each, the same separator between them). */
function readMonthAndDay(cell: string, scan: DateCellScan, end: number, separator: number): boolean {
  const monthDigits = readDigits(cell, scan, end);
  if (monthDigits < 1 || monthDigits > 2 || cell.charCodeAt(scan.position) !== separator) return false;
  scan.first = scan.number;
  scan.position += 1;
  const dayDigits = readDigits(cell, scan, end);
  scan.second = scan.number;
  return dayDigits >= 1 && dayDigits <= 2;
}

/** After a day: `January 2024`, `Jan, 2024`, or (dashed) `Jan-24`. */
function scanMonthNameThenYear(cell: string, scan: DateCellScan, end: number, day: number, dashed: boolean): number {
  const wordEnd = skipLetters(cell, scan.position, end);
  const month = getEnglishMonth(cell, scan.position, wordEnd);
  if (month === 0) return SCAN_STATUS.NOT_A_DATE;
  let position = wordEnd < end && cell.charCodeAt(wordEnd) === CHAR.DOT ? wordEnd + 1 : wordEnd;
  if (dashed) {
    if (cell.charCodeAt(position) !== CHAR.MINUS) return SCAN_STATUS.NOT_A_DATE;
    position += 1;
  } else {
    const afterBlanks = skipBlanks(cell, position, end, true);
    if (afterBlanks === position) return SCAN_STATUS.NOT_A_DATE;
    position = afterBlanks;
  }
  scan.position = position;
  const yearDigits = readDigits(cell, scan, end);
  if (yearDigits !== 4 && yearDigits !== 2) return SCAN_STATUS.NOT_A_DATE;
  scan.layout = SCAN_LAYOUT.MONTH_NAME;
  scan.year = scan.number;
  scan.yearDigits = yearDigits;
  scan.first = month;
  scan.second = day;
  return SCAN_STATUS.OK;
}

/** `Jan 5, 2024`, `January 5th 2024`, or a weekday first: `Fri, 5 Jan 2024`, `Friday, January 5, 2024`. */
function scanWordFirst(cell: string, scan: DateCellScan, end: number): number {
  let wordStart = scan.position;
  let wordEnd = skipLetters(cell, wordStart, end);
  if (isEnglishWeekday(cell, wordStart, wordEnd)) {
    const next = skipBlanks(cell, cell.charCodeAt(wordEnd) === CHAR.DOT ? wordEnd + 1 : wordEnd, end, true);
    if (next === wordEnd) return SCAN_STATUS.NOT_A_DATE;
    if (isDigitCode(cell.charCodeAt(next))) {
      scan.position = next;
      return scanDigitsFirst(cell, scan, end);
    }
    wordStart = next;
    wordEnd = skipLetters(cell, wordStart, end);
  }
  const month = getEnglishMonth(cell, wordStart, wordEnd);
  if (month === 0) return SCAN_STATUS.NOT_A_DATE;
  const dayStart = skipBlanks(cell, cell.charCodeAt(wordEnd) === CHAR.DOT ? wordEnd + 1 : wordEnd, end, false);
  if (dayStart === wordEnd) return SCAN_STATUS.NOT_A_DATE;
  scan.position = dayStart;
  const dayDigits = readDigits(cell, scan, end);
  if (dayDigits < 1 || dayDigits > 2) return SCAN_STATUS.NOT_A_DATE;
  const day = scan.number;
  const afterOrdinal = skipOrdinal(cell, scan.position, end);
  const yearStart = skipBlanks(cell, afterOrdinal, end, true);
  if (yearStart === afterOrdinal) return SCAN_STATUS.NOT_A_DATE;
  scan.position = yearStart;
  if (readDigits(cell, scan, end) !== 4) return SCAN_STATUS.NOT_A_DATE;
  scan.layout = SCAN_LAYOUT.MONTH_NAME;
  scan.year = scan.number;
  scan.yearDigits = 4;
  scan.first = month;
  scan.second = day;
  return SCAN_STATUS.OK;
}
