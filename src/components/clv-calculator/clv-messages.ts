import type { ClvField, ClvInputError } from '../../lib/metrics/clv-input.ts';
import type { DisplayCurrencyId } from '../../lib/metrics/display-currency.ts';
import { CLV_MONEY_FIELDS, CLV_PERCENT_FIELDS } from '../../lib/metrics/clv-draft.ts';
import { type ClvProblem, type ClvView } from '../../lib/metrics/clv-view.ts';
import { describeNumberFieldError } from '../figure-field/describe-number-field-error.ts';
import { formatMoney, formatNumber, formatPercent } from '../figure-field/format-figures.ts';
import { CLV_FIELD_LABELS, CLV_FORM_LABELS } from './clv-labels.ts';

const label = CLV_FIELD_LABELS;

/** A figure as typed back: percent fields arrive as fractions, money with its symbol. */
function showFigure(field: ClvField, value: number, currency: DisplayCurrencyId): string {
  if (CLV_PERCENT_FIELDS.includes(field)) return formatPercent(value);
  if (CLV_MONEY_FIELDS.includes(field)) return formatMoney(value, currency);
  return formatNumber(value);
}

/** Why a share cannot pass 100%, for each share the calculator takes. */
function getAboveOneReason(field: ClvField): string {
  switch (field) {
    case 'margin':
    case 'grossMargin':
      return 'a margin is a share of revenue, at most 100%';
    case 'churnRate':
      return 'churn is a share of customers, at most 100%';
    case 'retentionRate':
      return 'retention is a share of customers, at most 100%';
    default:
      return 'it is a share, at most 100%';
  }
}

/** Why CLV figures are impossible: which figure, and why. */
function describeInputError(error: ClvInputError, currency: DisplayCurrencyId): string {
  switch (error.kind) {
    case 'not-finite':
      return `${label[error.field]} is needed.`;
    case 'negative':
      return `${label[error.field]} is ${showFigure(error.field, error.value, currency)}: it cannot be below 0.`;
    case 'above-one':
      return `${label[error.field]} is ${formatPercent(error.value)}: ${getAboveOneReason(error.field)}.`;
    case 'zero-churn':
      return error.field === 'churnRate'
        ? `${label.churnRate} is 0%: a customer who never leaves would be worth an infinite amount. Type the churn you expect, however small (0.5 for 0.5%).`
        : `${label.retentionRate} is 100% with a ${label.discountRate.toLowerCase()} of 0%: a customer who never leaves, with future money worth as much as today’s, would be worth an infinite amount. Type a retention below 100% or a discount rate above 0.`;
    case 'too-large':
      return 'These figures make a lifetime value too large to calculate with. Check the amounts and the periods.';
    default:
      return error satisfies never;
  }
}

/**
 * Say what is wrong with one figure, naming it.
 *
 * @param problem from getClvView
 * @param currency for amounts in the message
 */
export function describeClvProblem(problem: ClvProblem, currency: DisplayCurrencyId): string {
  switch (problem.kind) {
    case 'unreadable':
      return describeNumberFieldError(label[problem.field], problem.error);
    case 'impossible':
      return describeInputError(problem.error, currency);
    default:
      return problem satisfies never;
  }
}

/** One short sentence for the live region: the lifetime value and its form, or how many figures need a look. */
export function getClvAnnouncement(view: ClvView): string {
  if (view.problems.length > 0) {
    return view.problems.length === 1 ? 'One figure needs a look.' : `${String(view.problems.length)} figures need a look.`;
  }
  if (view.outcome.status !== 'ready') return '';
  return `Customer lifetime value ${formatMoney(view.outcome.result.value, view.currency)}, ${CLV_FORM_LABELS[view.form].toLowerCase()} form.`;
}
