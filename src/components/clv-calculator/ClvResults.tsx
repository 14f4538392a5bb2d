import { describeClvFormula } from '../../lib/metrics/describe-clv-formula.ts';
import type { ClvView } from '../../lib/metrics/clv-view.ts';
import { getSubheadingTag, type SectionHeadingLevel } from '../figure-field/heading-level.ts';
import { formatMoney, formatNumber, formatPercent } from '../figure-field/format-figures.ts';
import { formatPeriodCount } from './clv-labels.ts';
import { describeClvConversion, describeClvVariant } from './clv-wording.ts';
import { SensitivityTable } from './SensitivityTable.tsx';

export interface ClvResultsProps {
  readonly view: ClvView;
  /** The level of the section heading above: subheadings go one below. */
  readonly headingLevel: SectionHeadingLevel;
  readonly idPrefix: string;
}

/** The lifetime value, the variant used, the formula with the figures put in, and how it moves (once figures give one). */
export function ClvResults({ view, headingLevel, idPrefix }: ClvResultsProps) {
  const Subheading = getSubheadingTag(headingLevel);
  const { outcome } = view;
  if (outcome.status !== 'ready') return null;
  const { input, result, conversions } = outcome;
  const formula = describeClvFormula(input, { formatNumber, formatPercent });
  return (
    <>
      <div className="figure-result-block">
        <p className="results__headline">
          <span className="results__value">{formatMoney(result.value, view.currency)}</span>
          <span>customer lifetime value</span>
        </p>
        <p className="clv-variant">{describeClvVariant(input, view.period)}</p>
        {result.expectedLifetime !== null && input.form === 'subscription' && (
          <dl className="stat-grid">
            <div>
              <dt>Expected lifetime (1 ÷ churn)</dt>
              <dd>
                {formatPeriodCount(result.expectedLifetime, view.period)}
              </dd>
            </div>
          </dl>
        )}
        <ul className="figure-workings" aria-label="Workings">
          {conversions.map((conversion) => (
            <li key={conversion.field}>{describeClvConversion(conversion)}</li>
          ))}
          {formula.ok && <li>{formula.value}</li>}
        </ul>
      </div>
      <div className="figure-result-block">
        <Subheading className="figure-subheading">How it moves</Subheading>
        <p className="field__hint">Each row moves one figure by a share of itself (+10% of 5% churn is 5.5%) and keeps the others as typed.</p>
        <SensitivityTable
          id={`${idPrefix}-churn-sensitivity`}
          input={input}
          parameter="churn"
          rows={outcome.churnSensitivity}
          period={view.period}
          currency={view.currency}
        />
        <SensitivityTable
          id={`${idPrefix}-margin-sensitivity`}
          input={input}
          parameter="margin"
          rows={outcome.marginSensitivity}
          period={view.period}
          currency={view.currency}
        />
      </div>
    </>
  );
}
