/**
 * English month and weekday words, as survey exports write them ("Jan 5, 2024", "Friday, 5 January 2024"),
 * recognised from character codes so the date reader builds no substring per cell.
 */

/** Month names, January first; the first three letters are the short form ("Jan"). */
export const ENGLISH_MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const LOWER_MONTH_NAMES = ENGLISH_MONTH_NAMES.map((name) => name.toLowerCase());

/** A letter's code lower-cased (ASCII only: other letters never start an English month). */
function lowerCode(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** Whether `text[start, end)` is `name` in full, or its first three letters, or `sept` for September (any case). */
function matchesWord(text: string, start: number, end: number, name: string): boolean {
  const length = end - start;
  if (length !== 3 && length !== name.length && !(name === 'september' && length === 4)) return false;
  for (let offset = 0; offset < length; offset += 1) {
    if (lowerCode(text.charCodeAt(start + offset)) !== name.charCodeAt(offset)) return false;
  }
  return true;
}

/**
 * The month (1–12) that `text[start, end)` names in English, full or short ("jan", "Sept", "JANUARY"), else 0.
 *
 * @param text the cell
 * @param start the word's first index
 * @param end one past its last letter
 * @returns 1–12, or 0 for any other word
 * @example getEnglishMonth('5 Sept 2024', 2, 6) // 9
 * @see https://en.wikipedia.org/wiki/Month#Julian_and_Gregorian_calendars
 */
export function getEnglishMonth(text: string, start: number, end: number): number {
  for (let index = 0; index < LOWER_MONTH_NAMES.length; index += 1) {
    if (matchesWord(text, start, end, LOWER_MONTH_NAMES[index] ?? '')) return index + 1;
  }
  return 0;
}

/**
 * Whether `text[start, end)` is an English weekday, full or three letters ("Fri", "friday"), which a date
 * may start with and the reader skips.
 *
 * @param text the cell
 * @param start the word's first index
 * @param end one past its last letter
 * @returns true for a weekday word
 * @example isEnglishWeekday('Fri, 5 Jan 2024', 0, 3) // true
 * @see https://www.rfc-editor.org/rfc/rfc5322#section-3.3 (day-of-week before an Internet message date)
 */
export function isEnglishWeekday(text: string, start: number, end: number): boolean {
  return WEEKDAY_NAMES.some((name) => matchesWord(text, start, end, name));
}
