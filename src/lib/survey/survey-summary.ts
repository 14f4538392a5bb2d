/**
 * What the survey workbench keeps of an export: counts per scale point overall, per segment and per day, with
 * the columns' names and what was left out. Never a raw row: it is what is saved for a reload and what a share
 * link carries, and every view (segments, trend, planner) is computed from it.
 */
import type { CsatScaleId } from '../metrics/csat-scale.ts';
import { CSAT_SCALES } from '../metrics/csat-scale.ts';
import { CES_SCALE } from '../metrics/score-scale.ts';
import type { ScoreScale } from '../metrics/score-scale.ts';
import { NPS_SCALE, getScalePointCount } from '../metrics/score-scale.ts';
import { z } from '../schema/zod.ts';
import type { PointCounts, SegmentBreakdown } from './read-breakdown.ts';
import type { SurveyBreakdown } from './analyse-breakdown.ts';

/** The metric the workbench reports: NPS (0–10), CSAT (satisfied share on a scale) or CES 2.0 (mean of 1–7). */
export type SurveyMetric =
  | { readonly kind: 'nps' }
  | { readonly kind: 'csat'; readonly scale: CsatScaleId; readonly threshold: number }
  | { readonly kind: 'ces' };

/** Most segments a summary holds (the reader refuses columns with more values). */
export const MAX_SUMMARY_SEGMENTS = 200;
/** Most days a summary holds: about eleven years of daily answers. */
export const MAX_SUMMARY_DAYS = 4000;
const MAX_NAME = 80;
/** Day numbers from 1900-01-01 to 2199-12-31, far past any plausible survey answer. */
const FIRST_DAY = -25_567;
const LAST_DAY = 84_005;

/** Counts per scale point overall, per segment and per day. */
export type SurveySummary = {
  readonly metric: SurveyMetric;
  /** The score column's name (or "Column 3"). */
  readonly scoreColumn: string;
  readonly counts: PointCounts;
  /** Values in the score column that could not count (named in the paste report). */
  readonly leftOut: number;
  readonly segments: {
    readonly column: string;
    readonly rows: readonly { readonly name: string; readonly counts: PointCounts }[];
    /** Answers with a blank segment. */
    readonly blank: PointCounts;
  } | null;
  readonly dates: {
    readonly column: string;
    readonly days: readonly { readonly day: number; readonly counts: PointCounts }[];
    /** Answers with a blank date, and with a date that could not be read. */
    readonly blank: number;
    readonly unread: number;
  } | null;
};

/**
 * The scale a metric's answers are read on.
 *
 * @param metric the metric
 * @returns 0–10 for NPS, the CSAT scale, 1–7 for CES 2.0
 * @example getMetricScale({ kind: 'csat', scale: '1-5', threshold: 4 }) // { min: 1, max: 5 }
 */
export function getMetricScale(metric: SurveyMetric): ScoreScale {
  if (metric.kind === 'nps') return NPS_SCALE;
  if (metric.kind === 'ces') return CES_SCALE;
  return CSAT_SCALES[metric.scale];
}

/**
 * Keep what the workbench needs of a breakdown: its counts, and the columns' names.
 *
 * @param breakdown from `analyseBreakdown`
 * @param metric the metric read
 * @param columnName the name of a column by index (its header, or "Column 3")
 * @returns the summary, or null when no answer counted
 * @example summariseBreakdown(breakdown, { kind: 'nps' }, (index) => `Column ${index + 1}`)?.counts // [0, …, 1, 0]
 */
export function summariseBreakdown(breakdown: SurveyBreakdown, metric: SurveyMetric, columnName: (index: number) => string): SurveySummary | null {
  const { parse } = breakdown;
  if (parse.kind === 'empty') return null;
  return {
    metric,
    scoreColumn: columnName(parse.column),
    counts: parse.counts,
    leftOut: parse.leftOut,
    segments: summariseSegments(breakdown.segments, columnName),
    dates:
      breakdown.dates === null
        ? null
        : { column: columnName(breakdown.dates.column), days: breakdown.dates.days.slice(-MAX_SUMMARY_DAYS), blank: breakdown.dates.blank, unread: breakdown.dates.unread },
  };
}

function summariseSegments(segments: SegmentBreakdown | null, columnName: (index: number) => string): SurveySummary['segments'] {
  if (segments === null || segments.kind !== 'read') return null;
  return { column: columnName(segments.column), rows: segments.segments.slice(0, MAX_SUMMARY_SEGMENTS), blank: segments.blank };
}

const countSchema = z.int().check(z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER));
const nameSchema = z.string().check(z.maxLength(MAX_NAME));

/** A saved or shared metric: CSAT's threshold lies from its scale's second point to its top. */
export const surveyMetricSchema = z.union([
  z.object({ kind: z.literal('nps') }),
  z.object({ kind: z.literal('ces') }),
  z
    .object({ kind: z.literal('csat'), scale: z.enum(['1-3', '1-5', '1-7', '1-10']), threshold: z.int() })
    .check(
      z.refine((metric) => metric.threshold > CSAT_SCALES[metric.scale].min && metric.threshold <= CSAT_SCALES[metric.scale].max, {
        message: 'the CSAT threshold must lie from the scale’s second point to its top',
        path: ['threshold'],
      }),
    ),
]);

/** Whether every counts array has one count per point of the metric's scale. */
function hasScaleLengths(summary: SurveySummary): boolean {
  const points = getScalePointCount(getMetricScale(summary.metric));
  const fits = (counts: PointCounts) => counts.length === points;
  return (
    fits(summary.counts) &&
    (summary.segments === null || (fits(summary.segments.blank) && summary.segments.rows.every((row) => fits(row.counts)))) &&
    (summary.dates === null || summary.dates.days.every((day) => fits(day.counts)))
  );
}

/** Whether days are in order, each once. */
function hasOrderedDays(summary: SurveySummary): boolean {
  const days = summary.dates?.days ?? [];
  return days.every((entry, index) => index === 0 || entry.day > (days[index - 1]?.day ?? -Infinity));
}

const countsSchema = z.array(countSchema).check(z.maxLength(11));

/** A summary as saved or shared: every count a whole number, one per scale point, days in order. */
export const surveySummarySchema = z
  .object({
    metric: surveyMetricSchema,
    scoreColumn: nameSchema,
    counts: countsSchema,
    leftOut: countSchema,
    segments: z.nullable(
      z.object({
        column: nameSchema,
        rows: z.array(z.object({ name: nameSchema, counts: countsSchema })).check(z.maxLength(MAX_SUMMARY_SEGMENTS)),
        blank: countsSchema,
      }),
    ),
    dates: z.nullable(
      z.object({
        column: nameSchema,
        days: z
          .array(z.object({ day: z.int().check(z.minimum(FIRST_DAY), z.maximum(LAST_DAY)), counts: countsSchema }))
          .check(z.maxLength(MAX_SUMMARY_DAYS)),
        blank: countSchema,
        unread: countSchema,
      }),
    ),
  })
  .check(
    z.refine(hasScaleLengths, { message: 'every list of counts must have one count per point of the scale' }),
    z.refine(hasOrderedDays, { message: 'days must be in order, each once', path: ['dates', 'days'] }),
  ) satisfies z.ZodMiniType<SurveySummary>;
