import type { ClvField } from '../../lib/metrics/clv-input.ts';
import type { RatePeriod } from '../../lib/metrics/convert-rate.ts';
import type { ClvForm } from '../../lib/metrics/clv-draft.ts';
import { formatNumber } from '../figure-field/format-figures.ts';

/** Each figure's label, as the form shows it and every message names it. */
export const CLV_FIELD_LABELS: Record<ClvField, string> = {
  averageOrderValue: 'Average order value',
  purchaseFrequency: 'Purchase frequency',
  lifespan: 'Customer lifespan',
  margin: 'Margin',
  averageRevenuePerAccount: 'Average revenue per account (ARPA)',
  grossMargin: 'Gross margin',
  churnRate: 'Churn rate',
  marginPerPeriod: 'Margin per customer (m)',
  retentionRate: 'Retention rate (r)',
  discountRate: 'Discount rate (i)',
};

/** The three forms, as the form picker names them. */
export const CLV_FORM_LABELS: Record<ClvForm, string> = {
  simple: 'Simple',
  subscription: 'Subscription',
  discounted: 'Discounted',
};

/** One line per form: what it multiplies and when to use it. */
export const CLV_FORM_HINTS: Record<ClvForm, string> = {
  simple: 'Average order value × purchase frequency × lifespan (× margin). For one-off purchases; not discounted.',
  subscription: 'ARPA × gross margin ÷ churn rate. For subscriptions; not discounted.',
  discounted: 'm × r ÷ (1 + i − r) (Gupta and Lehmann): future margin discounted to today’s money.',
};

export const PERIOD_NOUNS: Record<RatePeriod, string> = { month: 'month', quarter: 'quarter', year: 'year' };
export const PERIOD_PLURALS: Record<RatePeriod, string> = { month: 'months', quarter: 'quarters', year: 'years' };

/** A number of periods, the noun agreeing with the number as shown: "1 month", "2.5 months", "20 years". */
export function formatPeriodCount(count: number, period: RatePeriod): string {
  const shown = formatNumber(count);
  return `${shown} ${shown === '1' ? PERIOD_NOUNS[period] : PERIOD_PLURALS[period]}`;
}
