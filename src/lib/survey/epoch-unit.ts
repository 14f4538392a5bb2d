/**
 * Whether a column of whole numbers is Unix time, and in which unit. Numbers are dates only on evidence:
 * a score, a count or an ID column must never turn into dates.
 */
import { getDayFromCivil } from './civil-day.ts';
import type { EpochUnit, YearRange } from './date-format.ts';

/** Unix time found: its unit, and whether the header said so or every value fitted. */
export type EpochFinding = { readonly unit: EpochUnit; readonly reason: 'header' | 'all-in-range' };

const SECONDS_PER_DAY = 86_400;

/**
 * Decide whether whole numbers are Unix time:
 * - `header`: the header names it (`unix`, `epoch`, `posix`); the unit is milliseconds if it says `ms` or
 *   `milli`, seconds if it says `sec` or `(s)`, else milliseconds when most values have 12 or more digits;
 * - `all-in-range`: every non-empty cell is a whole number and every one falls in the plausible years in one
 *   unit. With the default 1980–2100 that is 315,532,800–4,133,980,799 for seconds (9–10 digits) and
 *   315,532,800,000–4,133,980,799,999 for milliseconds (12–13 digits), so the two cannot be confused, and
 *   scores, counts and most IDs fall outside both. Call this only on the column chosen as the date.
 *
 * @param wholeNumbers the column's whole-number cells
 * @param nonEmpty how many cells were not blank
 * @param header the column's header ('' if none)
 * @param years the plausible years
 * @returns the finding, or null: read whole numbers as `not-a-date`
 * @example getEpochUnit([1704449553, 1704535953], 2, 'submitted', { first: 1980, last: 2100 }) // { unit: 'seconds', reason: 'all-in-range' }
 * @see https://pubs.opengroup.org/onlinepubs/9799919799/basedefs/V1_chap04.html#tag_04_19 (Seconds Since the Epoch)
 */
export function getEpochUnit(wholeNumbers: readonly number[], nonEmpty: number, header: string, years: YearRange): EpochFinding | null {
  const lowerHeader = header.toLowerCase();
  if (/unix|epoch|posix/.test(lowerHeader)) {
    if (/\bms\b|milli/.test(lowerHeader)) return { unit: 'milliseconds', reason: 'header' };
    if (/sec|\(s\)/.test(lowerHeader)) return { unit: 'seconds', reason: 'header' };
    const long = wholeNumbers.filter((value) => value >= 1e11).length;
    return { unit: long * 2 > wholeNumbers.length ? 'milliseconds' : 'seconds', reason: 'header' };
  }
  if (wholeNumbers.length === 0 || wholeNumbers.length !== nonEmpty) return null;
  const firstSecond = getDayFromCivil(years.first, 1, 1) * SECONDS_PER_DAY;
  const endSecond = getDayFromCivil(years.last + 1, 1, 1) * SECONDS_PER_DAY;
  if (wholeNumbers.every((value) => value >= firstSecond && value < endSecond)) return { unit: 'seconds', reason: 'all-in-range' };
  if (wholeNumbers.every((value) => value >= firstSecond * 1000 && value < endSecond * 1000)) return { unit: 'milliseconds', reason: 'all-in-range' };
  return null;
}
