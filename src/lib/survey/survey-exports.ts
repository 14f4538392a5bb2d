/**
 * The workbench's analysis as a CSV file and as Markdown: the overall score, each segment and each period with
 * n, value and interval, and the sentences the page shows. Counts only, like the share link.
 */
import { describeChange } from '../metrics/describe-change.ts';
import { describeSegmentPair } from '../metrics/describe-change.ts';
import { formatCsv, type CsvCell } from '../text/csv.ts';
import { formatNumber } from '../text/format.ts';
import { escapeMarkdown } from '../text/markdown.ts';
import { roundHalfAwayFromZero } from '../metrics/statistics/round-half-away-from-zero.ts';
import { describeBlankSegment, describeEstimate, describeExcludedSegments, describeOverallTest, describeUndated, formatMetricValue } from './describe-survey.ts';
import type { MetricEstimate } from './metric-estimate.ts';
import { getMetricName } from './metric-estimate.ts';
import type { PeriodComparison, SurveyReport } from './survey-report.ts';

/** Round for a file: NPS and CSAT to 0.1, CES to 0.01 (the page rounds further), halves away from zero as the page does. */
function round(value: number | null, decimals: number): number | null {
  return value === null ? null : roundHalfAwayFromZero(value, decimals);
}

function getDecimals(report: SurveyReport): number {
  return report.summary.metric.kind === 'ces' ? 2 : 1;
}

/**
 * The analysis as CSV: one row per figure, with what it is (`overall`, `segment`, `period`), its name, n, the
 * value and the interval at the view's confidence. Safe to open in a spreadsheet (see `formatCsv`).
 *
 * @param report from `buildSurveyReport`
 * @returns the CSV text
 * @example getSurveyCsv(report).split('\r\n')[0] // 'table,name,answers,NPS,lower 95%,upper 95%,note'
 */
export function getSurveyCsv(report: SurveyReport): string {
  const { metric } = report.summary;
  const level = String(report.view.confidence);
  const decimals = getDecimals(report);
  const row = (table: string, name: string, n: number, estimate: MetricEstimate | null, note: string): CsvCell[] => [
    table,
    name,
    n,
    round(estimate?.value ?? null, decimals),
    round(estimate?.lower ?? null, decimals),
    round(estimate?.upper ?? null, decimals),
    note,
  ];
  const rows: CsvCell[][] = [['table', 'name', 'answers', getMetricName(metric), `lower ${level}%`, `upper ${level}%`, 'note']];
  if (report.overall) rows.push(row('overall', report.summary.scoreColumn, report.overall.n, report.overall, report.summary.leftOut > 0 ? `${String(report.summary.leftOut)} values left out` : ''));
  for (const segment of report.segments?.rows ?? []) rows.push(row(`segment: ${report.segments?.column ?? ''}`, segment.name, segment.n, segment.estimate, segment.mutedReason ?? ''));
  if (report.segments?.blank) rows.push(row(`segment: ${report.segments.column}`, '(blank)', report.segments.blank.n, report.segments.blank, 'no segment value'));
  for (const period of report.trend?.periods ?? []) {
    rows.push(row(`period: ${report.trend?.kind ?? ''}`, period.label, period.n, period.estimate, period.n === 0 ? 'no answers' : period.tooFew ? `fewer than ${String(report.view.minAnswers)} answers` : ''));
  }
  const trend = report.trend;
  // As the segments' "(blank)" row: the answers the trend leaves out, so its periods add up to the total.
  if (trend && trend.blank + trend.unread > 0) rows.push(row(`period: ${trend.kind}`, '(no date)', trend.blank + trend.unread, null, describeUndated(trend, null) ?? ''));
  return formatCsv(rows);
}

/** A comparison of two periods as a sentence. */
export function describePeriodComparison(compared: PeriodComparison): string {
  return `${compared.current.humanLabel} against ${compared.baseline.humanLabel}: ${describeChange(compared.comparison)}`;
}

function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((cells) => `| ${cells.join(' | ')} |`)];
}

/**
 * The analysis as Markdown: a heading, the overall score, a segment table with the tests, and a period table
 * with the latest comparisons. Every name from the export is escaped (see `escapeMarkdown`).
 *
 * @param report from `buildSurveyReport`
 * @returns the Markdown text
 * @example getSurveyMarkdown(report).startsWith('# NPS by segment and over time') // true
 */
export function getSurveyMarkdown(report: SurveyReport): string {
  const { metric } = report.summary;
  const { confidence } = report.view;
  const name = getMetricName(metric);
  const show = (estimate: MetricEstimate | null) => (estimate === null ? '–' : formatMetricValue(metric, estimate.value));
  const interval = (estimate: MetricEstimate | null) =>
    estimate === null || estimate.lower === null || estimate.upper === null ? '–' : `${formatMetricValue(metric, estimate.lower)} to ${formatMetricValue(metric, estimate.upper)}`;
  const lines = [`# ${name} by segment and over time`, ''];
  lines.push(report.overall ? `${escapeMarkdown(describeEstimate(metric, report.overall, confidence))}.` : 'No answers counted.', '');
  if (report.summary.leftOut > 0) lines.push(`${String(report.summary.leftOut)} values in ${escapeMarkdown(report.summary.scoreColumn)} could not count and are left out.`, '');
  const segments = report.segments;
  if (segments) {
    lines.push(`## By ${escapeMarkdown(segments.column)}`, '');
    lines.push(
      ...markdownTable(
        ['Segment', 'Answers', name, `${String(confidence)}% interval`, 'Note'],
        [
          ...segments.rows.map((row) => [escapeMarkdown(row.name), String(row.n), show(row.estimate), interval(row.estimate), row.mutedReason ?? '']),
          ...(segments.blank ? [['(blank)', String(segments.blank.n), show(segments.blank), interval(segments.blank), 'no segment value']] : []),
        ],
      ),
      '',
    );
    if (segments.blank) lines.push(escapeMarkdown(describeBlankSegment(metric, segments.column, segments.blank)), '');
    const comparison = segments.comparison;
    if (comparison?.kind === 'compared') {
      lines.push(`${describeOverallTest(comparison.overall, comparison.segments.length, confidence)}`, '');
      const real = comparison.pairs.filter((pair) => pair.significant);
      for (const pair of real) lines.push(`- ${escapeMarkdown(describeSegmentPair(pair, comparison.pairs.length))}`);
      if (real.length === 0) lines.push(comparison.pairs.length === 1 ? 'The two segments do not differ clearly.' : `No pair of segments differs clearly after correcting for ${formatNumber(comparison.pairs.length)} comparisons.`);
      lines.push('');
      const excluded = describeExcludedSegments(comparison.excluded, comparison.minimumN);
      if (excluded !== null) lines.push(escapeMarkdown(excluded), '');
    }
  }
  const trend = report.trend;
  if (trend && trend.periods.length > 0) {
    lines.push(`## Over time (${escapeMarkdown(trend.column)}, by ${trend.kind})`, '');
    lines.push(
      ...markdownTable(
        ['Period', 'Answers', name, `${String(confidence)}% interval`, 'Note'],
        trend.periods.map((period, index) => {
          const moved = trend.control?.points[index]?.moved;
          const note = period.n === 0 ? 'no answers' : period.tooFew ? 'too few answers' : moved ? `moved ${moved} the control limits` : '';
          return [escapeMarkdown(period.humanLabel), String(period.n), show(period.estimate), interval(period.estimate), note];
        }),
      ),
      '',
    );
    const total = report.overall?.n ?? null;
    const undated = describeUndated(trend, total);
    if (undated !== null) lines.push(escapeMarkdown(undated), '');
    if (trend.latest?.previous) lines.push(`${escapeMarkdown(describePeriodComparison(trend.latest.previous))}.`, '');
    if (trend.latest?.yearEarlier) lines.push(`${escapeMarkdown(describePeriodComparison(trend.latest.yearEarlier))}.`, '');
  }
  lines.push('Made with Touchpoint’s survey workbench: counts only, computed in the browser.');
  return `${lines.join('\n')}\n`;
}
