/**
 * What the churn and retention calculator shows for a draft: churn and retention with their monthly,
 * quarterly and annual equivalents, revenue retention, and the rate conversion. Pure; the store derives it.
 */
import type { ChurnShareState } from './churn-share-code.ts';
import type { ChurnInputError, ChurnResult, CustomerField, CustomerMovement } from './churn-rate.ts';
import { calculateChurn } from './churn-rate.ts';
import type { ChurnDraft, ChurnFigureField } from './churn-draft.ts';
import { CHURN_FIGURE_FIELDS, CHURN_PERIODS, CUSTOMER_FIELDS, REVENUE_FIELDS } from './churn-draft.ts';
import type { RateError, RatePeriod } from './convert-rate.ts';
import { convertChurnRate, getPeriodExponent } from './convert-rate.ts';
import type { DisplayCurrencyId } from './display-currency.ts';
import type { NumberFieldError } from './parse-number-field.ts';
import { parseNumberField } from './parse-number-field.ts';
import type { RevenueField, RevenueInputError, RevenueMovement, RevenueRetention } from './revenue-retention.ts';
import { calculateRevenueRetention } from './revenue-retention.ts';

/** Why a field's figure cannot be used. */
export type ChurnProblem =
  | { readonly field: ChurnFigureField; readonly kind: 'unreadable'; readonly error: Exclude<NumberFieldError, { kind: 'empty' }> }
  | { readonly field: ChurnFigureField; readonly kind: 'customers'; readonly error: ChurnInputError }
  | { readonly field: ChurnFigureField; readonly kind: 'revenue'; readonly error: RevenueInputError }
  | { readonly field: 'rateToConvert'; readonly kind: 'rate'; readonly error: RateError; readonly percent: number };

/** Churn and retention over one period, compounded to another. */
export type PeriodRates = {
  readonly period: RatePeriod;
  /** to-months ÷ from-months, the power retention is raised to. */
  readonly exponent: number;
  readonly churnRate: number;
  readonly retentionRate: number;
};

export type CustomerView =
  | { readonly status: 'empty' }
  | { readonly status: 'missing'; readonly fields: readonly ChurnFigureField[] }
  | { readonly status: 'blocked' }
  | {
      readonly status: 'ready';
      readonly movement: Required<CustomerMovement>;
      readonly result: ChurnResult;
      /** The rates per month, quarter and year; the one for the figures' own period is not compounded. */
      readonly byPeriod: readonly PeriodRates[];
    };

export type RevenueView =
  | { readonly status: 'not-used' }
  | { readonly status: 'missing'; readonly fields: readonly ChurnFigureField[] }
  | { readonly status: 'blocked' }
  | {
      readonly status: 'ready';
      readonly movement: RevenueMovement;
      /** Movements left blank and counted as 0. */
      readonly blankAsZero: readonly ChurnFigureField[];
      readonly result: RevenueRetention;
    };

export type ConversionView =
  | { readonly status: 'empty' }
  | { readonly status: 'blocked' }
  | {
      readonly status: 'ready';
      /** As typed: 5 for 5%. */
      readonly percent: number;
      /** As a fraction: 0.05. */
      readonly rate: number;
      readonly from: RatePeriod;
      readonly byPeriod: readonly { period: RatePeriod; exponent: number; rate: number }[];
    };

/** Everything the calculator shows for a draft. */
export type ChurnView = {
  readonly period: RatePeriod;
  readonly currency: DisplayCurrencyId;
  /** Every figure that cannot be used, in form order. */
  readonly problems: readonly ChurnProblem[];
  readonly customers: CustomerView;
  readonly revenue: RevenueView;
  readonly conversion: ConversionView;
  /** What a share link would carry; null while any figure is unreadable or impossible, or nothing is typed. */
  readonly shareState: ChurnShareState | null;
};

/** A field read: left blank, a usable figure, or a figure already reported as a problem. */
type FieldReading = { readonly kind: 'blank' } | { readonly kind: 'value'; readonly value: number } | { readonly kind: 'invalid' };

/**
 * Work out everything the calculator shows from what was typed: each figure parsed (counts must be whole;
 * thousands separators and decimal commas accepted), churn and retention, their monthly, quarterly and annual
 * equivalents (compounded), revenue retention when revenue is given, and the rate conversion. Never throws.
 *
 * @param draft the typed figures and chosen periods
 * @returns the view, with every problem naming its field
 * @example getChurnView(CHURN_EXAMPLE_DRAFT).customers // { status: 'ready', result: { churnRate: 0.1, … }, … }
 */
export function getChurnView(draft: ChurnDraft): ChurnView {
  const problems: ChurnProblem[] = [];
  const readings = {} as Record<ChurnFigureField, FieldReading>;
  for (const field of CHURN_FIGURE_FIELDS) {
    const isCustomerField = (CUSTOMER_FIELDS as readonly string[]).includes(field);
    const parsed = parseNumberField(draft.figures[field], { wholeNumber: isCustomerField });
    if (!parsed.ok) {
      readings[field] = parsed.error.kind === 'empty' ? { kind: 'blank' } : { kind: 'invalid' };
      if (parsed.error.kind !== 'empty') problems.push({ field, kind: 'unreadable', error: parsed.error });
    } else if (parsed.value < 0 && field !== 'rateToConvert') {
      // No count or amount can be negative: say so at once, before the other figures are in.
      readings[field] = { kind: 'invalid' };
      const value = parsed.value;
      problems.push(
        isCustomerField
          ? { field, kind: 'customers', error: { kind: 'negative', field: field as CustomerField, value } }
          : { field, kind: 'revenue', error: { kind: 'negative', field: field as RevenueField, value } },
      );
    } else {
      readings[field] = { kind: 'value', value: parsed.value };
    }
  }
  const valueOf = (field: ChurnFigureField): number | null => {
    const reading = readings[field];
    return reading.kind === 'value' ? reading.value : null;
  };

  const customers = getCustomerView(draft.period, readings, valueOf, problems);
  const revenue = getRevenueView(readings, valueOf, problems);
  const conversion = getConversionView(draft.rateToConvertPeriod, readings, valueOf, problems);
  problems.sort((a, b) => CHURN_FIGURE_FIELDS.indexOf(a.field) - CHURN_FIGURE_FIELDS.indexOf(b.field));

  const anything = CHURN_FIGURE_FIELDS.some((field) => readings[field].kind !== 'blank');
  const shareState: ChurnShareState | null =
    problems.length > 0 || !anything
      ? null
      : {
          period: draft.period,
          currency: draft.currency,
          customersAtStart: valueOf('customersAtStart'),
          customersAtEnd: valueOf('customersAtEnd'),
          newCustomers: valueOf('newCustomers'),
          lostCustomers: valueOf('lostCustomers'),
          startingRevenue: valueOf('startingRevenue'),
          expansionRevenue: valueOf('expansionRevenue'),
          contractionRevenue: valueOf('contractionRevenue'),
          churnedRevenue: valueOf('churnedRevenue'),
          rateToConvertPercent: valueOf('rateToConvert'),
          rateToConvertPeriod: draft.rateToConvertPeriod,
        };
  return { period: draft.period, currency: draft.currency, problems, customers, revenue, conversion, shareState };
}

type Readings = Record<ChurnFigureField, FieldReading>;

function getCustomerView(
  period: RatePeriod,
  readings: Readings,
  valueOf: (field: ChurnFigureField) => number | null,
  problems: ChurnProblem[],
): CustomerView {
  if (CUSTOMER_FIELDS.every((field) => readings[field].kind === 'blank')) return { status: 'empty' };
  if (CUSTOMER_FIELDS.some((field) => readings[field].kind === 'invalid')) return { status: 'blocked' };
  const missing = (['customersAtStart', 'newCustomers', 'customersAtEnd'] as const).filter((field) => readings[field].kind === 'blank');
  if (missing.length > 0) return { status: 'missing', fields: missing };
  const lost = valueOf('lostCustomers');
  const movement: CustomerMovement = {
    customersAtStart: valueOf('customersAtStart') ?? 0,
    customersAtEnd: valueOf('customersAtEnd') ?? 0,
    newCustomers: valueOf('newCustomers') ?? 0,
    ...(lost === null ? {} : { lostCustomers: lost }),
  };
  const calculated = calculateChurn(movement);
  if (!calculated.ok) {
    problems.push({ field: calculated.error.field, kind: 'customers', error: calculated.error });
    return { status: 'blocked' };
  }
  const result = calculated.value;
  const byPeriod = CHURN_PERIODS.map((to): PeriodRates => {
    const churn = convertChurnRate(result.churnRate, period, to);
    const loss = convertChurnRate(1 - result.retentionRate, period, to);
    return {
      period: to,
      exponent: getPeriodExponent(period, to),
      // Both rates lie in [0, 1] once calculateChurn accepts the figures, so conversion cannot fail.
      churnRate: to === period || !churn.ok ? result.churnRate : churn.value,
      retentionRate: to === period || !loss.ok ? result.retentionRate : 1 - loss.value,
    };
  });
  return { status: 'ready', movement: { ...movement, lostCustomers: result.lostCustomers }, result, byPeriod };
}

function getRevenueView(readings: Readings, valueOf: (field: ChurnFigureField) => number | null, problems: ChurnProblem[]): RevenueView {
  if (REVENUE_FIELDS.every((field) => readings[field].kind === 'blank')) return { status: 'not-used' };
  if (REVENUE_FIELDS.some((field) => readings[field].kind === 'invalid')) return { status: 'blocked' };
  if (readings.startingRevenue.kind === 'blank') return { status: 'missing', fields: ['startingRevenue'] };
  const blankAsZero = REVENUE_FIELDS.filter((field) => readings[field].kind === 'blank');
  const movement: RevenueMovement = {
    startingRevenue: valueOf('startingRevenue') ?? 0,
    expansionRevenue: valueOf('expansionRevenue') ?? 0,
    contractionRevenue: valueOf('contractionRevenue') ?? 0,
    churnedRevenue: valueOf('churnedRevenue') ?? 0,
  };
  const calculated = calculateRevenueRetention(movement);
  if (!calculated.ok) {
    problems.push({ field: calculated.error.field, kind: 'revenue', error: calculated.error });
    return { status: 'blocked' };
  }
  return { status: 'ready', movement, blankAsZero, result: calculated.value };
}

function getConversionView(
  from: RatePeriod,
  readings: Readings,
  valueOf: (field: ChurnFigureField) => number | null,
  problems: ChurnProblem[],
): ConversionView {
  const reading = readings.rateToConvert;
  if (reading.kind === 'blank') return { status: 'empty' };
  const percent = valueOf('rateToConvert');
  if (percent === null) return { status: 'blocked' };
  // The field takes percents: 5 is 5%.
  const rate = percent / 100;
  const byPeriod: { period: RatePeriod; exponent: number; rate: number }[] = [];
  for (const to of CHURN_PERIODS) {
    const converted = convertChurnRate(rate, from, to);
    if (!converted.ok) {
      problems.push({ field: 'rateToConvert', kind: 'rate', error: converted.error, percent });
      return { status: 'blocked' };
    }
    byPeriod.push({ period: to, exponent: getPeriodExponent(from, to), rate: to === from ? rate : converted.value });
  }
  return { status: 'ready', percent, rate, from, byPeriod };
}
