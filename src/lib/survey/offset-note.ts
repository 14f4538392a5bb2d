/** What the page should tell the person about time zones in a date column. */

/**
 * - `none`: no cell has an offset: every time is taken as written (the survey tool's own zone);
 * - `all-same`: every dated cell has the same offset (the survey tool's zone);
 * - `differ`: every dated cell has an offset but they differ (daylight saving, respondents' own zones);
 * - `some-missing`: some cells have an offset and some do not.
 * The reader keeps each cell on the day it shows in every case (see OffsetHandling); the note says so.
 */
export type OffsetNoteKind = 'none' | 'all-same' | 'differ' | 'some-missing';

/** The time-zone note and its counts. */
export type OffsetNote = {
  readonly kind: OffsetNoteKind;
  readonly withOffset: number;
  readonly withoutOffset: number;
  /** Offsets seen, in minutes east of UTC (`+02:00` is 120), most common first. */
  readonly offsets: readonly { readonly offsetMinutes: number; readonly count: number }[];
};

/**
 * Summarise the offsets of a column's dated cells (Unix times excluded: they are UTC by definition).
 *
 * @param offsetCounts cells per offset, in minutes east of UTC
 * @param withoutOffset dated cells with no offset
 * @returns the note
 * @example describeOffsets(new Map([[60, 10], [120, 5]]), 0).kind // 'differ'
 * @see https://www.rfc-editor.org/rfc/rfc3339#section-4.2 (local offsets)
 */
export function describeOffsets(offsetCounts: ReadonlyMap<number, number>, withoutOffset: number): OffsetNote {
  const offsets = [...offsetCounts]
    .map(([offsetMinutes, count]) => ({ offsetMinutes, count }))
    .sort((left, right) => right.count - left.count || left.offsetMinutes - right.offsetMinutes);
  const withOffset = offsets.reduce((sum, entry) => sum + entry.count, 0);
  let kind: OffsetNoteKind = 'none';
  if (withOffset > 0 && withoutOffset > 0) kind = 'some-missing';
  else if (offsets.length > 1) kind = 'differ';
  else if (offsets.length === 1) kind = 'all-same';
  return { kind, withOffset, withoutOffset, offsets };
}
