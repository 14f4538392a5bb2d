import type { ChurnView } from '../../lib/metrics/churn-view.ts';
import { formatExponent, formatPercent } from '../figure-field/format-figures.ts';
import { PERIOD_NOUNS } from './churn-labels.ts';

/** A churn rate per month, quarter and year, with the compounding written out. */
export function RateConversion({ view }: { readonly view: ChurnView }) {
  const { conversion } = view;
  if (conversion.status !== 'ready') return null;
  const typed = formatPercent(conversion.rate);
  const from = PERIOD_NOUNS[conversion.from];
  return (
    <div className="figure-result-block">
      <dl className="stat-grid">
        {conversion.byPeriod.map((entry) => (
          <div key={entry.period}>
            <dt>
              Churn per {PERIOD_NOUNS[entry.period]}
              {entry.period === conversion.from ? ' (as typed)' : ''}
            </dt>
            <dd>{formatPercent(entry.rate)}</dd>
          </div>
        ))}
      </dl>
      <ul className="figure-workings" aria-label="Conversion workings">
        {conversion.byPeriod
          .filter((entry) => entry.period !== conversion.from)
          .map((entry) => (
            <li key={entry.period}>
              Per {PERIOD_NOUNS[entry.period]}: 1 − (1 − {typed})<sup>{formatExponent(entry.exponent)}</sup> = {formatPercent(entry.rate)}
              {entry.exponent > 1 && formatPercent(Math.min(1, conversion.rate * entry.exponent)) !== formatPercent(entry.rate)
                ? `, not ${formatPercent(Math.min(1, conversion.rate * entry.exponent))}`
                : ''}
            </li>
          ))}
      </ul>
      <p className="field__hint">
        Compounded, not multiplied: each {from}’s {typed} is taken from the customers still there, so over a longer period less is lost than{' '}
        {typed} times the number of {from}s.
      </p>
    </div>
  );
}
