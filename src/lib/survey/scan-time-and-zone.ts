/**
 * The time of day and offset after a date: `T10:22:33Z`, ` 10:22:33.123+02:00`, ` 10:22:33 AM`,
 * ` 9:17:42 AM GMT+1`, `, 10:22`, ` at 10:22 PM`, ` 10:22:33 UTC`, ` 10:22:33 +0200`.
 */
import type { DateCellScan } from './date-cell-scan.ts';
import { DATE_CHAR, SCAN_STATUS, isLetterCode, readDigits, skipBlanks, skipLetters } from './date-cell-scan.ts';
import { CHAR, isBlankCode } from '../metrics/character-codes.ts';

/** ±18:00, the widest offset ISO 8601 profiles allow (real zones stay within −12:00 … +14:00). */
const MAX_OFFSET_MINUTES = 18 * 60;

function lower(code: number): number {
  return code | 0x20;
}

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
  const code = cell.charCodeAt(position);
  if (code === DATE_CHAR.UPPER_T || code === DATE_CHAR.LOWER_T) position += 1;
  else if (isBlankCode(code) || code === CHAR.COMMA) {
    position = skipBlanks(cell, position, end, true);
    // "January 5, 2024 at 10:22 PM" (how en-US long dates join the time)
    const wordEnd = skipLetters(cell, position, end);
    if (isWord(cell, position, wordEnd, 'at')) position = skipBlanks(cell, wordEnd, end, false);
  } else return SCAN_STATUS.NOT_A_DATE;
  scan.position = position;
  const hourDigits = readDigits(cell, scan, end);
  let hour = scan.number;
  if (hourDigits < 1 || hourDigits > 2 || cell.charCodeAt(scan.position) !== DATE_CHAR.COLON) return SCAN_STATUS.NOT_A_DATE;
  scan.position += 1;
  if (readDigits(cell, scan, end) !== 2) return SCAN_STATUS.NOT_A_DATE;
  const minute = scan.number;
  let second = 0;
  if (cell.charCodeAt(scan.position) === DATE_CHAR.COLON) {
    scan.position += 1;
    if (readDigits(cell, scan, end) !== 2) return SCAN_STATUS.NOT_A_DATE;
    second = scan.number;
    const mark = cell.charCodeAt(scan.position);
    if (mark === CHAR.DOT || mark === CHAR.COMMA) {
      scan.position += 1;
      if (readDigits(cell, scan, end) < 1) return SCAN_STATUS.NOT_A_DATE;
    }
  }
  position = skipBlanks(cell, scan.position, end, false);
  const meridiem = readMeridiem(cell, position, end);
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
  if (first !== 97 && first !== 112) return 0;
  const sign = first === 97 ? -1 : 1;
  const second = lower(cell.charCodeAt(position + 1));
  if (second === 109 && !isLetterCode(cell.charCodeAt(position + 2))) return 2 * sign;
  if (second === CHAR.DOT && lower(cell.charCodeAt(position + 2)) === 109 && cell.charCodeAt(position + 3) === CHAR.DOT) return 4 * sign;
  return 0;
}

/** `Z`, `+02:00`, `+0200`, `-05`, `GMT`, `UTC`, `GMT+1`, `UTC+05:30`, then the end. */
function scanZone(cell: string, scan: DateCellScan, end: number): number {
  const position = scan.position;
  const code = cell.charCodeAt(position);
  if ((code === DATE_CHAR.UPPER_Z || code === DATE_CHAR.LOWER_Z) && position + 1 === end) {
    scan.hasOffset = true;
    return SCAN_STATUS.OK;
  }
  if (isLetterCode(code)) {
    const wordEnd = skipLetters(cell, position, end);
    if (!isWord(cell, position, wordEnd, 'gmt') && !isWord(cell, position, wordEnd, 'utc')) {
      // EST, CET, IST…: several zones share an abbreviation, so the reader does not guess.
      return wordEnd === end && wordEnd - position <= 5 ? SCAN_STATUS.UNKNOWN_TIME_ZONE : SCAN_STATUS.NOT_A_DATE;
    }
    scan.hasOffset = true;
    if (wordEnd === end) return SCAN_STATUS.OK;
    scan.position = wordEnd;
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
  scan.offsetMinutes = signCode === CHAR.PLUS ? offset : -offset;
  return SCAN_STATUS.OK;
}
