/**
 * The survey workbench's reading of an export beyond its score column: how its date column is written (decided
 * from every cell, or by the person when the cells cannot tell day from month), then the answers by segment
 * and by day. Runs where the export is kept: the parse worker for a large file, the main thread for a paste.
 */
import type { TableLayout } from '../metrics/detect-paste-layout.ts';
import type { TableSource } from '../metrics/read-column-cells.ts';
import type { ScoreScale } from '../metrics/score-scale.ts';
import type { LabelScores } from '../metrics/score-tally.ts';
import type { DateOrder } from './date-format.ts';
import type { DateFormatDetection } from './detect-date-format.ts';
import { detectDateFormat } from './detect-date-format.ts';
import type { Breakdown } from './read-breakdown.ts';
import { readBreakdown } from './read-breakdown.ts';
import { createDateReader } from './read-date.ts';
import { findQualtricsResponses, type QualtricsResponses } from './qualtrics-responses.ts';
import type { SurveyTool } from './suggest-date-order.ts';

/** What to read: the table, its score column and scale, and the segment and date columns. */
export type BreakdownRead = {
  readonly layout: TableLayout;
  readonly scoreColumn: number;
  readonly scale: ScoreScale;
  readonly labels: LabelScores;
  readonly segmentColumn: number | null;
  readonly dateColumn: number | null;
  /** The person's answer when the cells cannot tell `05/01` from `01/05`; null to go by the evidence. */
  readonly dateOrder: DateOrder | null;
  /** The reader's locale, for the suggested order when asked. */
  readonly locale?: string | null;
};

/** The breakdown, with what was found about the date column. */
export type SurveyBreakdown = Breakdown & {
  /** How the date column is written; null without a date column. */
  readonly dateDetection: DateFormatDetection | null;
  /** The day/month order the dates were read with (the person's, the evidence's), or null when none was needed or known. */
  readonly dateOrder: DateOrder | null;
  /** A Qualtrics export's previews, tests, spam and unfinished responses (counted, and said); null for other tables. */
  readonly qualtrics: QualtricsResponses | null;
};

/** The date-order suggestion a survey tool's export implies, by the layout detector's tool name. */
function toSurveyTool(tool: TableLayout['tool']): SurveyTool | null {
  if (tool === 'qualtrics' || tool === 'qualtrics-legacy') return 'qualtrics';
  return tool;
}

/**
 * Read an export by segment and by day in one pass (`readBreakdown`): scores and segments are counted as they
 * come, and the date cells are kept until the end, when their format is decided from every cell
 * (`detectDateFormat`) and each counted answer is placed on its day. Dates whose
 * order the cells cannot tell are read with the person's order, else left unread as `ambiguous` (the page asks).
 * Never throws for any text; throws `NotUtf8Error` for bytes that are not UTF-8, like `forEachColumnCell`. O(length).
 *
 * @param source the export's text or UTF-8 bytes
 * @param read the layout, columns, scale, label scores and date order
 * @returns the breakdown and the date findings
 * @example analyseBreakdown('NPS,Date\n9,2024-01-05', { layout, scoreColumn: 0, scale: NPS_SCALE, labels: {}, segmentColumn: null, dateColumn: 1, dateOrder: null }).dates?.days // [{ day: 19727, counts: [0, …, 1, 0] }]
 * @see https://www.rfc-editor.org/rfc/rfc4180
 */
export function analyseBreakdown(source: TableSource, read: BreakdownRead): SurveyBreakdown {
  const { layout } = read;
  const dateColumn = read.dateColumn !== null && read.dateColumn < layout.columns.length ? read.dateColumn : null;
  let dateDetection: DateFormatDetection | null = null;
  let dateOrder: DateOrder | null = null;
  // The format is decided from every cell of the column, kept through the one pass over the export.
  const chooseDateReader = (cells: readonly string[], rows: ArrayLike<number>) => {
    dateDetection = detectDateFormat(cells, {
      header: dateColumn === null ? '' : (layout.columns[dateColumn]?.name ?? ''),
      tool: toSurveyTool(layout.tool),
      locale: read.locale ?? null,
      rowNumbers: rows,
    });
    const found = dateDetection.order;
    dateOrder = read.dateOrder ?? (found.kind === 'day-month' || found.kind === 'month-day' ? found.kind : found.kind === 'mixed' ? (dateDetection.format.order ?? null) : null);
    return createDateReader({ ...dateDetection.format, order: dateOrder });
  };
  const breakdown = readBreakdown(source, layout, read.scoreColumn, read.scale, { segmentColumn: read.segmentColumn, dateColumn, readDate: null, chooseDateReader }, read.labels);
  return { ...breakdown, dateDetection, dateOrder, qualtrics: findQualtricsResponses(source, layout) };
}
