/**
 * The CES results in words and rows. CES 2.0 (agreement, 1–7, higher is easier) and CES 1.0 (effort, 1–5,
 * lower is easier) get separate functions and labels that always name the version, so the two are never read
 * as one another.
 */
import type { CesEffortResult } from '../../lib/metrics/ces-effort.ts';
import type { CesResult } from '../../lib/metrics/ces.ts';
import type { MeanInterval } from '../../lib/metrics/mean-interval.ts';
import type { ReliabilityWarning } from '../../lib/metrics/reliability-warning.ts';
import type { ScoreScale } from '../../lib/metrics/score-scale.ts';
import { roundHalfAwayFromZero } from '../../lib/metrics/statistics/round-half-away-from-zero.ts';
import type { ScoreBar } from '../score-input/ScoreBarChart.tsx';
import { formatAnswers, formatCount, formatNumber, formatPercent, formatSigned } from '../score-input/format.ts';
import type { SummaryExports, SummaryRow } from '../score-input/summary-exports.ts';
import { buildSummaryExports } from '../score-input/summary-exports.ts';

/** How CES numbers are rounded, said on the page and in the exports. */
export const CES_ROUNDING_NOTE =
  'Means are rounded half away from zero to two decimals, shares to one decimal, and the net score to a whole number (−12.5 shows as −13).';

/** "2.51 to 3.02", or why there is no interval. */
export function formatMeanInterval(interval: MeanInterval): string {
  return interval.kind === 'interval' ? `${formatNumber(interval.lower, 2)} to ${formatNumber(interval.upper, 2)}` : 'none for a single answer';
}

/**
 * How the interval of the mean was found: "Student t, 5 df", and where t reached past the scale, that it was cut
 * at the scale's end (a mean cannot leave the scale, so the cut is honest, but the reader should know).
 */
export function describeMeanIntervalMethod(interval: MeanInterval, scale: ScoreScale): string {
  if (interval.kind !== 'interval') return 'Student t';
  const method = `Student t, ${formatCount(interval.degreesOfFreedom)} df`;
  return interval.clamped ? `${method}; cut at the end of the ${String(scale.min)}–${String(scale.max)} scale` : method;
}

/** The exports' note when the interval of the mean was cut at the scale's end; none otherwise. */
function getCutIntervalNotes(interval: MeanInterval, scale: ScoreScale): string[] {
  if (interval.kind !== 'interval' || !interval.clamped) return [];
  return [`The t interval of the mean reached past the ${String(scale.min)}–${String(scale.max)} scale and was cut at its end.`];
}

/** CES 2.0 bars: disagree (1–3), neutral (4), agree (5–7). */
export function getCes2Bars(result: CesResult): ScoreBar[] {
  return result.distribution.map((count, index) => {
    const score = result.scale.min + index;
    if (score >= 5) return { label: String(score), count, tone: 'good', group: 'Agree' };
    if (score === 4) return { label: String(score), count, tone: 'middle', group: 'Neutral' };
    return { label: String(score), count, tone: 'bad', group: 'Disagree' };
  });
}

/** CES 1.0 bars: low effort (1–2), moderate (3), high effort (4–5). */
export function getCes1Bars(result: CesEffortResult): ScoreBar[] {
  return result.distribution.map((count, index) => {
    const score = result.scale.min + index;
    if (score <= 2) return { label: String(score), count, tone: 'good', group: 'Low effort' };
    if (score === 3) return { label: String(score), count, tone: 'middle', group: 'Moderate' };
    return { label: String(score), count, tone: 'bad', group: 'High effort' };
  });
}

/** Plain sentences for each reason to read a CES result with care. */
export function getCesReliabilityNotes(warnings: readonly ReliabilityWarning[], n: number, interval: MeanInterval): string[] {
  // One answer has no interval at all: "the interval has no width" would contradict that.
  const shown = warnings.includes('single-response') ? warnings.filter((warning) => warning !== 'no-variation') : warnings;
  return shown.map((warning) => {
    switch (warning) {
      case 'single-response':
        return 'There is only one answer: one person’s rating says almost nothing about everyone else, and no interval can be given.';
      case 'no-variation':
        return 'Every answer is the same, so the spread is 0 and the interval has no width. That is not real precision: collect more answers.';
      case 'wide-interval':
        return interval.kind === 'interval'
          ? `The interval is wide: with ${formatAnswers(n)} the mean could be anywhere from ${formatMeanInterval(interval)}. Collect more answers before acting on it.`
          : `With ${formatAnswers(n)} the mean cannot be pinned down. Collect more answers before acting on it.`;
      default:
        warning satisfies never;
        return '';
    }
  });
}

/** The short sentence the live region reads when a CES 2.0 result changes. */
export function getCes2Announcement(result: CesResult): string {
  const interval = result.meanInterval.kind === 'interval' ? `; ${String(result.confidence)}% interval ${formatMeanInterval(result.meanInterval)}` : '';
  return `CES 2.0 mean ${formatNumber(result.meanAgreement, 2)} of 7 from ${formatAnswers(result.n)}${interval}; ${formatPercent(result.agreeShare)} agree.`;
}

/** The short sentence the live region reads when a CES 1.0 result changes. */
export function getCes1Announcement(result: CesEffortResult): string {
  const interval = result.meanInterval.kind === 'interval' ? `; ${String(result.confidence)}% interval ${formatMeanInterval(result.meanInterval)}` : '';
  return `CES 1.0 mean effort ${formatNumber(result.meanEffort, 2)} of 5 (lower is better) from ${formatAnswers(result.n)}${interval}.`;
}

function getIntervalRows(interval: MeanInterval, level: string): SummaryRow[] {
  if (interval.kind !== 'interval') return [{ label: `${level} interval of the mean`, shown: 'none (one answer)', value: '', unit: '' }];
  return [
    { label: `${level} interval of the mean, lower (Student t)`, shown: formatNumber(interval.lower, 2), value: roundHalfAwayFromZero(interval.lower, 2), unit: 'points' },
    { label: `${level} interval of the mean, upper (Student t)`, shown: formatNumber(interval.upper, 2), value: roundHalfAwayFromZero(interval.upper, 2), unit: 'points' },
  ];
}

const percent = (share: number) => roundHalfAwayFromZero(share * 100, 1);

/** Text, Markdown and CSV of a CES 2.0 result. */
export function getCes2Exports(result: CesResult, source: readonly SummaryRow[] = []): SummaryExports {
  const level = `${String(result.confidence)}%`;
  const rows: SummaryRow[] = [
    { label: 'CES 2.0 mean agreement (1–7, higher is easier)', shown: formatNumber(result.meanAgreement, 2), value: roundHalfAwayFromZero(result.meanAgreement, 2), unit: 'points' },
    ...getIntervalRows(result.meanInterval, level),
    { label: 'Answers', shown: formatCount(result.n), value: result.n, unit: 'answers' },
    { label: 'Agree (5–7)', shown: `${formatCount(result.agreeCount)} (${formatPercent(result.agreeShare)})`, value: percent(result.agreeShare), unit: '%' },
    { label: `${level} interval of the agree share, lower (Wilson)`, shown: formatPercent(result.agreeInterval.lower), value: percent(result.agreeInterval.lower), unit: '%' },
    { label: `${level} interval of the agree share, upper (Wilson)`, shown: formatPercent(result.agreeInterval.upper), value: percent(result.agreeInterval.upper), unit: '%' },
    { label: 'Net CES (% 6–7 − % 1–3)', shown: formatSigned(result.netScore), value: roundHalfAwayFromZero(result.netScore), unit: 'points' },
  ];
  result.distribution.forEach((count, index) => {
    rows.push({ label: `Answered ${String(result.scale.min + index)}`, shown: formatCount(count), value: count, unit: 'answers' });
  });
  return buildSummaryExports('Customer Effort Score, CES 2.0', [...rows, ...source], [CES_ROUNDING_NOTE, ...getCutIntervalNotes(result.meanInterval, result.scale), 'Not comparable with CES 1.0 (1–5 effort scale).'], 'ces-2-results.csv');
}

/** Text, Markdown and CSV of a CES 1.0 result. */
export function getCes1Exports(result: CesEffortResult, source: readonly SummaryRow[] = []): SummaryExports {
  const level = `${String(result.confidence)}%`;
  const rows: SummaryRow[] = [
    { label: 'CES 1.0 mean effort (1–5, lower is easier)', shown: formatNumber(result.meanEffort, 2), value: roundHalfAwayFromZero(result.meanEffort, 2), unit: 'points' },
    ...getIntervalRows(result.meanInterval, level),
    { label: 'Answers', shown: formatCount(result.n), value: result.n, unit: 'answers' },
    { label: 'Low effort (1–2)', shown: `${formatCount(result.lowEffortCount)} (${formatPercent(result.lowEffortShare)})`, value: percent(result.lowEffortShare), unit: '%' },
    { label: 'High effort (4–5)', shown: `${formatCount(result.highEffortCount)} (${formatPercent(result.highEffortShare)})`, value: percent(result.highEffortShare), unit: '%' },
  ];
  result.distribution.forEach((count, index) => {
    rows.push({ label: `Answered ${String(result.scale.min + index)}`, shown: formatCount(count), value: count, unit: 'answers' });
  });
  return buildSummaryExports('Customer Effort Score, CES 1.0 (effort)', [...rows, ...source], [CES_ROUNDING_NOTE, ...getCutIntervalNotes(result.meanInterval, result.scale), 'Not comparable with CES 2.0 (1–7 agreement scale).'], 'ces-1-results.csv');
}
