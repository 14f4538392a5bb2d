import { useId, useRef } from 'react';
import { getMetricDomain, getMetricName, getMetricUnit } from '../../lib/survey/metric-estimate.ts';
import { describeUndated } from '../../lib/survey/describe-survey.ts';
import { sum } from '../../lib/survey/read-breakdown.ts';
import { describePeriodComparison } from '../../lib/survey/survey-exports.ts';
import type { TrendReport } from '../../lib/survey/survey-report.ts';
import { MAX_TREND_PERIODS } from '../../lib/survey/survey-report.ts';
import type { SurveySummary } from '../../lib/survey/survey-summary.ts';
import type { PeriodChoice, SurveyView } from '../../lib/survey/survey-view.ts';
import { setSurveyView } from '../../stores/survey-workbench.ts';
import { describeIntervalGap } from '../../lib/metrics/describe-interval-gap.ts';
import { capitalise } from '../score-input/format.ts';
import { ChartExportButtons } from './ChartExportButtons.tsx';
import { TrendChart } from './TrendChart.tsx';

const PERIOD_CHOICES: readonly { readonly value: PeriodChoice; readonly label: string }[] = [
  { value: 'auto', label: 'Automatic' },
  { value: 'day', label: 'Day' },
  { value: 'week', label: 'Week' },
  { value: 'month', label: 'Month' },
  { value: 'quarter', label: 'Quarter' },
];

const KIND_NAMES = { day: 'day', week: 'week', month: 'month', quarter: 'quarter' } as const;

export interface TrendSectionProps {
  readonly report: TrendReport;
  readonly summary: SurveySummary;
  readonly view: SurveyView;
}

/** The score per period: the line with its interval band or the control chart, its table, and the latest change. */
export function TrendSection({ report, summary, view }: TrendSectionProps) {
  const id = useId();
  const svgRef = useRef<SVGSVGElement>(null);
  const { metric } = summary;
  const name = getMetricName(metric);
  const control = view.trend === 'control' ? report.control : null;
  const caption =
    view.trend === 'control'
      ? `${name} by ${KIND_NAMES[report.kind]}, with control limits from all periods together`
      : `${name} by ${KIND_NAMES[report.kind]}, with ${String(view.confidence)}% intervals`;
  const moved = report.control?.points.filter((point) => point.moved !== null).length ?? 0;
  const runs = report.control?.points.filter((point) => point.run !== null).length ?? 0;
  const tooFew = report.periods.filter((period) => period.n > 0 && period.tooFew).length;
  const empty = report.periods.filter((period) => period.n === 0).length;
  const latest = report.latest;
  // Periods whose adjusted interval leaves out their own score (one or two answers, all alike): say why once.
  const gaps = report.periods.filter(
    (period) => period.estimate !== null && period.estimate.lower !== null && period.estimate.upper !== null && (period.estimate.value < period.estimate.lower || period.estimate.value > period.estimate.upper),
  );
  const firstGap = gaps[0]?.estimate;
  const gapNote =
    gaps[0] && firstGap && firstGap.lower !== null && firstGap.upper !== null
      ? describeIntervalGap({ estimate: firstGap.value, lower: firstGap.lower, upper: firstGap.upper, n: gaps[0].n, kind: 'score' })
      : null;

  return (
    <section className="survey-section" aria-labelledby="survey-trend">
      <h2 id="survey-trend">Over time</h2>
      <p className="survey-section__note">
        Dates from “{report.column}”, by {KIND_NAMES[report.kind]}. {describeUndated(report, sum(summary.counts))}
      </p>
      <div className="survey-section__settings">
        <div className="field">
          <label htmlFor={`${id}-period`}>Period</label>
          <select id={`${id}-period`} value={view.period} onChange={(event) => setSurveyView({ period: event.currentTarget.value as PeriodChoice })}>
            {PERIOD_CHOICES.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.value === 'auto' ? `Automatic (${KIND_NAMES[report.kind]})` : choice.label}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>Show</legend>
          <div className="segmented">
            <label>
              <input type="radio" name={`${id}-trend`} checked={view.trend === 'interval'} onChange={() => setSurveyView({ trend: 'interval' })} />
              Intervals
            </label>
            <label>
              <input type="radio" name={`${id}-trend`} checked={view.trend === 'control'} onChange={() => setSurveyView({ trend: 'control' })} />
              Control chart
            </label>
          </div>
        </fieldset>
      </div>
      {report.periods.length === 0 ? (
        <p>No answer has a readable date in {report.column}: choose another date column, or see the notes above.</p>
      ) : (
        <>
          <TrendChart
            caption={caption}
            unit={getMetricUnit(metric)}
            domain={getMetricDomain(metric)}
            points={report.periods.map((period, index) => ({
              id: period.label,
              label: period.humanLabel,
              n: period.n,
              value: period.estimate?.value ?? null,
              lower: control ? null : (period.estimate?.lower ?? null),
              upper: control ? null : (period.estimate?.upper ?? null),
              tooFew: period.n > 0 && period.tooFew,
              moved: control ? (report.control?.points[index]?.moved ?? null) : null,
            }))}
            control={control ? { centre: control.centre, limits: control.points.map((point) => ({ lower: point.lower, upper: point.upper })) } : null}
            svgRef={svgRef}
          />
          <ChartExportButtons svgRef={svgRef} caption={caption} />
          <ul className="survey-section__facts">
            {report.tooFine && (
              <li>
                By {KIND_NAMES[report.tooFine]} the dates would make more than {String(MAX_TREND_PERIODS)} periods, too many to read: shown by {KIND_NAMES[report.kind]}{' '}
                instead.
              </li>
            )}
            {empty > 0 && (
              <li>
                {String(empty)} {empty === 1 ? `${KIND_NAMES[report.kind]} has` : `${KIND_NAMES[report.kind]}s have`} no answers: shown as gaps.
              </li>
            )}
            {gapNote && (
              <li>
                {gaps.length === 1 ? gaps[0]?.humanLabel : `${String(gaps.length)} periods (first ${gaps[0]?.humanLabel ?? ''})`}: {gapNote}
              </li>
            )}
            {tooFew > 0 && (
              <li>
                {String(tooFew)} {tooFew === 1 ? `${KIND_NAMES[report.kind]} has` : `${KIND_NAMES[report.kind]}s have`} fewer than {String(view.minAnswers)}{' '}
                answers: drawn hollow, and not judged by the control chart.
              </li>
            )}
            {view.trend === 'control' && report.control && (
              <li>
                {moved === 0
                  ? 'No period falls outside the control limits: the ups and downs are the size chance alone would give.'
                  : `${String(moved)} ${moved === 1 ? 'period falls' : 'periods fall'} outside the control limits (marked): a real move, not chance.`}
              </li>
            )}
            {view.trend === 'control' && runs > 0 && (
              <li>
                {String(runs)} periods in a row sit on one side of the centre line: a run that long suggests the level itself has shifted (a Western Electric rule).
              </li>
            )}
          </ul>
          {latest && (
            <>
              <h3>The latest {KIND_NAMES[report.kind]}</h3>
              <ul className="survey-section__facts">
                <li>{latest.previous ? `${capitalise(describePeriodComparison(latest.previous))}.` : `${latest.period.humanLabel} is the first ${KIND_NAMES[report.kind]} with answers: nothing before it to compare.`}</li>
                <li>
                  {latest.yearEarlier
                    ? `${capitalise(describePeriodComparison(latest.yearEarlier))}.`
                    : latest.yearEarlierMissing === 'no-answers'
                      ? `The same ${KIND_NAMES[report.kind]} a year earlier has no answers.`
                      : `The data does not reach back a year before ${latest.period.humanLabel}.`}
                </li>
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
