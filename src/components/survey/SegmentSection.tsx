import { useRef, useState } from 'react';
import { describeSegmentPair } from '../../lib/metrics/describe-change.ts';
import { describeIntervalGap } from '../../lib/metrics/describe-interval-gap.ts';
import { formatNumber } from '../../lib/text/format.ts';
import { describeBlankSegment, describeExcludedSegments, describeOverallTest } from '../../lib/survey/describe-survey.ts';
import { getMetricDomain, getMetricName, getMetricUnit } from '../../lib/survey/metric-estimate.ts';
import type { SurveySummary } from '../../lib/survey/survey-summary.ts';
import type { SegmentReport } from '../../lib/survey/survey-report.ts';
import { MAX_CHARTED_SEGMENTS } from '../../lib/survey/survey-report.ts';
import type { MetricEstimate } from '../../lib/survey/metric-estimate.ts';
import { ChartExportButtons } from './ChartExportButtons.tsx';
import { IntervalChart } from './IntervalChart.tsx';

/** Pairs listed before "Show all pairs". */
const SHOWN_PAIRS = 10;

export interface SegmentSectionProps {
  readonly report: SegmentReport;
  readonly summary: SurveySummary;
  readonly overall: MetricEstimate | null;
  readonly confidence: number;
}

/** The score per segment: a dot-and-interval chart with its table, the overall test, and the pairs that differ. */
export function SegmentSection({ report, summary, overall, confidence }: SegmentSectionProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const [showAllPairs, setShowAllPairs] = useState(false);
  const { metric } = summary;
  const name = getMetricName(metric);
  const charted = report.rows.slice(0, MAX_CHARTED_SEGMENTS);
  // Every segment in the table, the charted ones first (the same order).
  const tableRows = report.rows.map((row, index) => ({
    id: `segment-${String(index)}`,
    label: row.name,
    n: row.n,
    value: row.estimate?.value ?? null,
    lower: row.estimate?.lower ?? null,
    upper: row.estimate?.upper ?? null,
    muted: row.mutedReason ?? undefined,
  }));
  const comparison = report.comparison;
  const caption = `${name} by “${report.column}”, with ${String(confidence)}% intervals`;
  const pairs = comparison?.kind === 'compared' ? [...comparison.pairs].sort((a, b) => Number(b.significant) - Number(a.significant) || a.adjustedPValue - b.adjustedPValue) : [];
  const shownPairs = showAllPairs ? pairs : pairs.slice(0, SHOWN_PAIRS);
  const realPairs = pairs.filter((pair) => pair.significant).length;
  // Segments whose adjusted interval leaves out their own score (a handful of answers, all alike): say why once.
  const gaps = report.rows.flatMap((row) => {
    const { estimate } = row;
    if (estimate === null || estimate.lower === null || estimate.upper === null) return [];
    const gap = describeIntervalGap({ estimate: estimate.value, lower: estimate.lower, upper: estimate.upper, n: row.n, kind: 'score' });
    return gap === null ? [] : [`${row.name}: ${gap}`];
  });

  return (
    <section className="survey-section" aria-labelledby="survey-segments">
      <h2 id="survey-segments">By “{report.column}”</h2>
      {report.rows.length === 0 ? (
        <p>Every answer has a blank “{report.column}”: there are no segments to compare.</p>
      ) : (
        <>
          <IntervalChart
            caption={caption}
            unit={getMetricUnit(metric)}
            domain={getMetricDomain(metric)}
            reference={overall ? { value: overall.value, label: 'All answers' } : null}
            rows={tableRows.slice(0, charted.length)}
            tableRows={tableRows}
            svgRef={svgRef}
          />
          {report.rows.length > charted.length && (
            <p className="survey-section__note">
              The chart shows the {formatNumber(charted.length)} segments with the highest scores of {formatNumber(report.rows.length)}; the table holds all of them.
            </p>
          )}
          <ChartExportButtons svgRef={svgRef} caption={caption} />
        </>
      )}
      {gaps.length > 0 && (
        <ul className="survey-section__facts">
          {gaps.slice(0, 5).map((gap) => (
            <li key={gap}>{gap}</li>
          ))}
        </ul>
      )}
      {report.blank && <p className="survey-section__note">{describeBlankSegment(metric, report.column, report.blank)}</p>}
      {comparison?.kind === 'not-enough-segments' && (
        <p>
          Fewer than two segments have {String(comparison.minimumN)} or more answers, so there is nothing to test: lower the minimum below, or choose a
          column with larger groups.
        </p>
      )}
      {comparison?.kind === 'compared' && (
        <>
          <p className="survey-section__test">{describeOverallTest(comparison.overall, comparison.segments.length, confidence)}</p>
          <h3>Pairs of segments</h3>
          <p>
            {pairs.length === 1
              ? 'With two segments there is one pair, so no correction for several comparisons is needed.'
              : realPairs === 0
                ? `No pair differs clearly after correcting for ${formatNumber(pairs.length)} comparisons (Holm’s method).`
                : `${formatNumber(realPairs)} of ${formatNumber(pairs.length)} pairs differ clearly after correcting for the number of comparisons (Holm’s method).`}
          </p>
          <ul className="survey-section__pairs">
            {shownPairs.map((pair) => (
              <li key={`${pair.baseline}\u0000${pair.current}`} className={pair.significant ? 'survey-pair survey-pair--real' : 'survey-pair'}>
                {describeSegmentPair(pair, pairs.length)}.
              </li>
            ))}
          </ul>
          {pairs.length > SHOWN_PAIRS && (
            <button type="button" className="button button--secondary" aria-expanded={showAllPairs} onClick={() => setShowAllPairs(!showAllPairs)}>
              {showAllPairs ? 'Show fewer pairs' : `Show all ${formatNumber(pairs.length)} pairs`}
            </button>
          )}
          {comparison.excluded.length > 0 && <p className="survey-section__note">{describeExcludedSegments(comparison.excluded, comparison.minimumN)}</p>}
        </>
      )}
    </section>
  );
}
