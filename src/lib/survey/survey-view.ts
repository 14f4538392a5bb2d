/**
 * How the workbench shows an analysis: the confidence level, the period of the trend, the smallest segment
 * judged, and whether the trend shows intervals or a control chart. Saved with the page and carried by a link.
 */
import type { ConfidenceLevel } from '../metrics/confidence-level.ts';
import { z } from '../schema/zod.ts';

/** A trend's period: `auto` picks one from the span of the dates (see `suggestPeriodKind`). */
export type PeriodChoice = 'auto' | 'day' | 'week' | 'month' | 'quarter';

/** The view's choices. */
export type SurveyView = {
  readonly confidence: ConfidenceLevel;
  readonly period: PeriodChoice;
  /**
   * Segments and periods with fewer answers are shown greyed, outside the tests: below about 30 answers an NPS
   * interval is wider than ±30 points, too wide to rank (our heuristic; the planner shows the margin for any n).
   */
  readonly minAnswers: number;
  readonly trend: 'interval' | 'control';
};

/** The defaults: 95%, the period picked from the dates, 30 answers, intervals. */
export const DEFAULT_SURVEY_VIEW: SurveyView = { confidence: 95, period: 'auto', minAnswers: 30, trend: 'interval' };

/** Smallest and largest minimum a person may choose. */
export const MIN_ANSWERS_RANGE = { min: 1, max: 1000 } as const;

/** A saved or shared view. */
export const surveyViewSchema = z.object({
  confidence: z.union([z.literal(90), z.literal(95), z.literal(99)]),
  period: z.enum(['auto', 'day', 'week', 'month', 'quarter']),
  minAnswers: z.int().check(z.minimum(MIN_ANSWERS_RANGE.min), z.maximum(MIN_ANSWERS_RANGE.max)),
  trend: z.enum(['interval', 'control']),
}) satisfies z.ZodMiniType<SurveyView>;
