import type { CsatResult } from '../../lib/metrics/csat.ts';
import { ReliabilityNotes } from '../score-input/ReliabilityNotes.tsx';
import { ScoreBarChart } from '../score-input/ScoreBarChart.tsx';
import { formatAnswerBase, formatCount, formatNumber, formatPercent, formatRange } from '../score-input/format.ts';
import { CSAT_ROUNDING_NOTE, describeSatisfiedRange, getCsatBars, getCsatReliabilityNotes } from './csat-summary.ts';

/** CSAT: the satisfied share with its Wilson interval, the mean, the top box, and the distribution. */
export function CsatResults({ result, leftOut = 0 }: { readonly result: CsatResult; readonly leftOut?: number }) {
  const level = `${String(result.confidence)}%`;
  const satisfied = describeSatisfiedRange(result.threshold, result.max);
  const notSatisfied = formatRange(result.min, result.threshold - 1);
  const legend = [
    { tone: 'bad', label: `Not satisfied (${notSatisfied})` },
    { tone: 'good', label: `Satisfied (${satisfied})` },
  ] as const;
  return (
    <div className="score-results">
      <p className="results__headline">
        <span className="results__value" data-testid="csat-value">
          {formatPercent(result.csat)}
        </span>
        <span>
          satisfied ({satisfied} on {formatRange(result.min, result.max)}) from {formatAnswerBase(result.n, leftOut)}
        </span>
      </p>
      <dl className="stat-grid">
        <div>
          <dt>Satisfied answers ({satisfied})</dt>
          <dd>
            {formatCount(result.satisfiedCount)} <span className="score-results__share">of {formatCount(result.n)}</span>
          </dd>
        </div>
        <div>
          <dt>{level} confidence interval</dt>
          <dd>
            {formatPercent(result.interval.lower)} to {formatPercent(result.interval.upper)}
            <span className="score-results__method">Wilson score interval</span>
          </dd>
        </div>
        <div>
          <dt>Mean rating</dt>
          <dd>
            {formatNumber(result.mean, 2)} <span className="score-results__share">of {formatCount(result.max)}</span>
          </dd>
        </div>
        <div>
          <dt>Top box ({formatCount(result.max)})</dt>
          <dd>
            {formatCount(result.topBoxCount)} <span className="score-results__share">{formatPercent(result.topBoxShare)}</span>
          </dd>
        </div>
      </dl>
      <ReliabilityNotes notes={getCsatReliabilityNotes(result)} />
      <p className="field__hint">{CSAT_ROUNDING_NOTE}</p>
      <ScoreBarChart caption={`Answers by rating, ${formatRange(result.min, result.max)}`} bars={getCsatBars(result)} n={result.n} legend={legend} />
    </div>
  );
}
