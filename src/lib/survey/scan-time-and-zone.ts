/**
 * The time of day and offset after a date: `T10:22:33Z`, ` 10:22:33.123+02:00`, ` 10:22:33 AM`,
 * ` 9:17:42 AM GMT+1`, `, 10:22`, ` at 10:22 PM`, ` 10:22:33 UTC`, ` 10:22:33 +0200`.
 */
import type { DateCellScan } from './date-cell-scan.ts';
import { DATE_CHAR, SCAN_STATUS, isLetterCode, readDigits, skipBlanks, skipLetters } from './date-cell-scan.ts';
import { CHAR, isBlankCode } from '../metrics/character-codes.ts';

/** ±18:00, the widest offset ISO 8601 profiles allow (real zones stay within −12:00 … +14:00). */
const MAX_OFFSET_MINUTES = 18 * 60;

/** The digit at `position` (0–9), or a number above 9 for any other character or past the end (`NaN | 0` is 0, then unsigned wrap-around). */
function digitAt(cell: string, position: number): number {
  return ((cell.charCodeAt(position) | 0) - CHAR.ZERO) >>> 0;
}

function lower(code: number): number {
  return code | 0x20;
}

const LOWER_A = 97;
const LOWER_M = 109;
const LOWER_P = 112;

/** Whether `cell[start, end)` is `word` (lower-case ASCII) in any case. */
function isWord(cell: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let offset = 0; offset < word.length; offset += 1) {
    if (lower(cell.charCodeAt(start + offset)) !== word.charCodeAt(offset)) return false;
  }
  return true;
}

/**
 * Scan what follows the date: nothing, or a time of day, then optionally AM/PM and an offset, then the end.
 * Fills `hasTime`, `secondsOfDay` (fractions dropped: they cannot change the day), `hasOffset`, `offsetMinutes`.
 *
 * @param cell the cell
 * @param scan the record, `position` just after the date
 * @param end one past the last non-blank character
 * @returns a `SCAN_STATUS`
 * @example scanTimeAndZone('2020/10/22 10:55:16 AM GMT+1', scan, 27) // OK, 39316 s, offset +60 min
 * @see https://www.rfc-editor.org/rfc/rfc3339#section-5.6 (time, fraction, offset)
 */
export function scanTimeAndZone(cell: string, scan: DateCellScan, end: number): number {
  let position = scan.position;
  if (position === end) return SCAN_STATUS.OK;
  const separator = cell.charCodeAt(position);
  if (separator === DATE_CHAR.UPPER_T || separator === DATE_CHAR.LOWER_T) position += 1;
  else if (separator === CHAR.SPACE && digitAt(cell, position + 1) <= 9) position += 1;
  else if (isBlankCode(separator) || separator === CHAR.COMMA) {
    position = skipBlanks(cell, position, end, true);
    // "January 5, 2024 at 10:22 PM" (how en-US long dates join the time)
    if (isLetterCode(cell.charCodeAt(position))) {
      const wordEnd = skipLetters(cell, position, end);
      if (isWord(cell, position, wordEnd, 'at')) position = skipBlanks(cell, wordEnd, end, false);
    }
  } else return SCAN_STATUS.NOT_A_DATE;
  // Hour (one or two digits), minute, optional second and fraction, by fixed positions: no calls on the common path.
  const hourTens = digitAt(cell, position);
  const hourUnits = digitAt(cell, position + 1);
  if (hourTens > 9) return SCAN_STATUS.NOT_A_DATE;
  let hour = hourTens;
  if (hourUnits <= 9) {
    hour = hourTens * 10 + hourUnits;
    position += 1;
  }
  const minuteTens = digitAt(cell, position + 2);
  const minuteUnits = digitAt(cell, position + 3);
  if (cell.charCodeAt(position + 1) !== DATE_CHAR.COLON || minuteTens > 9 || minuteUnits > 9) return SCAN_STATUS.NOT_A_DATE;
  const minute = minuteTens * 10 + minuteUnits;
  position += 4;
  let second = 0;
  if (cell.charCodeAt(position) === DATE_CHAR.COLON) {
    const secondTens = digitAt(cell, position + 1);
    const secondUnits = digitAt(cell, position + 2);
    if (secondTens > 9 || secondUnits > 9) return SCAN_STATUS.NOT_A_DATE;
    second = secondTens * 10 + secondUnits;
    position += 3;
    const mark = cell.charCodeAt(position);
    if (mark === CHAR.DOT || mark === CHAR.COMMA) {
      const fractionStart = position + 1;
      position = fractionStart;
      while (position < end && digitAt(cell, position) <= 9) position += 1;
      if (position === fractionStart) return SCAN_STATUS.NOT_A_DATE;
    }
  }
  if (position > end || digitAt(cell, position) <= 9) return SCAN_STATUS.NOT_A_DATE;
  if (position < end) position = skipBlanks(cell, position, end, false);
  const meridiem = position < end ? readMeridiem(cell, position, end) : 0;
  if (meridiem !== 0) {
    // 12 AM is midnight and 12 PM noon; 0:30 AM (some exporters) is read as midnight too.
    if (hour > 12) return SCAN_STATUS.IMPOSSIBLE_TIME;
    hour = (hour % 12) + (meridiem > 0 ? 12 : 0);
    position = skipBlanks(cell, position + Math.abs(meridiem), end, false);
  }
  if (hour > 23 || minute > 59 || second > 60) return SCAN_STATUS.IMPOSSIBLE_TIME;
  scan.hasTime = true;
  scan.secondsOfDay = hour * 3600 + minute * 60 + second;
  scan.position = position;
  return position === end ? SCAN_STATUS.OK : scanZone(cell, scan, end);
}

/** `AM`/`PM`/`a.m.`/`p.m.` at `position`: its length, negative for AM, positive for PM; 0 if none. */
function readMeridiem(cell: string, position: number, end: number): number {
  if (position >= end) return 0;
  const first = lower(cell.charCodeAt(position));
  if (first !== LOWER_A && first !== LOWER_P) return 0;
  const sign = first === LOWER_A ? -1 : 1;
  const second = lower(cell.charCodeAt(position + 1));
  if (second === LOWER_M && !isLetterCode(cell.charCodeAt(position + 2))) return 2 * sign;
  if (second === CHAR.DOT && lower(cell.charCodeAt(position + 2)) === LOWER_M && cell.charCodeAt(position + 3) === CHAR.DOT) return 4 * sign;
  return 0;
}

/** Three letters, lower-cased and packed in one number, to compare a zone word without a loop. */
function packLetters(cell: string, position: number): number {
  return lower(cell.charCodeAt(position)) * 65536 + lower(cell.charCodeAt(position + 1)) * 256 + lower(cell.charCodeAt(position + 2));
}

const GMT = 0x676d74;
const UTC = 0x757463;

/** `Z`, `+02:00`, `+0200`, `-05`, `GMT`, `UTC`, `GMT+1`, `UTC+05:30`, then the end. */
function scanZone(cell: string, scan: DateCellScan, end: number): number {
  const position = scan.position;
  const code = cell.charCodeAt(position);
  if ((code === DATE_CHAR.UPPER_Z || code === DATE_CHAR.LOWER_Z) && position + 1 === end) {
    scan.hasOffset = true;
    return SCAN_STATUS.OK;
  }
  if (isLetterCode(code)) {
    const word = packLetters(cell, position);
    if ((word !== GMT && word !== UTC) || isLetterCode(cell.charCodeAt(position + 3))) {
      // EST, CET, IST…: several zones share an abbreviation, so the reader does not guess.
      const wordEnd = skipLetters(cell, position, end);
      return wordEnd === end && wordEnd - position <= 5 ? SCAN_STATUS.UNKNOWN_TIME_ZONE : SCAN_STATUS.NOT_A_DATE;
    }
    scan.hasOffset = true;
    if (position + 3 === end) return SCAN_STATUS.OK;
    scan.position = position + 3;
  }
  return scanSignedOffset(cell, scan, end);
}

/** `+02:00`, `+0200`, `+02`, `+1`, `−05:30` (a Unicode minus too), then the end. */
function scanSignedOffset(cell: string, scan: DateCellScan, end: number): number {
  const signCode = cell.charCodeAt(scan.position);
  if (signCode !== CHAR.PLUS && signCode !== CHAR.MINUS && signCode !== CHAR.UNICODE_MINUS) return SCAN_STATUS.NOT_A_DATE;
  scan.position += 1;
  const digits = readDigits(cell, scan, end);
  let hours = scan.number;
  let minutes = 0;
  if (digits === 3 || digits === 4) {
    hours = Math.floor(scan.number / 100);
    minutes = scan.number % 100;
  } else if (digits === 1 || digits === 2) {
    if (cell.charCodeAt(scan.position) === DATE_CHAR.COLON) {
      scan.position += 1;
      if (readDigits(cell, scan, end) !== 2) return SCAN_STATUS.NOT_A_DATE;
      minutes = scan.number;
    }
  } else return SCAN_STATUS.NOT_A_DATE;
  if (scan.position !== end) return SCAN_STATUS.NOT_A_DATE;
  const offset = hours * 60 + minutes;
  if (minutes > 59 || offset > MAX_OFFSET_MINUTES) return SCAN_STATUS.IMPOSSIBLE_TIME;
  scan.hasOffset = true;
  // `0 - offset`, not `-offset`: a −00:00 offset must stay +0, or the field turns into a boxed double.
  scan.offsetMinutes = signCode === CHAR.PLUS ? offset : 0 - offset;
  return SCAN_STATUS.OK;
}
