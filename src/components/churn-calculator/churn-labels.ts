import type { RatePeriod } from '../../lib/metrics/convert-rate.ts';
import type { ChurnFigureField } from '../../lib/metrics/churn-draft.ts';

/** Each figure's label, as the form shows it and every message names it. */
export const CHURN_FIELD_LABELS: Record<ChurnFigureField, string> = {
  customersAtStart: 'Customers at start (S)',
  newCustomers: 'New customers (N)',
  customersAtEnd: 'Customers at end (E)',
  lostCustomers: 'Customers lost (L)',
  startingRevenue: 'Starting recurring revenue',
  expansionRevenue: 'Expansion',
  contractionRevenue: 'Contraction',
  churnedRevenue: 'Churned revenue',
  rateToConvert: 'Churn rate to convert',
};

export const PERIOD_NOUNS: Record<RatePeriod, string> = { month: 'month', quarter: 'quarter', year: 'year' };
export const PERIOD_ADJECTIVES: Record<RatePeriod, string> = { month: 'Monthly', quarter: 'Quarterly', year: 'Annual' };
