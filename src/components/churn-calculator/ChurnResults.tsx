import type { ChurnView } from '../../lib/metrics/churn-view.ts';
import { getSubheadingTag, type SectionHeadingLevel } from '../figure-field/heading-level.ts';
import { formatExponent, formatMoney, formatNumber, formatPercent } from '../figure-field/format-figures.ts';
import { CHURN_FIELD_LABELS, PERIOD_ADJECTIVES, PERIOD_NOUNS } from './churn-labels.ts';

export interface ChurnResultsProps<Results> {
  readonly results: Results;
  readonly currency: ChurnView['currency'];
  readonly period: ChurnView['period'];
  /** The level of the section heading above: subheadings go one below. */
  readonly headingLevel: SectionHeadingLevel;
  readonly idPrefix: string;
}

type ReadyCustomers = Extract<ChurnView['customers'], { status: 'ready' }>;
type ReadyRevenue = Extract<ChurnView['revenue'], { status: 'ready' }>;

/** Churn and retention with their workings and per-period table. */
export function CustomerResults({ results: customers, period, headingLevel, idPrefix }: ChurnResultsProps<ReadyCustomers>) {
  const Subheading = getSubheadingTag(headingLevel);
  const per = PERIOD_NOUNS[period];
  return (
    <div className="figure-result-block">
      <Subheading className="figure-subheading">Customers</Subheading>
      <dl className="stat-grid">
        <div>
          <dt>Churn rate per {per}</dt>
          <dd>{formatPercent(customers.result.churnRate)}</dd>
        </div>
        <div>
          <dt>Customer retention rate per {per}</dt>
          <dd>{formatPercent(customers.result.retentionRate)}</dd>
        </div>
        <div>
          <dt>Customers lost</dt>
          <dd>{formatNumber(customers.result.lostCustomers)}</dd>
        </div>
      </dl>
      <ul className="figure-workings" aria-label="Workings">
        {customers.result.lostCustomersDerived && (
          <li>
            L = S + N − E = {formatNumber(customers.movement.customersAtStart)} + {formatNumber(customers.movement.newCustomers)} −{' '}
            {formatNumber(customers.movement.customersAtEnd)} = {formatNumber(customers.result.lostCustomers)}
          </li>
        )}
        <li>
          Churn = L ÷ S = {formatNumber(customers.result.lostCustomers)} ÷ {formatNumber(customers.movement.customersAtStart)} ={' '}
          {formatPercent(customers.result.churnRate)}
        </li>
        <li>
          CRR = (E − N) ÷ S = ({formatNumber(customers.movement.customersAtEnd)} − {formatNumber(customers.movement.newCustomers)}) ÷{' '}
          {formatNumber(customers.movement.customersAtStart)} = {formatPercent(customers.result.retentionRate)}
        </li>
      </ul>
      {/* The caption sits outside the scrolling box so it stays readable on a narrow screen. */}
      <p id={`${idPrefix}-periods-caption`} className="figure-table__caption">
        Churn and retention per month, quarter and year
      </p>
      <div className="figure-table-wrap" role="region" aria-labelledby={`${idPrefix}-periods-caption`} tabIndex={0}>
        <table className="figure-table" aria-labelledby={`${idPrefix}-periods-caption`}>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Churn</th>
              <th scope="col">Retention</th>
              <th scope="col">How</th>
            </tr>
          </thead>
          <tbody>
            {customers.byPeriod.map((entry) => {
              const own = entry.period === period;
              return (
                <tr key={entry.period} className={own ? 'figure-table__current' : undefined}>
                  <th scope="row">{PERIOD_ADJECTIVES[entry.period]}</th>
                  <td>{formatPercent(entry.churnRate)}</td>
                  <td>{formatPercent(entry.retentionRate)}</td>
                  <td>
                    {own ? (
                      'your figures'
                    ) : (
                      <>
                        retention ({formatPercent(customers.result.retentionRate)})<sup>{formatExponent(entry.exponent)}</sup>; churn 1 − retention
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="field__hint">
        Other periods are compounded, not multiplied: each {per}’s churn is taken from fewer customers than the one before.
      </p>
    </div>
  );
}

/** Gross and net revenue retention with their workings. */
export function RevenueResults({ results: revenue, currency, period, headingLevel }: Omit<ChurnResultsProps<ReadyRevenue>, 'idPrefix'>) {
  const Subheading = getSubheadingTag(headingLevel);
  const per = PERIOD_NOUNS[period];
  const money = (value: number) => formatMoney(value, currency);
  return (
    <div className="figure-result-block">
      <Subheading className="figure-subheading">Revenue retention</Subheading>
      <dl className="stat-grid">
        <div>
          <dt>Gross revenue retention (GRR) per {per}</dt>
          <dd>{formatPercent(revenue.result.grossRevenueRetention)}</dd>
        </div>
        <div>
          <dt>Net revenue retention (NRR) per {per}</dt>
          <dd>{formatPercent(revenue.result.netRevenueRetention)}</dd>
        </div>
      </dl>
      <ul className="figure-workings" aria-label="Revenue workings">
        <li>
          GRR = (start − contraction − churned) ÷ start = ({money(revenue.movement.startingRevenue)} − {money(revenue.movement.contractionRevenue)} −{' '}
          {money(revenue.movement.churnedRevenue)}) ÷ {money(revenue.movement.startingRevenue)} = {formatPercent(revenue.result.grossRevenueRetention)}
        </li>
        <li>
          NRR = (start + expansion − contraction − churned) ÷ start = ({money(revenue.movement.startingRevenue)} +{' '}
          {money(revenue.movement.expansionRevenue)} − {money(revenue.movement.contractionRevenue)} − {money(revenue.movement.churnedRevenue)}) ÷{' '}
          {money(revenue.movement.startingRevenue)} = {formatPercent(revenue.result.netRevenueRetention)}
        </li>
      </ul>
      {revenue.blankAsZero.length > 0 && (
        <p className="field__hint">
          Left blank and counted as 0: {revenue.blankAsZero.map((field) => CHURN_FIELD_LABELS[field]).join(', ')}.
        </p>
      )}
    </div>
  );
}
