/**
 * Decide how a date column is written, from evidence in its cells: day/month order, Unix time, which layouts
 * occur and whether the timestamps carry offsets.
 */
import { getDayFromCivil } from './civil-day.ts';
import type { DateCellScan } from './date-cell-scan.ts';
import { SCAN_LAYOUT, SCAN_STATUS, createDateCellScan } from './date-cell-scan.ts';
import type { DateFormat, DateIssueKind, DateLayout, DateOrder, OffsetHandling, YearRange } from './date-format.ts';
import { DEFAULT_PLAUSIBLE_YEARS } from './date-format.ts';
import type { EpochFinding } from './epoch-unit.ts';
import { getEpochUnit } from './epoch-unit.ts';
import type { OffsetNote } from './offset-note.ts';
import { describeOffsets } from './offset-note.ts';
import { getOrderEvidence, getScanIssue, getScannedDay } from './read-date.ts';
import type { RowSample, RowTally } from './row-sample.ts';
import { addRow, createRowTally } from './row-sample.ts';
import { scanDateCell } from './scan-date-cell.ts';
import type { DateOrderReason, SurveyTool } from './suggest-date-order.ts';
import { suggestDateOrder } from './suggest-date-order.ts';

/** What is known about the column besides its cells. */
export type DetectDateFormatOptions = {
  /** The column's header: `unix`, `epoch` or `posix` in it allows Unix time (`ms`/`milli` for milliseconds). */
  readonly header?: string;
  /** The export's tool, to suggest an order when the cells cannot tell. */
  readonly tool?: SurveyTool | null;
  /** The reader's locale, likewise. */
  readonly locale?: string | null;
  /** The row number of the first cell as the page shows it (default 1); the rest follow on. */
  readonly firstRowNumber?: number;
  /** Each cell's row number as the page shows it, where rows are not consecutive (blank lines, cells over several lines); wins over `firstRowNumber`. */
  readonly rowNumbers?: ArrayLike<number>;
  /** Default `DEFAULT_PLAUSIBLE_YEARS`. */
  readonly plausibleYears?: YearRange;
  /** Default `as-written`, passed on to the format. */
  readonly offsets?: OffsetHandling;
};

/**
 * The day/month order the cells show:
 * - `not-needed`: no numeric date (`05/01/2024`) at all, or only ones like `05/05/2024`;
 * - `day-month` / `month-day`: some cell could only be read one way (`25/01`, `01/25`), none the other;
 * - `mixed`: both kinds occur: the column mixes orders (rows of each given); `format.order` is the more
 *   common one and the other rows will read as `impossible-date`;
 * - `ask`: every numeric date has both parts ≤ 12: ask the person, offering `candidates[0]` (= `suggested`) first.
 */
export type DateOrderFinding =
  | { readonly kind: 'not-needed' }
  | { readonly kind: 'day-month' | 'month-day'; readonly evidence: RowSample }
  | { readonly kind: 'mixed'; readonly dayMonth: RowSample; readonly monthDay: RowSample }
  | {
      readonly kind: 'ask';
      readonly candidates: readonly [DateOrder, DateOrder];
      readonly suggested: DateOrder;
      readonly reason: DateOrderReason;
      readonly ambiguous: RowSample;
    };

/** Cells of one layout. */
export type LayoutCount = RowSample & { readonly layout: DateLayout };

/** Cells with one issue, whatever the order (order conflicts are in `order`). */
export type IssueCount = RowSample & { readonly kind: DateIssueKind };

/** What `detectDateFormat` found. */
export type DateFormatDetection = {
  /** The format to read the column with: pass it to `createDateReader` (with `order` replaced if the person chose). */
  readonly format: DateFormat;
  readonly order: DateOrderFinding;
  readonly epoch: EpochFinding | null;
  /** Layouts present, most common first: a column may mix them (ISO in some rows, slashes in others). */
  readonly layouts: readonly LayoutCount[];
  readonly offsets: OffsetNote;
  /** Cells that gave a date (ambiguous ones included), and cells that did not, by issue. */
  readonly dated: number;
  readonly issues: readonly IssueCount[];
};

const LAYOUT_NAMES: readonly DateLayout[] = ['iso', 'year-first', 'numeric', 'month-name', 'epoch'];

/**
 * Detect a date column's format from all its cells (pass a sample of a few thousand for a quick first look;
 * the result is the same kind of evidence). One scan per cell, as fast as reading it.
 *
 * Order by evidence: a first part over 12 means day-month, a second part over 12 month-day; both seen is
 * `mixed`, neither is `ask` (with a suggestion, see `suggestDateOrder`). Whole numbers are Unix time only if
 * the header says so or every non-empty cell is in range for one unit (see `getEpochUnit`). Offsets are
 * counted so the page can say when they differ or are missing in some rows.
 *
 * @param cells the column's cells, header excluded
 * @param options header, tool, locale, first row number, plausible years, offset handling
 * @returns the format and the findings behind it
 * @example detectDateFormat(['25/01/2024', '05/02/2024']).order // { kind: 'day-month', evidence: { count: 1, firstRows: [1] } }
 * @see https://en.wikipedia.org/wiki/Date_format_by_country
 */
export function detectDateFormat(cells: readonly string[], options: DetectDateFormatOptions = {}): DateFormatDetection {
  const scan = createDateCellScan();
  const years = options.plausibleYears ?? DEFAULT_PLAUSIBLE_YEARS;
  const firstRowNumber = options.firstRowNumber ?? 1;
  const layouts = LAYOUT_NAMES.map(createRowTally);
  const issues = new Map<DateIssueKind, RowTally>();
  const dayMonth = createRowTally();
  const monthDay = createRowTally();
  const ambiguous = createRowTally();
  let ambiguousAllDotted = true;
  const offsetCounts = new Map<number, number>();
  let withoutOffset = 0;
  const wholeNumbers: number[] = [];
  const wholeNumberRows: number[] = [];
  let nonEmpty = 0;
  let dated = 0;
  const addIssue = (kind: DateIssueKind, row: number): void => {
    const tally = issues.get(kind) ?? createRowTally();
    addRow(tally, row);
    issues.set(kind, tally);
  };
  cells.forEach((cell, index) => {
    const row = options.rowNumbers?.[index] ?? firstRowNumber + index;
    const status = scanDateCell(cell, scan);
    if (status !== SCAN_STATUS.EMPTY) nonEmpty += 1;
    if (status !== SCAN_STATUS.OK) return addIssue(getScanIssue(status), row);
    const layoutTally = layouts[scan.layout];
    if (layoutTally !== undefined) addRow(layoutTally, row);
    if (scan.layout === SCAN_LAYOUT.EPOCH) {
      wholeNumbers.push(scan.year);
      wholeNumberRows.push(row);
      return undefined;
    }
    const reading = getScannedDay(scan, null, false, years.first, years.last);
    if (reading === 'ambiguous') {
      addRow(ambiguous, row);
      if (scan.separator !== 46) ambiguousAllDotted = false;
    } else if (typeof reading !== 'number') return addIssue(reading, row);
    else if (scan.layout === SCAN_LAYOUT.NUMERIC) tallyOrder(scan, row, dayMonth, monthDay);
    dated += 1;
    if (scan.hasOffset) offsetCounts.set(scan.offsetMinutes, (offsetCounts.get(scan.offsetMinutes) ?? 0) + 1);
    else withoutOffset += 1;
    return undefined;
  });
  const epoch = getEpochUnit(wholeNumbers, nonEmpty, options.header ?? '', years);
  // Whole numbers are dates only as Unix time; otherwise they are not dates, and out of range they are implausible.
  const firstPlausibleDay = getDayFromCivil(years.first, 1, 1);
  const lastPlausibleDay = getDayFromCivil(years.last, 12, 31);
  const secondsPerUnit = epoch?.unit === 'milliseconds' ? 86_400_000 : 86_400;
  wholeNumbers.forEach((value, index) => {
    const row = wholeNumberRows[index] ?? 0;
    const day = Math.floor(value / secondsPerUnit);
    if (epoch === null) addIssue('not-a-date', row);
    else if (day < firstPlausibleDay || day > lastPlausibleDay) addIssue('implausible-year', row);
    else dated += 1;
  });
  const order = getOrderFinding(dayMonth, monthDay, ambiguous, ambiguousAllDotted, options);
  const offsets = describeOffsets(offsetCounts, withoutOffset);
  const format: DateFormat = {
    order: getFormatOrder(order),
    epoch: epoch?.unit ?? null,
    offsets: options.offsets ?? 'as-written',
    plausibleYears: years,
  };
  return {
    format,
    order,
    epoch,
    layouts: LAYOUT_NAMES.map((layout, index) => ({ layout, ...(layouts[index] ?? createRowTally()) }))
      .filter((entry) => entry.count > 0 && (entry.layout !== 'epoch' || epoch !== null))
      .sort((left, right) => right.count - left.count),
    offsets,
    dated,
    issues: [...issues].map(([kind, tally]) => ({ kind, ...tally })).sort((left, right) => right.count - left.count),
  };
}

function tallyOrder(scan: DateCellScan, row: number, dayMonth: RowTally, monthDay: RowTally): void {
  const evidence = getOrderEvidence(scan.first, scan.second);
  if (evidence === 'day-month') addRow(dayMonth, row);
  else if (evidence === 'month-day') addRow(monthDay, row);
}

function getOrderFinding(
  dayMonth: RowTally,
  monthDay: RowTally,
  ambiguous: RowTally,
  ambiguousAllDotted: boolean,
  options: DetectDateFormatOptions,
): DateOrderFinding {
  if (dayMonth.count > 0 && monthDay.count > 0) return { kind: 'mixed', dayMonth, monthDay };
  if (dayMonth.count > 0) return { kind: 'day-month', evidence: dayMonth };
  if (monthDay.count > 0) return { kind: 'month-day', evidence: monthDay };
  if (ambiguous.count === 0) return { kind: 'not-needed' };
  const suggestion = suggestDateOrder(ambiguousAllDotted, options.tool ?? null, options.locale ?? null);
  const other: DateOrder = suggestion.order === 'day-month' ? 'month-day' : 'day-month';
  return { kind: 'ask', candidates: [suggestion.order, other], suggested: suggestion.order, reason: suggestion.reason, ambiguous };
}

/** The order the format carries: the evidence, the more common side of a mix (day-month on a tie), or the suggestion. */
function getFormatOrder(order: DateOrderFinding): DateOrder | null {
  switch (order.kind) {
    case 'not-needed':
      return null;
    case 'day-month':
    case 'month-day':
      return order.kind;
    case 'mixed':
      return order.monthDay.count > order.dayMonth.count ? 'month-day' : 'day-month';
    case 'ask':
      return order.suggested;
    default:
      return order satisfies never;
  }
}
