import type { ChurnInputError } from '../../lib/metrics/churn-rate.ts';
import type { RateError } from '../../lib/metrics/convert-rate.ts';
import type { RevenueInputError } from '../../lib/metrics/revenue-retention.ts';
import type { ChurnProblem, ChurnView } from '../../lib/metrics/churn-view.ts';
import { describeNumberFieldError } from '../figure-field/describe-number-field-error.ts';
import { formatMoney, formatNumber, formatPercent } from '../figure-field/format-figures.ts';
import { CHURN_FIELD_LABELS, PERIOD_NOUNS } from './churn-labels.ts';

const label = CHURN_FIELD_LABELS;

/** Why customer figures are impossible: which figure, and why. */
function describeCustomerError(error: ChurnInputError): string {
  switch (error.kind) {
    case 'not-finite':
      return `${label[error.field]} is needed.`;
    case 'negative':
      return `${label[error.field]} is ${formatNumber(error.value)}: a number of customers cannot be below 0.`;
    case 'no-customers-at-start':
      return `${label.customersAtStart} is 0: churn and retention are shares of the customers you started with, so there must be at least 1.`;
    case 'lost-more-than-available':
      return `${label.lostCustomers} is ${formatNumber(error.lostCustomers)}, more than there ever were: customers at start plus new customers make ${formatNumber(error.available)}.`;
    case 'inconsistent':
      return `${label.customersAtEnd} is ${formatNumber(error.customersAtEnd)}, but S + N − L makes ${formatNumber(error.expectedEnd)}. One of the four figures is off, or they cover different periods; leave ${label.lostCustomers} blank to work it out from the others.`;
    case 'end-above-start-plus-new':
      return `${label.customersAtEnd} is ${formatNumber(error.customersAtEnd)}, more than customers at start plus new customers (${formatNumber(error.available)}). Check that all three cover the same period.`;
    case 'more-new-than-at-end':
      return `${label.newCustomers} is ${formatNumber(error.newCustomers)}, more than ${label.customersAtEnd} (${formatNumber(error.customersAtEnd)}): retention (E − N) ÷ S would be below 0. Some new customers must have left too; count N as the new customers still there at the end, or check the period.`;
    default:
      return error satisfies never;
  }
}

/** Why revenue figures are impossible. */
function describeRevenueError(error: RevenueInputError, currency: ChurnView['currency']): string {
  switch (error.kind) {
    case 'not-finite':
      return `${label[error.field]} is needed.`;
    case 'negative':
      return `${label[error.field]} is ${formatMoney(error.value, currency)}: an amount of revenue cannot be below 0.`;
    case 'no-starting-revenue':
      return `${label.startingRevenue} is 0: revenue retention is a share of it, so it must be above 0.`;
    case 'losses-exceed-start':
      return `Contraction plus ${label.churnedRevenue.toLowerCase()} make ${formatMoney(error.losses, currency)}, more than the ${label.startingRevenue.toLowerCase()} (${formatMoney(error.startingRevenue, currency)}): customers cannot take away more revenue than they brought.`;
    case 'too-large':
      return `${label.expansionRevenue} is too large next to the starting revenue to calculate with.`;
    default:
      return error satisfies never;
  }
}

/** Why a rate cannot be converted. */
function describeRateError(error: RateError, percent: number): string {
  switch (error.kind) {
    case 'not-finite':
      return `${label.rateToConvert} is not a number.`;
    case 'outside-zero-to-one':
      return percent < 0
        ? `${label.rateToConvert} is ${formatNumber(percent)}%: a churn rate cannot be below 0%.`
        : `${label.rateToConvert} is ${formatNumber(percent)}%: churn is a share of customers, from 0% to 100%.`;
    default:
      return error satisfies never;
  }
}

/**
 * Say what is wrong with one figure, naming it.
 *
 * @param problem from getChurnView
 * @param currency for amounts in the message
 */
export function describeChurnProblem(problem: ChurnProblem, currency: ChurnView['currency']): string {
  switch (problem.kind) {
    case 'unreadable':
      return describeNumberFieldError(label[problem.field], problem.error);
    case 'customers':
      return describeCustomerError(problem.error);
    case 'revenue':
      return describeRevenueError(problem.error, currency);
    case 'rate':
      return describeRateError(problem.error, problem.percent);
    default:
      return problem satisfies never;
  }
}

/** One short sentence for the live region: the headline results, or how many figures need a look. */
export function getChurnAnnouncement(view: ChurnView): string {
  if (view.problems.length > 0) {
    return view.problems.length === 1 ? 'One figure needs a look.' : `${String(view.problems.length)} figures need a look.`;
  }
  const parts: string[] = [];
  if (view.customers.status === 'ready') {
    const { churnRate, retentionRate } = view.customers.result;
    parts.push(`Churn ${formatPercent(churnRate)} per ${PERIOD_NOUNS[view.period]}, retention ${formatPercent(retentionRate)}.`);
  }
  if (view.revenue.status === 'ready') {
    const { grossRevenueRetention, netRevenueRetention } = view.revenue.result;
    parts.push(`Gross revenue retention ${formatPercent(grossRevenueRetention)}, net ${formatPercent(netRevenueRetention)}.`);
  }
  if (view.conversion.status === 'ready') {
    const { from, byPeriod } = view.conversion;
    const others = byPeriod.filter((entry) => entry.period !== from);
    parts.push(`Converted: ${others.map((entry) => `${formatPercent(entry.rate)} per ${PERIOD_NOUNS[entry.period]}`).join(', ')}.`);
  }
  return parts.join(' ');
}
