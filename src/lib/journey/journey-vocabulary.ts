/** The fixed vocabularies of a journey map, with the words the page shows for each value. */

/** Emotion scores, from very negative to very positive. */
export const EMOTION_SCORES = [-2, -1, 0, 1, 2] as const;
export type EmotionScore = (typeof EMOTION_SCORES)[number];
export const EMOTION_LABELS: Record<EmotionScore, string> = {
  [-2]: 'Very negative',
  [-1]: 'Negative',
  0: 'Neutral',
  1: 'Positive',
  2: 'Very positive',
};

/** Which experience a curve describes: the journey as it is today, or as the team wants it to be. */
export const CURVE_KINDS = ['as-is', 'to-be'] as const;
export type CurveKind = (typeof CURVE_KINDS)[number];
export const CURVE_KIND_LABELS: Record<CurveKind, string> = {
  'as-is': 'As is',
  'to-be': 'To be',
};

/** How badly a pain point hurts: the one scale personas use too (low, medium, high, critical; ../severity.ts). */
export { DEFAULT_SEVERITY, SEVERITIES, SEVERITY_LABELS, type Severity } from '../severity.ts';

/** Impact and effort of an opportunity: 1 (very low) to 5 (very high). */
export const RATINGS = [1, 2, 3, 4, 5] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_LABELS: Record<Rating, string> = { 1: 'Very low', 2: 'Low', 3: 'Medium', 4: 'High', 5: 'Very high' };

/** Channels every map offers; a map can add its own (`customChannels`). */
export const DEFAULT_CHANNELS = ['Website', 'App', 'Store', 'Phone', 'Email', 'Chat', 'Social media', 'In person'] as const;

/** The CX metrics a stage can hold. */
export const STAGE_METRIC_KINDS = ['nps', 'csat', 'ces'] as const;
export type StageMetricKind = (typeof STAGE_METRIC_KINDS)[number];
export const STAGE_METRIC_LABELS: Record<StageMetricKind, string> = {
  nps: 'NPS (Net Promoter Score)',
  csat: 'CSAT (customer satisfaction)',
  ces: 'CES (customer effort)',
};

/** How a metric's answers are given: pasted one by one, or typed as totals. */
export const METRIC_INPUTS = ['scores', 'counts'] as const;
export type MetricInput = (typeof METRIC_INPUTS)[number];

/** The two Customer Effort Score questions, which point in opposite directions. */
export const CES_VARIANTS = ['ces-2.0', 'ces-1.0'] as const;
export type CesVariant = (typeof CES_VARIANTS)[number];
export const CES_VARIANT_LABELS: Record<CesVariant, string> = {
  'ces-2.0': 'CES 2.0: agreement 1–7 (higher is easier)',
  'ces-1.0': 'CES 1.0: effort 1–5 (lower is easier)',
};

/** The rows of a map, in the order the canvas and the table show them. */
export const LANES = ['goals', 'actions', 'touchpoints', 'owners', 'thoughts', 'emotion', 'painPoints', 'opportunities', 'metric'] as const;
export type Lane = (typeof LANES)[number];
export const LANE_LABELS: Record<Lane, string> = {
  goals: 'Customer goals',
  actions: 'Actions',
  touchpoints: 'Touchpoints and channels',
  owners: 'Owners (teams)',
  thoughts: 'Thoughts',
  emotion: 'Emotion',
  painPoints: 'Pain points',
  opportunities: 'Opportunities',
  metric: 'Measured metrics',
};
