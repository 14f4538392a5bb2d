import { describeIntervalGap } from '../../lib/metrics/describe-interval-gap.ts';
import type { NpsResult } from '../../lib/metrics/nps.ts';
import { roundHalfAwayFromZero } from '../../lib/metrics/statistics/round-half-away-from-zero.ts';
import { ReliabilityNotes } from '../score-input/ReliabilityNotes.tsx';
import { ScoreBarChart } from '../score-input/ScoreBarChart.tsx';
import { formatAnswerBase, formatCount, formatNumber, formatPercent } from '../score-input/format.ts';
import { describeNpsIntervalMethod, formatNps, getNpsBars, getNpsGroupBars, getNpsReliabilityNotes, NPS_ROUNDING_NOTE } from './nps-summary.ts';

const LEGEND = [
  { tone: 'bad', label: 'Detractors (0–6)' },
  { tone: 'middle', label: 'Passives (7–8)' },
  { tone: 'good', label: 'Promoters (9–10)' },
] as const;

/** One period's NPS: the score, the three groups, how far to trust it, and the distribution. */
export function NpsResults({ result, leftOut = 0 }: { readonly result: NpsResult; readonly leftOut?: number }) {
  const level = `${String(result.confidence)}%`;
  const exact = formatNumber(result.nps, 1);
  const roundedAway = roundHalfAwayFromZero(result.nps) !== result.nps;
  const intervalGap = describeIntervalGap({ estimate: result.nps, lower: result.interval.lower, upper: result.interval.upper, n: result.n, kind: 'score' });
  return (
    <div className="score-results">
      <p className="results__headline">
        <span className="results__value" data-testid="nps-value">
          {formatNps(result.nps)}
        </span>
        <span>
          NPS from {formatAnswerBase(result.n, leftOut)}
          {roundedAway && <span className="score-results__exact"> ({exact} before rounding)</span>}
        </span>
      </p>
      <dl className="stat-grid">
        <div>
          <dt>Promoters (9–10)</dt>
          <dd>
            {formatCount(result.promoters)} <span className="score-results__share">{formatPercent(result.promoterShare)}</span>
          </dd>
        </div>
        <div>
          <dt>Passives (7–8)</dt>
          <dd>
            {formatCount(result.passives)} <span className="score-results__share">{formatPercent(result.passiveShare)}</span>
          </dd>
        </div>
        <div>
          <dt>Detractors (0–6)</dt>
          <dd>
            {formatCount(result.detractors)} <span className="score-results__share">{formatPercent(result.detractorShare)}</span>
          </dd>
        </div>
        <div>
          <dt>{level} confidence interval</dt>
          <dd>
            {formatNumber(result.interval.lower, 1)} to {formatNumber(result.interval.upper, 1)}
            <span className="score-results__method">{describeNpsIntervalMethod(result.interval)}</span>
          </dd>
        </div>
        <div>
          <dt>Margin of error (±z·SE)</dt>
          <dd>
            ±{formatNumber(result.marginOfError, 1)} points
            <span className="score-results__method">conventional, z = {formatNumber(result.z, 3)}</span>
          </dd>
        </div>
        <div>
          <dt>Standard error</dt>
          <dd>
            {formatNumber(result.standardError, 2)} points
            <span className="score-results__method">from p + d − (p − d)²</span>
          </dd>
        </div>
      </dl>
      {intervalGap !== null && (
        <p className="field__hint" data-testid="nps-interval-gap">
          {intervalGap}
        </p>
      )}
      <ReliabilityNotes notes={getNpsReliabilityNotes(result)} />
      <p className="field__hint">{NPS_ROUNDING_NOTE}</p>
      {result.distribution ? (
        <ScoreBarChart caption="Answers by score, 0 to 10" bars={getNpsBars(result.distribution)} n={result.n} legend={LEGEND} />
      ) : (
        <ScoreBarChart caption="Answers by group (totals only)" bars={getNpsGroupBars(result)} n={result.n} legend={LEGEND} />
      )}
    </div>
  );
}
