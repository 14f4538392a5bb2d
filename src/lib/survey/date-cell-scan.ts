/**
 * The record the date scanner fills for each cell, its status and layout codes, and the character-level steps
 * it is built from (shared by `scan-date-cell.ts` and `scan-time-and-zone.ts`).
 */
import { CHAR, isBlankCode } from '../metrics/character-codes.ts';

/** What the scan of one cell found (`SCAN_STATUS`). */
export const SCAN_STATUS = { OK: 0, EMPTY: 1, NOT_A_DATE: 2, TIME_ONLY: 3, IMPOSSIBLE_TIME: 4, UNKNOWN_TIME_ZONE: 5 } as const;

/** How the date part is written (numbers, so the hot loop compares integers; `DATE_LAYOUTS` names them). */
export const SCAN_LAYOUT = { ISO: 0, YEAR_FIRST: 1, NUMERIC: 2, MONTH_NAME: 3, EPOCH: 4 } as const;

/**
 * The scanner's reusable output (one per reader, overwritten by every cell, so a million cells allocate nothing).
 * For `NUMERIC`, `first` and `second` are the parts as written; for the other date layouts they are month and day.
 * For `EPOCH`, `year` holds the whole number and `yearDigits` its digit count.
 */
export type DateCellScan = {
  position: number;
  number: number;
  layout: number;
  year: number;
  yearDigits: number;
  first: number;
  second: number;
  /** The character between the date's numbers: `/`, `.`, `-` (for the day/month order suggestion). */
  separator: number;
  hasTime: boolean;
  secondsOfDay: number;
  hasOffset: boolean;
  /** East of UTC is positive: `+02:00` is 120. */
  offsetMinutes: number;
};

/** Character codes the scanner looks for besides the shared `CHAR` ones. */
export const DATE_CHAR = { SLASH: 47, COLON: 58, UPPER_T: 84, LOWER_T: 116, UPPER_Z: 90, LOWER_Z: 122 } as const;

/** A fresh scan record. */
export function createDateCellScan(): DateCellScan {
  return { position: 0, number: 0, layout: 0, year: 0, yearDigits: 0, first: 0, second: 0, separator: 0, hasTime: false, secondsOfDay: 0, hasOffset: false, offsetMinutes: 0 };
}

/** Whether a code is an ASCII letter. */
export function isLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Read a run of digits at `scan.position` into `scan.number`; returns how many there were. */
export function readDigits(cell: string, scan: DateCellScan, end: number): number {
  const start = scan.position;
  let position = start;
  let value = 0;
  while (position < end) {
    const code = cell.charCodeAt(position);
    if (code < CHAR.ZERO || code > CHAR.NINE) break;
    value = value * 10 + (code - CHAR.ZERO);
    position += 1;
  }
  scan.number = value;
  scan.position = position;
  return position - start;
}

/** Skip a run of letters; returns where it ends. */
export function skipLetters(cell: string, position: number, end: number): number {
  let next = position;
  while (next < end && isLetterCode(cell.charCodeAt(next))) next += 1;
  return next;
}

/** Skip blanks, and commas too when `commas` (between "Jan 5," and "2024"). */
export function skipBlanks(cell: string, position: number, end: number, commas: boolean): number {
  let next = position;
  while (next < end) {
    const code = cell.charCodeAt(next);
    if (!(isBlankCode(code) || (commas && code === CHAR.COMMA))) break;
    next += 1;
  }
  return next;
}

/** Skip an ordinal suffix right after a day ("5th", "1st", "22nd", "3rd"). */
export function skipOrdinal(cell: string, position: number, end: number): number {
  const wordEnd = skipLetters(cell, position, end);
  if (wordEnd - position !== 2) return position;
  const suffix = (cell.charCodeAt(position) | 0x20) * 256 + (cell.charCodeAt(position + 1) | 0x20);
  const isOrdinal = suffix === 0x7374 || suffix === 0x6e64 || suffix === 0x7264 || suffix === 0x7468; // st nd rd th
  return isOrdinal ? wordEnd : position;
}

