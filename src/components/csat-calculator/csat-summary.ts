/** The CSAT result in words and rows: the chart's bars, the reliability notes, the live announcement, the exports. */
import type { CsatResult } from '../../lib/metrics/csat.ts';
import { roundHalfAwayFromZero } from '../../lib/metrics/statistics/round-half-away-from-zero.ts';
import type { ScoreBar } from '../score-input/ScoreBarChart.tsx';
import { formatAnswers, formatCount, formatNumber, formatPercent, formatRange } from '../score-input/format.ts';
import type { SummaryExports, SummaryRow } from '../score-input/summary-exports.ts';
import { buildSummaryExports } from '../score-input/summary-exports.ts';

/** How CSAT numbers are rounded, said on the page and in the exports. */
export const CSAT_ROUNDING_NOTE = 'Shares are rounded half away from zero to one decimal (87.25% shows as 87.3%), the mean to two decimals.';

/** The answers counted as satisfied: "4–5", or "5" when only the top point counts. */
export function describeSatisfiedRange(threshold: number, max: number): string {
  return formatRange(threshold, max);
}

/** Bars of the distribution: satisfied answers in the accent colour, the rest in the warning colour. */
export function getCsatBars(result: CsatResult): ScoreBar[] {
  return result.distribution.map((count, index) => {
    const score = result.min + index;
    const satisfied = score >= result.threshold;
    return { label: String(score), count, tone: satisfied ? 'good' : 'bad', group: satisfied ? 'Satisfied' : 'Not satisfied' };
  });
}

/** Plain sentences for each reason to read the CSAT with care. */
export function getCsatReliabilityNotes(result: CsatResult): string[] {
  return result.warnings.map((warning) => {
    switch (warning) {
      case 'single-response':
        return 'There is only one answer: one person’s rating says almost nothing about everyone else.';
      case 'no-variation':
        return 'Every answer is the same, so the spread is 0. That is not real precision: read the Wilson interval instead.';
      case 'wide-interval':
        return `The interval is wide: with ${formatAnswers(result.n)} the satisfied share could be anywhere from ${formatPercent(result.interval.lower)} to ${formatPercent(result.interval.upper)}. Collect more answers before acting on it.`;
      default:
        warning satisfies never;
        return '';
    }
  });
}

/** The short sentence the live region reads when the result changes. */
export function getCsatAnnouncement(result: CsatResult): string {
  return `CSAT ${formatPercent(result.csat)} satisfied from ${formatAnswers(result.n)}; ${String(result.confidence)}% interval ${formatPercent(result.interval.lower)} to ${formatPercent(result.interval.upper)}.`;
}

/** Text, Markdown and CSV of the result. */
export function getCsatExports(result: CsatResult, source: readonly SummaryRow[] = []): SummaryExports {
  const level = `${String(result.confidence)}%`;
  const satisfied = describeSatisfiedRange(result.threshold, result.max);
  const percent = (share: number) => roundHalfAwayFromZero(share * 100, 1);
  const rows: SummaryRow[] = [
    { label: `CSAT (share answering ${satisfied})`, shown: formatPercent(result.csat), value: percent(result.csat), unit: '%' },
    { label: 'Scale', shown: formatRange(result.min, result.max), value: formatRange(result.min, result.max), unit: '' },
    { label: 'Satisfied from', shown: formatCount(result.threshold), value: result.threshold, unit: '' },
    { label: 'Answers', shown: formatCount(result.n), value: result.n, unit: 'answers' },
    { label: 'Satisfied answers', shown: formatCount(result.satisfiedCount), value: result.satisfiedCount, unit: 'answers' },
    { label: `${level} interval, lower (Wilson)`, shown: formatPercent(result.interval.lower), value: percent(result.interval.lower), unit: '%' },
    { label: `${level} interval, upper (Wilson)`, shown: formatPercent(result.interval.upper), value: percent(result.interval.upper), unit: '%' },
    { label: 'Mean rating', shown: formatNumber(result.mean, 2), value: roundHalfAwayFromZero(result.mean, 2), unit: 'points' },
    { label: `Top box (${formatCount(result.max)})`, shown: `${formatCount(result.topBoxCount)} (${formatPercent(result.topBoxShare)})`, value: percent(result.topBoxShare), unit: '%' },
  ];
  result.distribution.forEach((count, index) => {
    rows.push({ label: `Answered ${String(result.min + index)}`, shown: formatCount(count), value: count, unit: 'answers' });
  });
  return buildSummaryExports('Customer satisfaction (CSAT)', [...rows, ...source], [CSAT_ROUNDING_NOTE, 'Interval: Wilson score interval (Wilson 1927).'], 'csat-results.csv');
}
