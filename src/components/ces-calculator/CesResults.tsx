import type { CesEffortResult } from '../../lib/metrics/ces-effort.ts';
import type { CesResult } from '../../lib/metrics/ces.ts';
import { ReliabilityNotes } from '../score-input/ReliabilityNotes.tsx';
import { ScoreBarChart } from '../score-input/ScoreBarChart.tsx';
import { formatAnswerBase, formatCount, formatNumber, formatPercent, formatSigned } from '../score-input/format.ts';
import {
  CES_ROUNDING_NOTE,
  describeMeanIntervalMethod,
  formatMeanInterval,
  getCes1Bars,
  getCes2Bars,
  getCesReliabilityNotes,
} from './ces-summary.ts';

const CES2_LEGEND = [
  { tone: 'bad', label: 'Disagree (1–3)' },
  { tone: 'middle', label: 'Neutral (4)' },
  { tone: 'good', label: 'Agree (5–7)' },
] as const;

const CES1_LEGEND = [
  { tone: 'good', label: 'Low effort (1–2)' },
  { tone: 'middle', label: 'Moderate (3)' },
  { tone: 'bad', label: 'High effort (4–5)' },
] as const;

/** The mean, big, with what it measures and from how many answers: the same line for CES 2.0 and 1.0. */
function CesHeadline({ mean, description, n, leftOut }: { readonly mean: number; readonly description: string; readonly n: number; readonly leftOut: number }) {
  return (
    <p className="results__headline">
      <span className="results__value" data-testid="ces-value">
        {formatNumber(mean, 2)}
      </span>
      <span>
        {description}, from {formatAnswerBase(n, leftOut)}
      </span>
    </p>
  );
}

/** The t interval of the mean and how it was found, for either variant. */
function MeanIntervalStat({ result }: { readonly result: CesResult | CesEffortResult }) {
  return (
    <div>
      <dt>{String(result.confidence)}% interval of the mean</dt>
      <dd>
        {formatMeanInterval(result.meanInterval)}
        <span className="score-results__method">{describeMeanIntervalMethod(result.meanInterval, result.scale)}</span>
      </dd>
    </div>
  );
}

/** CES 2.0: mean agreement with its t interval, the share agreeing, the net form, and the distribution. */
export function Ces2Results({ result, leftOut = 0 }: { readonly result: CesResult; readonly leftOut?: number }) {
  const level = `${String(result.confidence)}%`;
  return (
    <div className="score-results">
      <CesHeadline mean={result.meanAgreement} description="CES 2.0 mean agreement, 1–7 (higher is easier)" n={result.n} leftOut={leftOut} />
      <dl className="stat-grid">
        <MeanIntervalStat result={result} />
        <div>
          <dt>Agree (5–7)</dt>
          <dd>
            {formatCount(result.agreeCount)} <span className="score-results__share">{formatPercent(result.agreeShare)}</span>
          </dd>
        </div>
        <div>
          <dt>{level} interval of the agree share</dt>
          <dd>
            {formatPercent(result.agreeInterval.lower)} to {formatPercent(result.agreeInterval.upper)}
            <span className="score-results__method">Wilson score interval</span>
          </dd>
        </div>
        <div>
          <dt>Net CES</dt>
          <dd>
            {formatSigned(result.netScore)} points
            <span className="score-results__method">% 6–7 − % 1–3</span>
          </dd>
        </div>
        <div>
          <dt>Standard deviation</dt>
          <dd>{result.standardDeviation === null ? 'none for one answer' : formatNumber(result.standardDeviation, 2)}</dd>
        </div>
      </dl>
      <ReliabilityNotes notes={getCesReliabilityNotes(result.warnings, result.n, result.meanInterval)} />
      <p className="field__hint">{CES_ROUNDING_NOTE}</p>
      <ScoreBarChart caption="CES 2.0 answers by agreement, 1 to 7" bars={getCes2Bars(result)} n={result.n} legend={CES2_LEGEND} />
    </div>
  );
}

/** CES 1.0: mean effort with its t interval (lower is better), the low- and high-effort shares, and the distribution. */
export function Ces1Results({ result, leftOut = 0 }: { readonly result: CesEffortResult; readonly leftOut?: number }) {
  return (
    <div className="score-results">
      <CesHeadline mean={result.meanEffort} description="CES 1.0 mean effort, 1–5 (lower is easier)" n={result.n} leftOut={leftOut} />
      <dl className="stat-grid">
        <MeanIntervalStat result={result} />
        <div>
          <dt>Low effort (1–2)</dt>
          <dd>
            {formatCount(result.lowEffortCount)} <span className="score-results__share">{formatPercent(result.lowEffortShare)}</span>
          </dd>
        </div>
        <div>
          <dt>High effort (4–5)</dt>
          <dd>
            {formatCount(result.highEffortCount)} <span className="score-results__share">{formatPercent(result.highEffortShare)}</span>
          </dd>
        </div>
        <div>
          <dt>Standard deviation</dt>
          <dd>{result.standardDeviation === null ? 'none for one answer' : formatNumber(result.standardDeviation, 2)}</dd>
        </div>
      </dl>
      <ReliabilityNotes notes={getCesReliabilityNotes(result.warnings, result.n, result.meanInterval)} />
      <p className="field__hint">{CES_ROUNDING_NOTE}</p>
      <ScoreBarChart caption="CES 1.0 answers by effort, 1 to 5" bars={getCes1Bars(result)} n={result.n} legend={CES1_LEGEND} />
    </div>
  );
}
