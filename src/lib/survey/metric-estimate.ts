/**
 * One workbench metric over counts per scale point: its value with its interval (NPS in points, CSAT as a
 * percentage, CES 2.0 as a mean of 1–7), two samples compared, and several segments compared, each through the
 * calculators' own functions, so the workbench and the calculators never disagree.
 */
import { calculateCes } from '../metrics/ces.ts';
import type { MeanComparison } from '../metrics/compare-means.ts';
import { compareMeans } from '../metrics/compare-means.ts';
import type { NpsComparison } from '../metrics/compare-nps.ts';
import { compareNps } from '../metrics/compare-nps.ts';
import type { SegmentComparison, SegmentInput } from '../metrics/compare-segments.ts';
import { compareSegments } from '../metrics/compare-segments.ts';
import type { ShareComparison, ShareSample } from '../metrics/compare-shares.ts';
import { compareShares } from '../metrics/compare-shares.ts';
import type { ConfidenceLevel } from '../metrics/confidence-level.ts';
import { calculateCsat } from '../metrics/csat.ts';
import type { NpsGroups } from '../metrics/nps-groups.ts';
import { calculateNps } from '../metrics/nps.ts';
import { getNpsAnswerSpread, getShareAnswerSpread } from './answer-spread.ts';
import type { PointCounts } from './read-breakdown.ts';
import { sum } from './read-breakdown.ts';
import type { SurveyMetric } from './survey-summary.ts';
import { getMetricScale } from './survey-summary.ts';

/** A metric's value over some answers, with its interval (null bounds when none can be given). */
export type MetricEstimate = {
  readonly n: number;
  readonly value: number;
  readonly lower: number | null;
  readonly upper: number | null;
};

/** Two samples of a metric compared. */
export type MetricComparison = NpsComparison | ShareComparison | MeanComparison;

/** The metric's name as the page writes it. */
export function getMetricName(metric: SurveyMetric): string {
  return metric.kind === 'nps' ? 'NPS' : metric.kind === 'csat' ? 'CSAT' : 'CES';
}

/** The range a metric's value can take, for chart axes: NPS −100 to 100, CSAT 0 to 100 %, CES 1 to 7. */
export function getMetricDomain(metric: SurveyMetric): readonly [number, number] {
  if (metric.kind === 'nps') return [-100, 100];
  if (metric.kind === 'csat') return [0, 100];
  const scale = getMetricScale(metric);
  return [scale.min, scale.max];
}

/** The unit a metric's value is shown in: NPS points, a CSAT percentage, or nothing for a mean rating. */
export function getMetricUnit(metric: SurveyMetric): 'points' | '%' | '' {
  return metric.kind === 'nps' ? 'points' : metric.kind === 'csat' ? '%' : '';
}

/** Promoters (9–10), passives (7–8) and detractors (0–6) of 0–10 counts. */
export function getNpsGroups(counts: PointCounts): NpsGroups {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  counts.forEach((count, score) => {
    if (score >= 9) promoters += count;
    else if (score >= 7) passives += count;
    else detractors += count;
  });
  return { promoters, passives, detractors };
}

/** Satisfied answers (at or above the threshold) of CSAT counts. */
function getShareSample(metric: Extract<SurveyMetric, { kind: 'csat' }>, counts: PointCounts): ShareSample {
  const { min } = getMetricScale(metric);
  let successes = 0;
  counts.forEach((count, index) => {
    if (min + index >= metric.threshold) successes += count;
  });
  return { successes, trials: sum(counts) };
}

/**
 * A metric's value and interval over counts: NPS with the adjusted-Wald interval, CSAT with the Wilson interval
 * (both as the calculators show them), CES 2.0's mean with the Student-t interval (none for one answer).
 *
 * @param metric the metric
 * @param counts counts per point of its scale
 * @param confidence 90, 95 or 99
 * @returns the estimate, or null when there are no answers
 * @example estimateMetric({ kind: 'nps' }, [0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 2], 95) // { n: 4, value: 25, lower: …, upper: … }
 */
export function estimateMetric(metric: SurveyMetric, counts: PointCounts, confidence: ConfidenceLevel): MetricEstimate | null {
  const n = sum(counts);
  if (n === 0) return null;
  if (metric.kind === 'nps') {
    const result = calculateNps(counts, { confidence });
    return result.ok ? { n, value: result.value.nps, lower: result.value.interval.lower, upper: result.value.interval.upper } : null;
  }
  if (metric.kind === 'csat') {
    const result = calculateCsat(counts, { scale: metric.scale, threshold: metric.threshold, confidence });
    if (!result.ok) return null;
    const { csat, interval } = result.value;
    return { n, value: csat * 100, lower: interval.lower * 100, upper: interval.upper * 100 };
  }
  const result = calculateCes(counts, { confidence });
  if (!result.ok) return null;
  const { meanAgreement, meanInterval } = result.value;
  return meanInterval.kind === 'interval'
    ? { n, value: meanAgreement, lower: meanInterval.lower, upper: meanInterval.upper }
    : { n, value: meanAgreement, lower: null, upper: null };
}

/**
 * Compare two samples of a metric (current − baseline) with the comparison engine: per-sample adjusted Wald for
 * NPS, Newcombe's interval and a pooled z or exact test for CSAT, Welch's t for CES.
 *
 * @param metric the metric
 * @param baseline counts of the earlier or reference sample
 * @param current counts of the later sample
 * @param confidence 90, 95 or 99
 * @returns the comparison, or null when a sample has no answers
 * @example compareMetric({ kind: 'nps' }, before, after, 95)?.difference // NPS after − NPS before
 */
export function compareMetric(metric: SurveyMetric, baseline: PointCounts, current: PointCounts, confidence: ConfidenceLevel): MetricComparison | null {
  if (sum(baseline) === 0 || sum(current) === 0) return null;
  if (metric.kind === 'nps') {
    const compared = compareNps(getNpsGroups(baseline), getNpsGroups(current), { confidence });
    return compared.ok ? compared.value : null;
  }
  if (metric.kind === 'csat') {
    const compared = compareShares(getShareSample(metric, baseline), getShareSample(metric, current), { confidence });
    return compared.ok ? compared.value : null;
  }
  const compared = compareMeans(baseline, current, getMetricScale(metric), { confidence });
  return compared.ok ? compared.value : null;
}

/**
 * Compare named segments of a metric: an overall test and every pair, Holm-corrected (see `compareSegments`).
 *
 * @param metric the metric
 * @param segments each segment's name and counts (names must differ)
 * @param confidence 90, 95 or 99
 * @param minimumN segments with fewer answers are left out of the tests
 * @returns the comparison, or null when the engine refused the input (a bug: counts come from the reader)
 * @example compareMetricSegments({ kind: 'nps' }, [{ name: 'Pro', counts }, { name: 'Free', counts: other }], 95, 30)?.kind // 'compared'
 */
export function compareMetricSegments(
  metric: SurveyMetric,
  segments: readonly { readonly name: string; readonly counts: PointCounts }[],
  confidence: ConfidenceLevel,
  minimumN: number,
): SegmentComparison | null {
  let input: SegmentInput;
  if (metric.kind === 'nps') input = { metric: 'nps', segments: segments.map(({ name, counts }) => ({ label: name, groups: getNpsGroups(counts) })) };
  else if (metric.kind === 'csat') {
    input = { metric: 'share', segments: segments.map(({ name, counts }) => ({ label: name, sample: getShareSample(metric, counts) })) };
  } else input = { metric: 'mean', scale: getMetricScale(metric), segments: segments.map(({ name, counts }) => ({ label: name, counts })) };
  const compared = compareSegments(input, { confidence, minimumN });
  return compared.ok ? compared.value : null;
}

/**
 * The spread of one answer in the metric's unit, over pooled counts, for control limits: NPS √(p + d − (p − d)²)
 * × 100, CSAT √(p(1 − p)) × 100, CES the standard deviation of the ratings.
 *
 * @param metric the metric
 * @param counts pooled counts
 * @returns the per-answer standard deviation, or null with fewer than two answers
 * @example getAnswerSpread({ kind: 'nps' }, [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1]) // 100
 * @see https://www.itl.nist.gov/div898/handbook/pmc/section3/pmc332.htm (NIST: proportions control charts)
 */
export function getAnswerSpread(metric: SurveyMetric, counts: PointCounts): number | null {
  const n = sum(counts);
  if (n < 2) return null;
  if (metric.kind === 'nps') {
    const { promoters, detractors } = getNpsGroups(counts);
    return getNpsAnswerSpread(promoters / n, detractors / n);
  }
  if (metric.kind === 'csat') return getShareAnswerSpread(getShareSample(metric, counts).successes / n) * 100;
  const { min } = getMetricScale(metric);
  let total = 0;
  counts.forEach((count, index) => {
    total += count * (min + index);
  });
  const mean = total / n;
  let squares = 0;
  counts.forEach((count, index) => {
    squares += count * (min + index - mean) ** 2;
  });
  return Math.sqrt(squares / (n - 1));
}
