/** The NPS result in words and rows: the live announcement, the reliability notes, and the exports. */
import type { NpsComparison } from '../../lib/metrics/compare-nps.ts';
import type { NpsResult } from '../../lib/metrics/nps.ts';
import type { NpsInterval } from '../../lib/metrics/adjusted-wald-nps-interval.ts';
import { describeNpsChange } from '../../lib/metrics/describe-nps-change.ts';
import { formatPValue } from '../../lib/metrics/format-p-value.ts';
import { roundHalfAwayFromZero } from '../../lib/metrics/statistics/round-half-away-from-zero.ts';
import type { ScoreBar } from '../score-input/ScoreBarChart.tsx';
import { capitalise, formatAnswers, formatCount, formatNumber, formatPercent, formatSigned } from '../score-input/format.ts';
import type { SummaryExports, SummaryRow } from '../score-input/summary-exports.ts';
import { buildSummaryExports } from '../score-input/summary-exports.ts';

/** How NPS numbers are rounded, said on the page and in the exports. */
export const NPS_ROUNDING_NOTE =
  'NPS is rounded half away from zero to a whole number (−12.5 shows as −13, 12.5 as 13); intervals and margins to one decimal.';

/** The NPS as shown: a whole number, rounded half away from zero. */
export function formatNps(nps: number): string {
  return formatNumber(nps, 0);
}

/** The group of a score on the 0–10 scale. */
export function getNpsGroupOfScore(score: number): 'Promoter' | 'Passive' | 'Detractor' {
  if (score >= 9) return 'Promoter';
  if (score >= 7) return 'Passive';
  return 'Detractor';
}

/** Bars of the 0–10 distribution, coloured by group. */
export function getNpsBars(distribution: readonly number[]): ScoreBar[] {
  return distribution.map((count, score) => {
    const group = getNpsGroupOfScore(score);
    return { label: String(score), count, group, tone: group === 'Promoter' ? 'good' : group === 'Passive' ? 'middle' : 'bad' };
  });
}

/** Bars of the three groups, when only group totals were given. */
export function getNpsGroupBars(result: NpsResult): ScoreBar[] {
  return [
    { label: '0–6', count: result.detractors, group: 'Detractors', tone: 'bad' },
    { label: '7–8', count: result.passives, group: 'Passives', tone: 'middle' },
    { label: '9–10', count: result.promoters, group: 'Promoters', tone: 'good' },
  ];
}

/** Plain sentences for each reason to read the NPS with care. */
export function getNpsReliabilityNotes(result: NpsResult): string[] {
  return result.warnings.map((warning) => {
    switch (warning) {
      case 'single-response':
        return 'There is only one answer: one person’s score says almost nothing about everyone else.';
      case 'no-variation': {
        const group = result.promoters === result.n ? 'promoter' : result.passives === result.n ? 'passive' : 'detractor';
        return `Every answer is a ${group}, so the conventional margin of error comes out as 0. That is not real precision: read the adjusted-Wald interval instead.`;
      }
      case 'wide-interval':
        return `The interval is wide: with ${formatAnswers(result.n)} the NPS could be anywhere from ${formatNumber(result.interval.lower, 1)} to ${formatNumber(result.interval.upper, 1)}. Collect more answers before acting on it.`;
      default:
        warning satisfies never;
        return '';
    }
  });
}

const NPS_INTERVAL_METHOD = 'adjusted-Wald (Rocks 2016)';

/** How the interval was found, and, when it reached past the NPS range, that it was cut there. */
export function describeNpsIntervalMethod(interval: NpsInterval): string {
  return interval.clamped ? `${NPS_INTERVAL_METHOD}; cut at the −100 to 100 range` : NPS_INTERVAL_METHOD;
}

/** How the interval of the change was found, and, when it reached past ±200, that it was cut there. */
export function describeChangeIntervalMethod(comparison: NpsComparison): string {
  const method = 'adjusted-Wald, each period (Rocks 2016)';
  return comparison.interval.clamped ? `${method}; cut at the −200 to 200 range` : method;
}

/** Which test gave the p-value of the change, in a few words. */
export function describeChangeTest(comparison: NpsComparison): string {
  return comparison.test === 'exact-permutation' ? 'exact permutation test' : 'adjusted-Wald z test';
}

/** The short sentence the live region reads when the result changes. */
export function getNpsAnnouncement(result: NpsResult, comparison: NpsComparison | null): string {
  const base = `NPS ${formatNps(result.nps)} from ${formatAnswers(result.n)}; ${String(result.confidence)}% interval ${formatNumber(result.interval.lower, 1)} to ${formatNumber(result.interval.upper, 1)}.`;
  return comparison ? `${base} ${capitalise(describeNpsChange(comparison))}.` : base;
}

/** One period's measures as summary rows; `prefix` names the period in a comparison ("Earlier period"). */
function getPeriodRows(result: NpsResult, prefix: string): SummaryRow[] {
  const level = `${String(result.confidence)}%`;
  const label = (text: string) => (prefix === '' ? text : `${prefix}: ${text.charAt(0).toLowerCase()}${text.slice(1)}`);
  const rows: SummaryRow[] = [
    { label: prefix === '' ? 'NPS' : `${prefix}: NPS`, shown: formatNps(result.nps), value: roundHalfAwayFromZero(result.nps), unit: 'points' },
    { label: label('Answers'), shown: formatCount(result.n), value: result.n, unit: 'answers' },
    { label: label('Promoters (9–10)'), shown: `${formatCount(result.promoters)} (${formatPercent(result.promoterShare)})`, value: result.promoters, unit: 'answers' },
    { label: label('Passives (7–8)'), shown: `${formatCount(result.passives)} (${formatPercent(result.passiveShare)})`, value: result.passives, unit: 'answers' },
    { label: label('Detractors (0–6)'), shown: `${formatCount(result.detractors)} (${formatPercent(result.detractorShare)})`, value: result.detractors, unit: 'answers' },
    { label: label('Promoter share'), shown: formatPercent(result.promoterShare), value: roundHalfAwayFromZero(result.promoterShare * 100, 1), unit: '%' },
    { label: label('Passive share'), shown: formatPercent(result.passiveShare), value: roundHalfAwayFromZero(result.passiveShare * 100, 1), unit: '%' },
    { label: label('Detractor share'), shown: formatPercent(result.detractorShare), value: roundHalfAwayFromZero(result.detractorShare * 100, 1), unit: '%' },
    { label: label(`${level} interval, lower (adjusted-Wald)`), shown: formatNumber(result.interval.lower, 1), value: roundHalfAwayFromZero(result.interval.lower, 1), unit: 'points' },
    { label: label(`${level} interval, upper (adjusted-Wald)`), shown: formatNumber(result.interval.upper, 1), value: roundHalfAwayFromZero(result.interval.upper, 1), unit: 'points' },
    { label: label(`Margin of error (±z·SE, ${level})`), shown: `±${formatNumber(result.marginOfError, 1)}`, value: roundHalfAwayFromZero(result.marginOfError, 1), unit: 'points' },
    { label: label('Standard error'), shown: formatNumber(result.standardError, 2), value: roundHalfAwayFromZero(result.standardError, 2), unit: 'points' },
  ];
  result.distribution?.forEach((count, score) => {
    rows.push({ label: label(`Answered ${String(score)}`), shown: formatCount(count), value: count, unit: 'answers' });
  });
  return rows;
}

/**
 * Text, Markdown and CSV of the result; with a comparison, both periods in full (every measure and the answers
 * by score of each), then the change.
 */
export function getNpsExports(
  result: NpsResult,
  comparison: NpsComparison | null,
  source: readonly SummaryRow[] = [],
  baseline: NpsResult | null = null,
): SummaryExports {
  const level = `${String(result.confidence)}%`;
  const rows: SummaryRow[] = getPeriodRows(result, comparison && baseline ? 'This period' : '');
  if (comparison && baseline) rows.push(...getPeriodRows(baseline, 'Earlier period'));
  if (comparison && !baseline) {
    rows.push(
      { label: 'Earlier period NPS', shown: formatNps(comparison.baseline.nps), value: roundHalfAwayFromZero(comparison.baseline.nps), unit: 'points' },
      { label: 'Earlier period answers', shown: formatCount(comparison.baseline.n), value: comparison.baseline.n, unit: 'answers' },
    );
  }
  if (comparison) {
    rows.push(
      { label: 'Change', shown: formatSigned(comparison.difference, 1), value: roundHalfAwayFromZero(comparison.difference, 1), unit: 'points' },
      { label: 'Standard error of the change', shown: formatNumber(comparison.standardError, 2), value: roundHalfAwayFromZero(comparison.standardError, 2), unit: 'points' },
      { label: `${level} interval of the change, lower`, shown: formatNumber(comparison.interval.lower, 1), value: roundHalfAwayFromZero(comparison.interval.lower, 1), unit: 'points' },
      { label: `${level} interval of the change, upper`, shown: formatNumber(comparison.interval.upper, 1), value: roundHalfAwayFromZero(comparison.interval.upper, 1), unit: 'points' },
      { label: `p-value (two-sided: ${describeChangeTest(comparison)})`, shown: formatPValue(comparison.pValue).replace(/^p [=<] /, (match) => (match.includes('<') ? '< ' : '')), value: comparison.pValue, unit: '' },
    );
  }
  const notes = [NPS_ROUNDING_NOTE, `Interval: ${describeNpsIntervalMethod(result.interval)}.`];
  if (comparison) notes.push(`Interval of the change: ${describeChangeIntervalMethod(comparison)}.`, `${capitalise(describeNpsChange(comparison))}.`);
  return buildSummaryExports('Net Promoter Score', [...rows, ...source], notes, 'nps-results.csv');
}
