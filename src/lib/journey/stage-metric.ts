/**
 * A stage's measured metric, computed with the calculators' own library (src/lib/metrics): the same
 * parsing of pasted answers and the same formulas and intervals as the NPS, CSAT and CES calculators.
 * This file only chooses which calculator to call and words the result for the map.
 */
import { calculateCesEffort, type CesEffortResult } from '../metrics/ces-effort.ts';
import { calculateCes, type CesResult } from '../metrics/ces.ts';
import { calculateCsat, type CsatResult } from '../metrics/csat.ts';
import { calculateNps, calculateNpsFromGroups, type NpsResult } from '../metrics/nps.ts';
import { parseCountFields } from '../metrics/parse-count-fields.ts';
import type { CountFieldError } from '../metrics/parse-count-field.ts';
import { parseNpsGroupFields } from '../metrics/parse-nps-group-fields.ts';
import { parseScores } from '../metrics/parse-scores.ts';
import type { ReliabilityWarning } from '../metrics/reliability-warning.ts';
import { describeScoreIssue } from '../metrics/score-issue.ts';
import type { ScoreCountsError } from '../metrics/validate-score-counts.ts';
import { capitalise, formatNumber, formatPercent, formatSigned } from '../text/format.ts';
import type { StageMetric } from './journey-map-schema.ts';
import { getCountFieldLabels, getMetricScale } from './stage-metric-fields.ts';

/** A computed metric, worded for the map. */
export interface StageMetricSummary {
  /** The metric's short name: "NPS", "CSAT", "CES 2.0", "CES 1.0". */
  readonly name: string;
  /** The number as shown: "+30", "60%", "5.4 / 7". */
  readonly value: string;
  /** Answers counted. */
  readonly n: number;
  /** The 95% interval in words: "95% interval +12 to +45". */
  readonly interval: string;
  /**
   * Where the value sits on its own scale, from 0 (worst) to 1 (best), for the small bar on the map.
   * Metrics on different scales are never compared with each other: each bar is read on its own scale.
   */
  readonly position: number;
  /** How to read the value: "−100 to +100, higher is better". */
  readonly scaleNote: string;
  /** Answers left out of a paste, with the first reasons. */
  readonly leftOut: number;
  readonly leftOutReasons: readonly string[];
  /** Reasons to read the number with care. */
  readonly warnings: readonly string[];
}

/** The outcome for one stage: nothing typed yet, input that cannot be used (with every reason), or the result. */
export type StageMetricOutcome =
  | { readonly kind: 'empty' }
  | { readonly kind: 'invalid'; readonly problems: readonly string[] }
  | { readonly kind: 'result'; readonly summary: StageMetricSummary };

const SHOWN_LEFT_OUT_REASONS = 3;

/**
 * Compute a stage's metric from what was pasted or typed.
 *
 * @param metric the stage's metric inputs
 * @returns empty, invalid with messages, or the worded result
 * @example computeStageMetric({ kind: 'nps', input: 'scores', scores: '10 9 9 6', … }).summary.value // '+50'
 * @see https://hbr.org/2003/12/the-one-number-you-need-to-grow (NPS), src/lib/metrics for every formula
 */
export function computeStageMetric(metric: StageMetric): StageMetricOutcome {
  const labels = getCountFieldLabels(metric);
  let counts: readonly number[];
  let leftOut = 0;
  let leftOutReasons: readonly string[] = [];
  if (metric.input === 'scores') {
    const parsed = parseScores(metric.scores, getMetricScale(metric), { maxIssues: SHOWN_LEFT_OUT_REASONS });
    if (parsed.kind === 'empty') return { kind: 'empty' };
    leftOut = parsed.leftOut;
    leftOutReasons = parsed.issues.map(describeScoreIssue);
    if (parsed.n === 0) {
      return { kind: 'invalid', problems: [`None of the ${String(parsed.leftOut)} pasted values could be counted.`, ...leftOutReasons] };
    }
    counts = parsed.counts;
  } else {
    const fields = labels.map((_label, index) => metric.counts[index] ?? '');
    if (metric.kind === 'nps') {
      const parsed = parseNpsGroupFields({ promoters: fields[0] ?? '', passives: fields[1] ?? '', detractors: fields[2] ?? '' });
      if (parsed.kind === 'empty') return { kind: 'empty' };
      if (parsed.kind === 'invalid') {
        return { kind: 'invalid', problems: parsed.issues.map((issue) => `${capitalise(issue.group)}: ${describeCountError(issue.error)}`) };
      }
      const result = calculateNpsFromGroups(parsed.groups);
      if (!result.ok) return { kind: 'invalid', problems: [describeCountsError(result.error)] };
      return summarise(metric, { kind: 'nps', result: result.value }, 0, []);
    }
    const parsed = parseCountFields(fields, getMetricScale(metric));
    if (parsed.kind === 'empty') return { kind: 'empty' };
    if (parsed.kind === 'invalid') {
      return {
        kind: 'invalid',
        problems: parsed.issues.map((issue) => `${labels[issue.score - getMetricScale(metric).min] ?? 'A count'}: ${describeCountError(issue.error)}`),
      };
    }
    counts = parsed.counts;
  }
  const computed = calculate(metric, counts);
  if (computed.kind === 'error') return { kind: 'invalid', problems: [describeCountsError(computed.error)] };
  return summarise(metric, computed, leftOut, leftOutReasons);
}

type Calculated =
  | { readonly kind: 'nps'; readonly result: NpsResult }
  | { readonly kind: 'csat'; readonly result: CsatResult }
  | { readonly kind: 'ces-2.0'; readonly result: CesResult }
  | { readonly kind: 'ces-1.0'; readonly result: CesEffortResult };

function calculate(metric: StageMetric, counts: readonly number[]): Calculated | { readonly kind: 'error'; readonly error: ScoreCountsError | { readonly kind: string } } {
  switch (metric.kind) {
    case 'nps': {
      const result = calculateNps(counts);
      return result.ok ? { kind: 'nps', result: result.value } : { kind: 'error', error: result.error };
    }
    case 'csat': {
      const result = calculateCsat(counts, { scale: metric.csatScale });
      return result.ok ? { kind: 'csat', result: result.value } : { kind: 'error', error: result.error };
    }
    case 'ces':
      if (metric.cesVariant === 'ces-2.0') {
        const result = calculateCes(counts);
        return result.ok ? { kind: 'ces-2.0', result: result.value } : { kind: 'error', error: result.error };
      } else {
        const result = calculateCesEffort(counts);
        return result.ok ? { kind: 'ces-1.0', result: result.value } : { kind: 'error', error: result.error };
      }
    default:
      return metric.kind satisfies never;
  }
}

function summarise(metric: StageMetric, computed: Calculated, leftOut: number, leftOutReasons: readonly string[]): StageMetricOutcome {
  const common = { leftOut, leftOutReasons };
  switch (computed.kind) {
    case 'nps': {
      const { nps, n, interval, warnings } = computed.result;
      return result({
        name: 'NPS',
        value: formatSigned(nps),
        n,
        interval: `95% interval ${formatSigned(interval.lower)} to ${formatSigned(interval.upper)}`,
        position: clamp01((nps + 100) / 200),
        scaleNote: '−100 to +100, higher is better',
        warnings: warnings.map(describeWarning),
        ...common,
      });
    }
    case 'csat': {
      const { csat, n, interval, threshold, max, warnings } = computed.result;
      return result({
        name: 'CSAT',
        value: formatPercent(csat),
        n,
        interval: `95% interval ${formatPercent(interval.lower)} to ${formatPercent(interval.upper)}`,
        position: clamp01(csat),
        scaleNote: `share answering ${String(threshold)}–${String(max)} on ${metric.csatScale.replace('-', '–')}, higher is better`,
        warnings: warnings.map(describeWarning),
        ...common,
      });
    }
    case 'ces-2.0': {
      const { meanAgreement, n, meanInterval, warnings } = computed.result;
      return result({
        name: 'CES 2.0',
        value: `${formatNumber(meanAgreement, { decimals: 1 })} / 7`,
        n,
        interval: describeMeanInterval(meanInterval),
        position: clamp01((meanAgreement - 1) / 6),
        scaleNote: 'mean agreement 1–7 that it was easy, higher is better',
        warnings: warnings.map(describeWarning),
        ...common,
      });
    }
    case 'ces-1.0': {
      const { meanEffort, n, meanInterval, warnings } = computed.result;
      return result({
        name: 'CES 1.0',
        value: `${formatNumber(meanEffort, { decimals: 1 })} / 5`,
        n,
        interval: describeMeanInterval(meanInterval),
        position: clamp01((5 - meanEffort) / 4),
        scaleNote: 'mean effort 1–5, lower is better',
        warnings: warnings.map(describeWarning),
        ...common,
      });
    }
    default:
      return computed satisfies never;
  }
}

function result(summary: StageMetricSummary): StageMetricOutcome {
  return { kind: 'result', summary };
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

function describeMeanInterval(interval: { readonly kind: 'interval'; readonly lower: number; readonly upper: number } | { readonly kind: 'unavailable' }): string {
  return interval.kind === 'interval'
    ? `95% interval ${formatNumber(interval.lower, { decimals: 1 })} to ${formatNumber(interval.upper, { decimals: 1 })}`
    : 'no interval from a single answer';
}

function describeWarning(warning: ReliabilityWarning): string {
  switch (warning) {
    case 'single-response':
      return 'Only one answer: this is an anecdote, not a measure.';
    case 'no-variation':
      return 'Every answer is the same: the interval cannot show how much this could vary.';
    case 'wide-interval':
      return 'The interval is wide: collect more answers before comparing stages.';
    default:
      return warning satisfies never;
  }
}

function describeCountError(error: CountFieldError): string {
  switch (error.kind) {
    case 'not-a-number':
      return `“${error.text}” is not a number`;
    case 'negative':
      return 'a count cannot be negative';
    case 'not-whole':
      return `${formatNumber(error.value, { decimals: 2 })} is not a whole number`;
    case 'too-large':
      return 'this count is too large to add up exactly';
    default:
      return error satisfies never;
  }
}

function describeCountsError(error: ScoreCountsError | { readonly kind: string }): string {
  switch (error.kind) {
    case 'no-responses':
      return 'Every count is 0: type at least one answer.';
    case 'too-many-responses':
      return 'The counts add up to more than can be counted exactly.';
    default:
      return 'These counts cannot be used: check that each is a whole number of 0 or more.';
  }
}

