/**
 * Everything the workbench shows about an analysis, computed from its counts and its view: the overall score,
 * each segment with its interval and the tests between them, and the trend per period with its control limits
 * and the latest period compared with the one before and with a year earlier.
 */
import type { SegmentComparison } from '../metrics/compare-segments.ts';
import { bucketDays } from './bucket-days.ts';
import { buildControlChart } from './control-chart.ts';
import type { MetricComparison, MetricEstimate } from './metric-estimate.ts';
import { compareMetric, compareMetricSegments, estimateMetric, getAnswerSpread, getMetricDomain } from './metric-estimate.ts';
import type { PeriodKind } from './periods.ts';
import { countPeriods, getPeriodHumanLabel, PERIOD_KINDS } from './periods.ts';
import type { PointCounts } from './read-breakdown.ts';
import { sum } from './read-breakdown.ts';
import { suggestPeriodKind } from './suggest-period-kind.ts';
import type { SurveySummary } from './survey-summary.ts';
import type { SurveyView } from './survey-view.ts';
import { findYearEarlier } from './year-earlier.ts';

/** Most segments drawn in the chart (all are in the table): past about 50 rows a chart stops being read. */
export const MAX_CHARTED_SEGMENTS = 50;

/** Most periods a trend draws: past a year of days the line is a blur, so a finer choice moves to a coarser period. */
export const MAX_TREND_PERIODS = 370;

/** One segment: its answers, its score, and whether it takes part in the tests. */
export type SegmentRow = {
  readonly name: string;
  readonly n: number;
  readonly estimate: MetricEstimate | null;
  /** Why it is greyed and left out of the tests, or null. */
  readonly mutedReason: string | null;
};

export type SegmentReport = {
  readonly column: string;
  /** By score, highest first; segments without a score last. */
  readonly rows: readonly SegmentRow[];
  /** Answers with a blank segment: counted overall, not a segment. */
  readonly blank: MetricEstimate | null;
  readonly comparison: SegmentComparison | null;
};

/** One period of the trend. */
export type PeriodRow = {
  readonly start: number;
  /** `2024-01`, `2024-W03`, `2024-Q1`, `2024-01-05`. */
  readonly label: string;
  /** `Jan 2024`, `week of 15 Jan 2024`… */
  readonly humanLabel: string;
  readonly counts: PointCounts;
  readonly n: number;
  readonly estimate: MetricEstimate | null;
  /** Fewer answers than the view's minimum: drawn hollow, not judged by the control chart. */
  readonly tooFew: boolean;
};

/** A period on the control chart: its limits (none without answers) and whether it moved past them. */
export type ControlRow = {
  readonly lower: number | null;
  readonly upper: number | null;
  /** Outside the limits; null when within, or not judged (too few answers). */
  readonly moved: 'above' | 'below' | null;
  /** Part of a run of periods on one side of the centre line, long enough to count as a shift. */
  readonly run: 'above' | 'below' | null;
};

/** The control chart of a trend: the pooled score as the centre line and each period's limits. */
export type TrendControl = { readonly centre: number; readonly points: readonly ControlRow[] };

/** Two periods compared. */
export type PeriodComparison = { readonly baseline: PeriodRow; readonly current: PeriodRow; readonly comparison: MetricComparison };

export type TrendReport = {
  readonly column: string;
  readonly kind: PeriodKind;
  /** True when the period was picked from the span of the dates. */
  readonly automatic: boolean;
  /** The period the person chose when it would have drawn more than `MAX_TREND_PERIODS` (a coarser one is shown). */
  readonly tooFine: PeriodKind | null;
  readonly periods: readonly PeriodRow[];
  readonly control: TrendControl | null;
  /** The latest period with answers, and how it compares with the one before and with a year earlier. */
  readonly latest: {
    readonly period: PeriodRow;
    readonly previous: PeriodComparison | null;
    readonly yearEarlier: PeriodComparison | null;
    /** The period a year earlier exists in the data's span but has no answers, or lies before the first date. */
    readonly yearEarlierMissing: 'no-answers' | 'before-data' | null;
  } | null;
  /** Answers with a blank date, and with a date that could not be read: in the totals, not in the trend. */
  readonly blank: number;
  readonly unread: number;
};

/** The whole report. */
export type SurveyReport = {
  readonly summary: SurveySummary;
  readonly view: SurveyView;
  readonly overall: MetricEstimate | null;
  readonly segments: SegmentReport | null;
  readonly trend: TrendReport | null;
};

function buildSegments(summary: SurveySummary, view: SurveyView): SegmentReport | null {
  const { segments, metric } = summary;
  if (segments === null) return null;
  const rows = segments.rows.map((row): SegmentRow => {
    const n = sum(row.counts);
    const estimate = estimateMetric(metric, row.counts, view.confidence);
    const mutedReason = n < view.minAnswers ? `fewer than ${String(view.minAnswers)} answers` : null;
    return { name: row.name, n, estimate, mutedReason };
  });
  rows.sort((a, b) => (b.estimate?.value ?? -Infinity) - (a.estimate?.value ?? -Infinity) || b.n - a.n || a.name.localeCompare(b.name));
  return {
    column: segments.column,
    rows,
    blank: estimateMetric(metric, segments.blank, view.confidence),
    comparison: compareMetricSegments(metric, segments.rows, view.confidence, view.minAnswers),
  };
}

function buildTrend(summary: SurveySummary, view: SurveyView): TrendReport | null {
  const { dates, metric } = summary;
  if (dates === null) return null;
  const base = { column: dates.column, blank: dates.blank, unread: dates.unread };
  const first = dates.days[0];
  const last = dates.days[dates.days.length - 1];
  const answers = dates.days.reduce((total, day) => total + sum(day.counts), 0);
  const automatic = view.period === 'auto';
  const chosen: PeriodKind = view.period !== 'auto' ? view.period : first && last ? suggestPeriodKind(first.day, last.day, answers).kind : 'month';
  if (!first || !last) return { ...base, kind: chosen, automatic, tooFine: null, periods: [], control: null, latest: null };
  const kind = PERIOD_KINDS.slice(PERIOD_KINDS.indexOf(chosen)).find((candidate) => countPeriods(first.day, last.day, candidate) <= MAX_TREND_PERIODS) ?? 'quarter';
  const buckets = bucketDays(new Map(dates.days.map((entry) => [entry.day, entry.counts])), kind);
  const periods = buckets.map(
    (bucket): PeriodRow => ({
      start: bucket.start,
      label: bucket.label,
      humanLabel: getPeriodHumanLabel(bucket.start, kind),
      counts: bucket.counts,
      n: bucket.n,
      estimate: estimateMetric(metric, bucket.counts, view.confidence),
      tooFew: bucket.n < view.minAnswers,
    }),
  );
  const pooled = new Array<number>(summary.counts.length).fill(0);
  for (const period of periods) period.counts.forEach((count, index) => (pooled[index] = (pooled[index] ?? 0) + count));
  const centre = estimateMetric(metric, pooled, view.confidence);
  const spread = getAnswerSpread(metric, pooled);
  const [min, max] = getMetricDomain(metric);
  const control: TrendControl | null =
    centre === null || spread === null
      ? null
      : {
          centre: centre.value,
          points: buildControlChart({
            periods: periods.map((period) => ({ n: period.n, value: period.estimate?.value ?? null })),
            centre: centre.value,
            spread,
            range: { min, max },
            minimumAnswers: view.minAnswers,
          }).points.map((point): ControlRow => {
            if (point.kind === 'no-answers') return { lower: null, upper: null, moved: null, run: null };
            if (point.kind === 'too-few') return { lower: point.lower, upper: point.upper, moved: null, run: null };
            return { lower: point.lower, upper: point.upper, moved: point.status === 'within' ? null : point.status, run: point.run };
          }),
        };
  return { ...base, kind, automatic, tooFine: kind === chosen ? null : chosen, periods, control, latest: buildLatest(summary, view, periods, kind) };
}

function buildLatest(summary: SurveySummary, view: SurveyView, periods: readonly PeriodRow[], kind: PeriodKind): TrendReport['latest'] {
  const withAnswers = periods.filter((period) => period.n > 0);
  const latest = withAnswers[withAnswers.length - 1];
  if (!latest) return null;
  const compare = (baseline: PeriodRow | undefined): PeriodComparison | null => {
    if (!baseline || baseline.n === 0) return null;
    const comparison = compareMetric(summary.metric, baseline.counts, latest.counts, view.confidence);
    return comparison === null ? null : { baseline, current: latest, comparison };
  };
  const previous = compare(withAnswers[withAnswers.length - 2]);
  const yearEarlierStart = findYearEarlier(latest.start, kind);
  const yearEarlierRow = yearEarlierStart === null ? undefined : periods.find((period) => period.start === yearEarlierStart);
  const firstStart = periods[0]?.start ?? latest.start;
  const yearEarlierMissing = yearEarlierStart === null || yearEarlierStart < firstStart ? 'before-data' : (yearEarlierRow?.n ?? 0) === 0 ? 'no-answers' : null;
  return { period: latest, previous, yearEarlier: compare(yearEarlierRow), yearEarlierMissing };
}

/**
 * Build the report of an analysis.
 *
 * @param summary the counts overall, per segment and per day
 * @param view the confidence, the period, the smallest segment judged and the trend's form
 * @returns the report (never throws; no NaN: a group without answers has a null estimate)
 * @example buildSurveyReport(summary, DEFAULT_SURVEY_VIEW).overall?.value // the NPS of all answers
 */
export function buildSurveyReport(summary: SurveySummary, view: SurveyView): SurveyReport {
  return {
    summary,
    view,
    overall: estimateMetric(summary.metric, summary.counts, view.confidence),
    segments: buildSegments(summary, view),
    trend: buildTrend(summary, view),
  };
}
