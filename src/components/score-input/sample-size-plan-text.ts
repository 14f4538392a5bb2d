/**
 * The sample-size planner in words: what its fields start with, what is wrong with what was typed, and the
 * sentences it shows and announces. Pure functions over src/lib/metrics/plan-sample-size.ts, so the view stays thin.
 */
import type { ConfidenceLevel } from '../../lib/metrics/confidence-level.ts';
import { parseNumberField } from '../../lib/metrics/parse-number-field.ts';
import type { ExpectedAnswers, PlannedCount, PlanningError, PowerLevel } from '../../lib/metrics/plan-sample-size.ts';
import { describeDataPower, getPlanningStandardDeviation, planForChange, planForMargin } from '../../lib/metrics/plan-sample-size.ts';
import type { ScoreScale } from '../../lib/metrics/score-scale.ts';
import { formatNumber as formatInLocale, STABLE_LOCALE } from '../../lib/text/format.ts';
import { formatAnswers, formatCount, formatNumber, formatRange } from './format.ts';

/** The score a planner is for: NPS, CSAT (a satisfied share) or CES (a mean rating). */
export type PlannerMetric = 'nps' | 'csat' | 'ces';

/** Answers already on the page. Shares are fractions; which fields count depends on the metric. */
export type PlannerObserved = {
  readonly n: number;
  readonly promoterShare?: number;
  readonly detractorShare?: number;
  readonly share?: number;
  /** Null for a single answer (no spread). */
  readonly standardDeviation?: number | null;
};

/** The planner's typed fields, as typed. An expected field left null follows the data (or the starting value). */
export type PlannerInputs = {
  readonly promoters: string | null;
  readonly detractors: string | null;
  readonly satisfied: string | null;
  readonly standardDeviation: string | null;
  readonly margin: string;
  readonly change: string;
  readonly direction: 'rise' | 'fall';
  readonly power: PowerLevel;
};

/** The fields that can hold a mistake. */
export type PlannerField = 'promoters' | 'detractors' | 'satisfied' | 'standardDeviation' | 'margin' | 'change';

/** One plan's outcome: a sentence with the answer, or why there is none. */
export type PlanLine = { readonly kind: 'answer'; readonly text: string } | { readonly kind: 'blocked'; readonly text: string };

/** Everything the planner shows. */
export type PlannerView = {
  readonly expected: { readonly promoters: string; readonly detractors: string; readonly satisfied: string; readonly standardDeviation: string };
  /** Where the expected figures come from now. */
  readonly expectedSource: 'data' | 'start' | 'typed';
  readonly errors: Partial<Record<PlannerField, string>>;
  readonly margin: PlanLine;
  readonly change: PlanLine;
  /** What the answers on the page give, or null before there are any. */
  readonly data: PlanLine | null;
};

/** Starting values before there is data: a typical NPS mix, the most demanding share (50%), and the brief's changes. */
const START = {
  nps: { margin: '5', change: '10' },
  csat: { margin: '5', change: '5' },
  ces: { margin: '0.2', change: '0.3' },
} as const;
const START_PROMOTERS = 40;
const START_DETRACTORS = 20;
const START_SATISFIED = 50;

/** The planner's fields when it first shows. */
export function getInitialPlannerInputs(metric: PlannerMetric): PlannerInputs {
  return { promoters: null, detractors: null, satisfied: null, standardDeviation: null, ...START[metric], direction: 'rise', power: 80 };
}

/** A figure for a field: up to `decimals` decimals, no grouping surprises, the same on the server and in every browser. */
function toField(value: number, decimals: number): string {
  return formatInLocale(value, { maximumDecimals: decimals, locale: STABLE_LOCALE }).replaceAll(',', '');
}

function getExpectedFields(observed: PlannerObserved | null, scale: ScoreScale) {
  return {
    promoters: toField((observed?.promoterShare ?? START_PROMOTERS / 100) * 100, 1),
    detractors: toField((observed?.detractorShare ?? START_DETRACTORS / 100) * 100, 1),
    satisfied: toField((observed?.share ?? START_SATISFIED / 100) * 100, 1),
    standardDeviation: toField(observed?.standardDeviation ?? getPlanningStandardDeviation(scale), 2),
  };
}

/** Whether the data on the page has the figure this metric plans with. */
function hasDataFigures(metric: PlannerMetric, observed: PlannerObserved | null): boolean {
  if (!observed) return false;
  if (metric === 'nps') return observed.promoterShare !== undefined && observed.detractorShare !== undefined;
  if (metric === 'csat') return observed.share !== undefined;
  return typeof observed.standardDeviation === 'number' && observed.standardDeviation > 0;
}

const FIELD_NAMES: Readonly<Record<PlannerField, string>> = {
  promoters: 'the share of promoters',
  detractors: 'the share of detractors',
  satisfied: 'the satisfied share',
  standardDeviation: 'the standard deviation',
  margin: 'the margin of error',
  change: 'the change to detect',
};

/** A typed figure, or the message for its field. */
function readField(field: PlannerField, text: string): { readonly value: number } | { readonly error: string } {
  const parsed = parseNumberField(text);
  if (parsed.ok) return { value: parsed.value };
  if (parsed.error.kind === 'empty') return { error: `Enter ${FIELD_NAMES[field]}.` };
  return { error: `“${text.trim().slice(0, 40)}” is not a number: enter ${FIELD_NAMES[field]} as a number, e.g. ${field === 'standardDeviation' ? '1.5' : '20'}.` };
}

/** The units a metric's margins and changes are in, in words. */
function getUnit(metric: PlannerMetric, value: number, scale: ScoreScale): string {
  const amount = metric === 'ces' ? formatNumber(value, 2) : toField(value, 2);
  if (metric === 'nps') return `${amount} ${value === 1 ? 'point' : 'points'}`;
  if (metric === 'csat') return `${amount} percentage ${value === 1 ? 'point' : 'points'}`;
  return `${amount} on the ${formatRange(scale.min, scale.max)} scale`;
}

/** "858 answers", or "more than 1,000,000 answers". */
export function formatPlannedAnswers(count: PlannedCount): string {
  return count.kind === 'count' ? formatAnswers(count.answers) : `more than ${formatCount(count.limit)} answers`;
}

function describeShift(shifted: ExpectedAnswers): string {
  if (shifted.metric === 'nps') return ` (promoters ${toField(shifted.promoterShare * 100, 1)}%, detractors ${toField(shifted.detractorShare * 100, 1)}%)`;
  if (shifted.metric === 'share') return ` (to ${toField(shifted.share * 100, 1)}% satisfied)`;
  return '';
}

/** A planning error as a message, and the field to show it by (null: shown in place of the plan). */
function describePlanningError(error: PlanningError, metric: PlannerMetric, inputs: { readonly change: number }): { readonly field: PlannerField | null; readonly message: string } {
  switch (error.kind) {
    case 'share-out-of-range':
      return { field: error.field === 'promoterShare' ? 'promoters' : error.field === 'detractorShare' ? 'detractors' : 'satisfied', message: 'Enter a percentage from 0 to 100.' };
    case 'shares-over-total':
      return { field: 'detractors', message: `Promoters and detractors come to ${toField(error.total * 100, 1)}%: together they can be at most 100%.` };
    case 'standard-deviation-not-positive':
      return { field: 'standardDeviation', message: 'The standard deviation must be more than 0.' };
    case 'no-variation':
      return {
        field: null,
        message:
          metric === 'nps'
            ? 'With everyone expected in one group there is no spread to plan with: expect at least a few answers in another group.'
            : 'With everyone expected to answer alike there is no spread to plan with: expect a share above 0% and below 100%.',
      };
    case 'margin-not-positive':
      return { field: 'margin', message: 'The margin of error must be more than 0.' };
    case 'margin-too-large':
      return { field: 'margin', message: `A margin of ±${toField(error.value, 2)} is wider than the scale allows: enter at most ${toField(error.largest, 0)}.` };
    case 'change-not-positive':
      return { field: 'change', message: 'The change to detect must be more than 0.' };
    case 'change-out-of-range':
      return {
        field: 'change',
        message: `From the expected ${metric === 'nps' ? 'NPS' : 'share'}, a ${inputs.change > 0 ? 'rise' : 'fall'} can be at most ${toField(error.largest, 1)} ${metric === 'nps' ? 'points' : 'percentage points'}.`,
      };
    case 'too-few-answers':
      return { field: null, message: 'One answer has no spread: there is no margin or detectable change to report yet.' };
    default:
      return error satisfies never;
  }
}

/**
 * What the planner shows for what was typed, the confidence level and the answers on the page.
 *
 * @param metric nps, csat or ces
 * @param inputs the fields as typed
 * @param confidence the calculator's level
 * @param observed the answers on the page, or null
 * @param scale the rating scale of a mean (its range gives the starting standard deviation)
 * @returns the fields' values, their messages and the three sentences
 */
export function getPlannerView(
  metric: PlannerMetric,
  inputs: PlannerInputs,
  confidence: ConfidenceLevel,
  observed: PlannerObserved | null,
  scale: ScoreScale,
): PlannerView {
  const fromData = hasDataFigures(metric, observed);
  const defaults = getExpectedFields(fromData ? observed : null, scale);
  const expected = {
    promoters: inputs.promoters ?? defaults.promoters,
    detractors: inputs.detractors ?? defaults.detractors,
    satisfied: inputs.satisfied ?? defaults.satisfied,
    standardDeviation: inputs.standardDeviation ?? defaults.standardDeviation,
  };
  const expectedFields: readonly PlannerField[] = metric === 'nps' ? ['promoters', 'detractors'] : metric === 'csat' ? ['satisfied'] : ['standardDeviation'];
  const typed = expectedFields.some((field) => inputs[field as 'promoters' | 'detractors' | 'satisfied' | 'standardDeviation'] !== null);
  const errors: Partial<Record<PlannerField, string>> = {};
  const read = (field: PlannerField, text: string): number | null => {
    const outcome = readField(field, text);
    if ('error' in outcome) {
      errors[field] = outcome.error;
      return null;
    }
    return outcome.value;
  };
  const values = expectedFields.map((field) => read(field, expected[field as keyof typeof expected]));
  const margin = read('margin', inputs.margin);
  const changeSize = read('change', inputs.change);
  const change = changeSize === null ? null : metric !== 'ces' && inputs.direction === 'fall' ? -changeSize : changeSize;

  let plannedWith: ExpectedAnswers | null = null;
  if (values.every((value) => value !== null)) {
    const [first = 0, second = 0] = values as number[];
    plannedWith =
      metric === 'nps'
        ? { metric: 'nps', promoterShare: first / 100, detractorShare: second / 100 }
        : metric === 'csat'
          ? { metric: 'share', share: first / 100 }
          : { metric: 'mean', standardDeviation: first };
  }
  const level = `${String(confidence)}% confidence`;
  const fixFirst = (what: string): PlanLine => ({ kind: 'blocked', text: `Correct ${what} above to see this plan.` });
  const blockedBy = (error: PlanningError, fallback: string): PlanLine => {
    const described = describePlanningError(error, metric, { change: change ?? 0 });
    if (described.field) {
      errors[described.field] ??= described.message;
      return fixFirst(fallback);
    }
    return { kind: 'blocked', text: described.message };
  };
  let marginLine: PlanLine;
  if (!plannedWith) marginLine = fixFirst('the expected answers');
  else if (margin === null) marginLine = fixFirst('the margin of error');
  else {
    const plan = planForMargin(plannedWith, margin, confidence);
    marginLine = plan.ok
      ? { kind: 'answer', text: `You need ${formatPlannedAnswers(plan.value.answers)} for ${scoreName(metric)} ± ${getUnit(metric, margin, scale)} at ${level}.` }
      : blockedBy(plan.error, 'the figures');
  }

  let changeLine: PlanLine;
  if (!plannedWith) changeLine = fixFirst('the expected answers');
  else if (change === null) changeLine = fixFirst('the change to detect');
  else {
    const plan = planForChange(plannedWith, change, confidence, inputs.power);
    if (plan.ok) {
      const perGroup = plan.value.perGroup;
      const total = perGroup.kind === 'count' ? ` (${formatAnswers(perGroup.answers * 2)} in all)` : '';
      const what = metric === 'ces' ? `a difference of ${getUnit(metric, Math.abs(change), scale)} in the mean` : `a ${change > 0 ? 'rise' : 'fall'} of ${getUnit(metric, Math.abs(change), scale)}${describeShift(plan.value.shifted)}`;
      changeLine = {
        kind: 'answer',
        text: `You need ${formatPlannedAnswers(perGroup)} in each of two groups${total} to detect ${what} with ${String(inputs.power)}% power at ${level}.`,
      };
    } else changeLine = blockedBy(plan.error, 'the figures');
  }

  return { expected, expectedSource: typed ? 'typed' : fromData ? 'data' : 'start', errors, margin: marginLine, change: changeLine, data: observed ? describeObserved(metric, observed, confidence, scale) : null };
}

/** What the answers on the page give now, at 80% power. */
function describeObserved(metric: PlannerMetric, observed: PlannerObserved, confidence: ConfidenceLevel, scale: ScoreScale): PlanLine {
  const answers: ExpectedAnswers | null =
    metric === 'nps'
      ? observed.promoterShare === undefined || observed.detractorShare === undefined
        ? null
        : { metric: 'nps', promoterShare: observed.promoterShare, detractorShare: observed.detractorShare }
      : metric === 'csat'
        ? observed.share === undefined
          ? null
          : { metric: 'share', share: observed.share }
        : typeof observed.standardDeviation === 'number'
          ? { metric: 'mean', standardDeviation: observed.standardDeviation }
          : null;
  if (!answers || observed.n < 2) return { kind: 'blocked', text: 'One answer has no spread: there is no margin or detectable change to report yet.' };
  const power = describeDataPower({ ...answers, n: observed.n }, confidence);
  if (!power.ok) {
    return power.error.kind === 'standard-deviation-not-positive'
      ? { kind: 'blocked', text: 'Every answer is the same, so there is no spread to judge a margin or a change by yet.' }
      : { kind: 'blocked', text: describePlanningError(power.error, metric, { change: 0 }).message };
  }
  const decimals = metric === 'ces' ? 2 : 1;
  const unit = (value: number) => (metric === 'ces' ? `${formatNumber(value, decimals)} on the ${formatRange(scale.min, scale.max)} scale` : `${formatNumber(value, decimals)} ${metric === 'nps' ? 'points' : 'percentage points'}`);
  const { margin, detectableRise, detectableFall, detectableChange } = power.value;
  const groups = `Two groups of ${formatCount(observed.n)} would detect`;
  // Name the direction when the score cannot move the other way far enough (a share near 100% cannot rise 30 points).
  const detect =
    detectableChange === null
      ? 'Two groups of this size could not detect a change of any size with 80% power.'
      : metric === 'ces' || (detectableRise !== null && detectableFall !== null)
        ? `${groups} a change of about ${unit(detectableChange)} or more, up or down, with 80% power.`
        : `${groups} a ${detectableRise === null ? 'fall' : 'rise'} of about ${unit(detectableChange)} or more with 80% power; from here no ${detectableRise === null ? 'rise' : 'fall'} could be that large.`;
  return { kind: 'answer', text: `Your ${formatAnswers(observed.n)} give ${scoreName(metric)} ± ${unit(margin)} at ${String(confidence)}% confidence. ${detect}` };
}

function scoreName(metric: PlannerMetric): string {
  return metric === 'nps' ? 'NPS' : metric === 'csat' ? 'CSAT' : 'the mean';
}
