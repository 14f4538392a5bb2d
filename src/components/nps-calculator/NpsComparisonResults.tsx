import type { NpsComparison } from '../../lib/metrics/compare-nps.ts';
import { describeIntervalTestDisagreement } from '../../lib/metrics/describe-change.ts';
import { describeIntervalGap } from '../../lib/metrics/describe-interval-gap.ts';
import { describeNpsChange } from '../../lib/metrics/describe-nps-change.ts';
import { formatPValue } from '../../lib/metrics/format-p-value.ts';
import { capitalise, formatAnswers, formatNumber, formatSigned } from '../score-input/format.ts';
import { describeChangeIntervalMethod, describeChangeTest, formatNps } from './nps-summary.ts';

export interface NpsComparisonResultsProps {
  readonly comparison: NpsComparison;
  /** h3 under the results' h2. */
  readonly headingLevel: 3 | 4;
  readonly headingId: string;
}

/** The change between two periods: the sentence, the difference, its standard error, interval and p-value. */
export function NpsComparisonResults({ comparison, headingLevel, headingId }: NpsComparisonResultsProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const level = `${String(comparison.confidence)}%`;
  const disagreement = describeIntervalTestDisagreement(comparison);
  return (
    <section className="score-results score-results__comparison" aria-labelledby={headingId}>
      <Heading id={headingId}>Change from the earlier period</Heading>
      <p className="score-results__sentence" data-testid="nps-change">
        {capitalise(describeNpsChange(comparison))}.
      </p>
      <dl className="stat-grid">
        <div>
          <dt>Earlier period</dt>
          <dd>
            NPS {formatNps(comparison.baseline.nps)} <span className="score-results__share">{formatAnswers(comparison.baseline.n)}</span>
          </dd>
        </div>
        <div>
          <dt>This period</dt>
          <dd>
            NPS {formatNps(comparison.current.nps)} <span className="score-results__share">{formatAnswers(comparison.current.n)}</span>
          </dd>
        </div>
        <div>
          <dt>Change</dt>
          <dd>{formatSigned(comparison.difference, 1)} points</dd>
        </div>
        <div>
          <dt>Standard error of the change</dt>
          <dd>
            {formatNumber(comparison.standardError, 2)} points
            <span className="score-results__method">√(var′₁/n′₁ + var′₂/n′₂), 3 pseudo-answers added to each period</span>
          </dd>
        </div>
        <div>
          <dt>{level} interval of the change</dt>
          <dd>
            {formatNumber(comparison.interval.lower, 1)} to {formatNumber(comparison.interval.upper, 1)}
            <span className="score-results__method">{describeChangeIntervalMethod(comparison)}</span>
          </dd>
        </div>
        <div>
          <dt>p-value (two-sided)</dt>
          <dd>
            {formatPValue(comparison.pValue)}
            <span className="score-results__method">{describeChangeTest(comparison)}</span>
          </dd>
        </div>
      </dl>
      {disagreement !== null && <p className="field__hint">{disagreement}</p>}
      {comparison.notes.includes('estimate-outside-interval') && (
        <p className="field__hint" data-testid="nps-change-gap">
          {describeIntervalGap({
            estimate: comparison.difference,
            lower: comparison.interval.lower,
            upper: comparison.interval.upper,
            n: Math.min(comparison.baseline.n, comparison.current.n),
            kind: 'difference',
          })}
        </p>
      )}
    </section>
  );
}
