import type { ClvInput } from '../../lib/metrics/clv-input.ts';
import type { ClvSensitivityError, ClvSensitivityParameter, ClvSensitivityRow } from '../../lib/metrics/clv-sensitivity.ts';
import type { RatePeriod } from '../../lib/metrics/convert-rate.ts';
import type { DisplayCurrencyId } from '../../lib/metrics/display-currency.ts';
import type { ClvConversion } from '../../lib/metrics/clv-view.ts';
import { formatDistinctPercents, formatExponent, formatMoney, formatNumber, formatPercent } from '../figure-field/format-figures.ts';
import { CLV_FIELD_LABELS, PERIOD_NOUNS, PERIOD_PLURALS } from './clv-labels.ts';

/**
 * Which variant of CLV was worked out, in one sentence: the form, its formula, the period and whether
 * future money is discounted.
 *
 * @param input the figures as the formula took them
 * @param period the period every figure was brought to
 */
export function describeClvVariant(input: ClvInput, period: RatePeriod): string {
  const per = PERIOD_NOUNS[period];
  switch (input.form) {
    case 'simple':
      return input.margin === undefined
        ? `Simple form, in revenue (no margin given): average order value × purchase frequency × lifespan, with the lifespan in ${PERIOD_PLURALS[period]}. Not discounted.`
        : `Simple form, in profit: average order value × purchase frequency × lifespan × margin, with the lifespan in ${PERIOD_PLURALS[period]}. Not discounted.`;
    case 'subscription':
      return `Subscription form: ARPA × gross margin ÷ churn rate, all per ${per}. Not discounted; a customer stays 1 ÷ churn ${PERIOD_PLURALS[period]} on average.`;
    case 'discounted':
      return (input.timing ?? 'end-of-period') === 'end-of-period'
        ? `Discounted form (Gupta and Lehmann 2003), margins at the end of each ${per}: m × r ÷ (1 + i − r), all per ${per}, over an unlimited horizon.`
        : `Discounted form, margins at the start of each ${per} (the first one now): m × (1 + i) ÷ (1 + i − r), all per ${per}, over an unlimited horizon.`;
    default:
      return input satisfies never;
  }
}

/** A power as text: "^12", or "^(1/12)". */
function power(exponent: number): string {
  const shown = formatExponent(exponent);
  return shown.includes('/') ? `^(${shown})` : `^${shown}`;
}

/**
 * How a figure was brought to the CLV's period, written out: lifespans scale, rates compound.
 *
 * @param conversion from getClvView
 * @example "Retention rate (r) per year = (97.5%)^12 = 73.8%"
 */
export function describeClvConversion(conversion: ClvConversion): string {
  const label = CLV_FIELD_LABELS[conversion.field];
  const to = PERIOD_NOUNS[conversion.to];
  const from = formatPercent(conversion.fromValue);
  const result = formatPercent(conversion.toValue);
  switch (conversion.kind) {
    case 'duration':
      return `${label}: ${formatNumber(conversion.fromValue)} ${PERIOD_PLURALS[conversion.from]} = ${formatNumber(conversion.toValue)} ${PERIOD_PLURALS[conversion.to]}`;
    case 'churn':
      return `${label} per ${to} = 1 − (1 − ${from})${power(conversion.exponent)} = ${result} (compounded from ${from} per ${PERIOD_NOUNS[conversion.from]})`;
    case 'retention':
      return `${label} per ${to} = (${from})${power(conversion.exponent)} = ${result} (compounded from ${from} per ${PERIOD_NOUNS[conversion.from]})`;
    case 'discount':
      return `${label} per ${to} = (1 + ${from})${power(conversion.exponent)} − 1 = ${result} (compounded from ${from} per ${PERIOD_NOUNS[conversion.from]})`;
    default:
      return conversion.kind satisfies never;
  }
}

/** What a sensitivity table moves, named for the form. */
export function getSensitivityParameterLabel(input: ClvInput, parameter: ClvSensitivityParameter, period: RatePeriod): string {
  const per = PERIOD_NOUNS[period];
  if (parameter === 'churn') return input.form === 'discounted' ? `Churn (1 − r) per ${per}` : `Churn per ${per}`;
  switch (input.form) {
    case 'simple':
      return 'Margin';
    case 'subscription':
      return 'Gross margin';
    case 'discounted':
      return `Margin per ${per}`;
    default:
      return input satisfies never;
  }
}

/**
 * The moved parameter's values, one per row: shares as percentages (with the decimals that keep the rows
 * apart), the discounted form's margin as money.
 */
export function formatSensitivityParameters(input: ClvInput, parameter: ClvSensitivityParameter, values: readonly number[], currency: DisplayCurrencyId): string[] {
  return parameter === 'margin' && input.form === 'discounted' ? values.map((value) => formatMoney(value, currency)) : formatDistinctPercents(values);
}

/** A relative move: "As typed", "−20%", "+10%". */
export function formatSensitivityChange(change: number): string {
  if (change === 0) return 'As typed';
  const shown = formatNumber(Math.abs(change) * 100);
  return change < 0 ? `−${shown}%` : `+${shown}%`;
}

/** Why a row of the table has no CLV. */
export function describeOutOfRange(row: Extract<ClvSensitivityRow, { kind: 'out-of-range' }>): string {
  switch (row.error.kind) {
    case 'above-one':
      return 'not possible: above 100%';
    case 'zero-churn':
      return 'not possible: no churn';
    case 'negative':
    case 'not-finite':
      return 'not possible';
    case 'too-large':
      return 'too large to calculate';
    default:
      return row.error satisfies never;
  }
}

/** Why no table can be made for a parameter. */
export function describeSensitivityError(error: ClvSensitivityError): string {
  if (error.kind === 'not-applicable') {
    return error.parameter === 'churn'
      ? 'The simple form has no churn rate: its lifespan stands in for it.'
      : 'Add a margin to see how CLV moves with it.';
  }
  return 'No table: the figures cannot be calculated.';
}

/** A signed amount: "+£222.22", "−£97.86", "£0". */
export function formatSignedMoney(value: number, currency: DisplayCurrencyId): string {
  const shown = formatMoney(value, currency);
  return value > 0 && shown !== formatMoney(0, currency) ? `+${shown}` : shown;
}

/** A signed share as a percentage: "+11.11%", "−9.09%". */
export function formatSignedPercent(share: number): string {
  const shown = formatPercent(share);
  return share > 0 && shown !== '0%' ? `+${shown}` : shown;
}
