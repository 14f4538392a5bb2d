/**
 * Read a survey export's answers by segment and by day in the same pass that counts its scores: for each row
 * whose score counts, its segment value (plan, region, channel…) and its day. The result holds counts per
 * scale point per segment and per day, small enough to keep, share and re-bucket into weeks or months without
 * reading the export again.
 */
import type { TableLayout } from '../metrics/detect-paste-layout.ts';
import type { ParsedColumnScores } from '../metrics/parse-column-scores.ts';
import { parseColumnScores } from '../metrics/parse-column-scores.ts';
import type { TableSource } from '../metrics/read-column-cells.ts';
import { forEachRowCells } from '../metrics/read-column-cells.ts';
import type { ScoreScale } from '../metrics/score-scale.ts';
import { getScalePointCount } from '../metrics/score-scale.ts';
import type { LabelScores } from '../metrics/score-tally.ts';
import type { DateIssueKind } from './date-format.ts';
import type { DateReader } from './read-date.ts';

/**
 * Most distinct values a segment column may hold. Past it the column names people or answers rather than
 * groups (an email, a comment), and a chart of its values would be unreadable: it is refused with the reason.
 */
export const MAX_SEGMENT_VALUES = 200;
/** Distinct values counted before giving up, so a column of 1,000,000 IDs does not hold them all in memory. */
const MAX_COUNTED_VALUES = 10_000;
/** Longest segment name kept (longer ones are cut, on a whole character, with "…"). */
const MAX_SEGMENT_NAME = 80;
/** Date problems kept to show (all are counted). */
const MAX_DATE_ISSUES = 200;
const MAX_ISSUE_TEXT = 40;

/** Answers counted per scale point (index = score − scale.min). */
export type PointCounts = readonly number[];

/** One segment: its name as first written, and its answers. */
export type SegmentCounts = { readonly name: string; readonly counts: PointCounts };

/** What a segment column gave. */
export type SegmentBreakdown =
  | {
      readonly kind: 'read';
      readonly column: number;
      /** Segments by answers, most first (ties by name). */
      readonly segments: readonly SegmentCounts[];
      /** Answers whose segment cell was blank: counted overall, shown apart. */
      readonly blank: PointCounts;
      /** Segments written several ways (`gold`, ` Gold`), with the spellings counted under their name. */
      readonly merged: readonly { readonly name: string; readonly spellings: readonly string[] }[];
    }
  /** More distinct values than `MAX_SEGMENT_VALUES`: `distinct` is exact up to 10,000, then "at least". */
  | { readonly kind: 'too-many'; readonly column: number; readonly distinct: number; readonly atLeast: boolean };

/** A date cell that gave no day, for the message. */
export type DateProblem = { readonly row: number; readonly text: string; readonly kind: DateIssueKind; readonly responseId?: string };

/** What a date column gave. */
export type DateBreakdown = {
  readonly column: number;
  /** Days with answers, in order: whole days since 1970-01-01 and the answers of that day. */
  readonly days: readonly { readonly day: number; readonly counts: PointCounts }[];
  /** Answers whose date cell was blank. */
  readonly blank: number;
  /** Answers whose date could not be read, by why; their scores still count overall and by segment. */
  readonly unreadByKind: Partial<Record<DateIssueKind, number>>;
  readonly unread: number;
  /** The first problems, with rows and response IDs. */
  readonly problems: readonly DateProblem[];
};

/**
 * Decides how to read a date column once all its cells are known (the day/month order needs evidence from every
 * row): gets each data row's date cell and row number, and returns the reader for one cell.
 */
export type ChooseDateReader = (cells: readonly string[], rows: ArrayLike<number>) => DateReader;

/** Which columns to read beside the score, and how to read dates. */
export type BreakdownRequest = {
  readonly segmentColumn: number | null;
  readonly dateColumn: number | null;
  /** Reads one date cell (see `createDateReader`); or give `chooseDateReader` to decide from the whole column. */
  readonly readDate: DateReader | null;
  readonly chooseDateReader?: ChooseDateReader;
};

/** The scores read, with their breakdowns. */
export type Breakdown = {
  readonly parse: ParsedColumnScores | { readonly kind: 'empty' };
  readonly segments: SegmentBreakdown | null;
  readonly dates: DateBreakdown | null;
};

/** A segment value's key: trimmed, inner spaces collapsed, case folded, so `Pro ` and `pro` are one segment. */
function getSegmentKey(name: string): string {
  return name.toLowerCase();
}

/** Whether a cell needs no cleaning: no blank at its ends, and only single plain spaces inside (most cells). */
function isClean(cell: string): boolean {
  const length = cell.length;
  if (length === 0) return true;
  let previousSpace = true;
  for (let index = 0; index < length; index += 1) {
    const code = cell.charCodeAt(index);
    if (code === 0x20) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if (code < 0x20 || code === 0xa0 || (code >= 0x1680 && (code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff))) {
      return false;
    } else previousSpace = false;
  }
  return !previousSpace;
}

/** A segment cell as shown: trimmed with inner blanks collapsed, cut to a readable length. */
export function cleanSegmentName(cell: string | number): string {
  if (typeof cell === 'number') return String(cell);
  const clean = isClean(cell) ? cell : cell.replace(/\s+/g, ' ').trim();
  if (clean.length <= MAX_SEGMENT_NAME) return clean;
  let cut = MAX_SEGMENT_NAME - 1;
  const code = clean.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${clean.slice(0, cut)}…`;
}

const NO_ID = (): string => '';

/**
 * Put the response IDs on date problems found after the pass (a chosen reader reads the kept cells): one more
 * scan that decodes only the problem rows' IDs, and only when there are problems and an ID column.
 */
function addResponseIds(source: TableSource, layout: TableLayout, problems: DateProblem[]): void {
  if (problems.length === 0 || layout.responseIdColumn === null) return;
  const byRow = new Map(problems.map((problem, index) => [problem.row, index]));
  forEachRowCells(source, { delimiter: layout.delimiter, headerRows: layout.headerRows, columns: [], idColumn: layout.responseIdColumn }, (_cells, row, getId) => {
    const index = byRow.get(row);
    if (index === undefined) return;
    const responseId = getId().trim();
    const problem = problems[index];
    if (problem && responseId !== '') problems[index] = { ...problem, responseId };
  });
}

function excerpt(text: string): string {
  const clean = text.trim();
  return clean.length <= MAX_ISSUE_TEXT ? clean : `${clean.slice(0, MAX_ISSUE_TEXT - 1)}…`;
}

/**
 * Count the answers of one score column, and beside each counted answer its segment and its day, in one pass
 * over the export. Rows whose score is blank or left out are not placed in any segment or day (they are in the
 * score parse's `leftOut` and `issues`); a counted answer with a blank segment or date is counted apart, never
 * dropped. Segment values that differ only in case and spacing are one segment, named by its commonest
 * spelling. With a `ChooseDateReader`, the date cells are kept through the pass and read once it has chosen:
 * one pass over the export, not one to decide and one to read. Never throws for any text. O(length).
 *
 * @param source the export's text or UTF-8 bytes
 * @param layout its layout from `detectPasteLayout`
 * @param scoreColumn the 0-based score column
 * @param scale the scale scores are read on
 * @param request the segment and date columns, and the date reader (or how to choose one)
 * @param labels the person's scores for answers written as words
 * @returns the score parse, and per segment and per day counts
 * @example readBreakdown('NPS,Plan\n9,Pro\n3,Free', layout, 0, NPS_SCALE, { segmentColumn: 1, dateColumn: null, readDate: null }).segments // read: Pro [..1 at 9], Free [..1 at 3]
 * @see https://www.rfc-editor.org/rfc/rfc4180
 */
export function readBreakdown(
  source: TableSource,
  layout: TableLayout,
  scoreColumn: number,
  scale: ScoreScale,
  request: BreakdownRequest,
  labels: LabelScores = {},
): Breakdown {
  const points = getScalePointCount(scale);
  const width = layout.columns.length;
  const segmentColumn = request.segmentColumn !== null && request.segmentColumn < width ? request.segmentColumn : null;
  const choose = request.chooseDateReader ?? null;
  const readNow = choose === null ? request.readDate : null;
  const dateColumn = request.dateColumn !== null && request.dateColumn < width && (readNow !== null || choose !== null) ? request.dateColumn : null;
  const dateSlot = dateColumn === null ? -1 : segmentColumn === null ? 0 : 1;
  const keptCells: string[] = [];
  // Rows and scale indexes of the kept cells, in typed arrays grown by doubling: a million small numbers each.
  let keptRows = new Int32Array(1024);
  let keptPoints = new Int8Array(1024);
  const columns = [segmentColumn, dateColumn].filter((column): column is number => column !== null);
  const segmentSlot = segmentColumn === null ? -1 : 0;

  type Segment = { name: string; counts: number[]; spellings: Map<string, number> | null };
  const segments = new Map<string, Segment>();
  /** Segments by their exact spelling, so most rows find theirs without folding case. */
  const bySpelling = new Map<string, Segment>();
  const blankSegment = new Array<number>(points).fill(0);
  let tooMany = false;
  const seenKeys = new Set<string>();

  const days = new Map<number, number[]>();
  let blankDates = 0;
  const unreadByKind: Partial<Record<DateIssueKind, number>> = {};
  let unread = 0;
  const problems: DateProblem[] = [];

  const countDay = (point: number, cell: string, day: number | DateIssueKind, row: number, getId: () => string): void => {
    if (typeof day === 'number') {
      let counts = days.get(day);
      if (counts === undefined) {
        counts = new Array<number>(points).fill(0);
        days.set(day, counts);
      }
      counts[point] = (counts[point] ?? 0) + 1;
    } else if (day === 'empty') blankDates += 1;
    else {
      unread += 1;
      unreadByKind[day] = (unreadByKind[day] ?? 0) + 1;
      if (problems.length < MAX_DATE_ISSUES) {
        const responseId = getId().trim();
        problems.push({ row, text: excerpt(cell), kind: day, ...(responseId === '' ? {} : { responseId }) });
      }
    }
  };

  const visit = (point: number, cells: readonly (string | number)[], row: number, getId: () => string): void => {
    if (choose !== null && dateSlot !== -1) {
      // Every row's date is evidence of the column's format, counted or not.
      const cell = cells[dateSlot] ?? '';
      const index = keptCells.length;
      keptCells.push(typeof cell === 'number' ? String(cell) : cell);
      if (index === keptRows.length) {
        const rows = new Int32Array(index * 2);
        rows.set(keptRows);
        keptRows = rows;
        const kept = new Int8Array(index * 2);
        kept.set(keptPoints);
        keptPoints = kept;
      }
      keptRows[index] = row;
      keptPoints[index] = point;
    }
    if (point < 0) return;
    if (segmentSlot !== -1) {
      const name = cleanSegmentName(cells[segmentSlot] ?? '');
      if (name === '') blankSegment[point] = (blankSegment[point] ?? 0) + 1;
      else {
        let known = bySpelling.get(name);
        let key = '';
        if (known === undefined) {
          key = getSegmentKey(name);
          known = segments.get(key);
          if (known !== undefined && bySpelling.size < MAX_COUNTED_VALUES) bySpelling.set(name, known);
        }
        if (known) {
          known.counts[point] = (known.counts[point] ?? 0) + 1;
          // Another spelling of a known segment (`pro` beside `Pro`): count spellings, to name it by the commonest.
          if (name !== known.name || known.spellings !== null) {
            known.spellings ??= new Map([[known.name, sum(known.counts) - 1]]);
            known.spellings.set(name, (known.spellings.get(name) ?? 0) + 1);
          }
        } else if (!tooMany) {
          if (segments.size >= MAX_SEGMENT_VALUES) {
            tooMany = true;
            for (const seen of segments.keys()) seenKeys.add(seen);
            seenKeys.add(key);
          } else {
            const counts = new Array<number>(points).fill(0);
            counts[point] = 1;
            const segment = { name, counts, spellings: null };
            segments.set(key, segment);
            bySpelling.set(name, segment);
          }
        } else if (seenKeys.size < MAX_COUNTED_VALUES) seenKeys.add(key);
      }
    }
    if (readNow !== null && dateSlot !== -1) {
      const cell = cells[dateSlot] ?? '';
      const text = typeof cell === 'number' ? String(cell) : cell;
      countDay(point, text, readNow(text), row, getId);
    }
  };

  const parse = parseColumnScores(source, layout, scoreColumn, scale, { labels, ...(columns.length > 0 ? { alsoRead: { columns, visit } } : {}) });
  if (choose !== null && dateSlot !== -1) {
    const readDate = choose(keptCells, keptRows.subarray(0, keptCells.length));
    for (let index = 0; index < keptCells.length; index += 1) {
      const point = keptPoints[index] ?? -1;
      if (point < 0) continue;
      const cell = keptCells[index] ?? '';
      countDay(point, cell, readDate(cell), keptRows[index] ?? 0, NO_ID);
    }
    addResponseIds(source, layout, problems);
  }

  const named = [...segments.values()]
    .map(({ name, counts, spellings }) => ({ name: spellings === null ? name : getCommonest(spellings), counts, spellings, n: sum(counts) }))
    .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
  let segmentBreakdown: SegmentBreakdown | null = null;
  if (segmentColumn !== null) {
    segmentBreakdown = tooMany
      ? { kind: 'too-many', column: segmentColumn, distinct: seenKeys.size, atLeast: seenKeys.size >= MAX_COUNTED_VALUES }
      : {
          kind: 'read',
          column: segmentColumn,
          segments: named.map(({ name, counts }) => ({ name, counts })),
          blank: blankSegment,
          merged: named.flatMap(({ name, spellings }) => (spellings === null ? [] : [{ name, spellings: [...spellings.keys()].filter((spelling) => spelling !== name) }])),
        };
  }
  const dateBreakdown: DateBreakdown | null =
    dateColumn === null
      ? null
      : {
          column: dateColumn,
          days: [...days].sort((a, b) => a[0] - b[0]).map(([day, counts]) => ({ day, counts })),
          blank: blankDates,
          unreadByKind,
          unread,
          problems,
        };
  return { parse, segments: segmentBreakdown, dates: dateBreakdown };
}

/** The spelling used most often (the first seen of equals). */
export function getCommonest(spellings: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [spelling, count] of spellings) {
    if (count > bestCount) {
      best = spelling;
      bestCount = count;
    }
  }
  return best;
}

/** The total of a list of counts. */
export function sum(counts: PointCounts): number {
  let total = 0;
  for (const count of counts) total += count;
  return total;
}
