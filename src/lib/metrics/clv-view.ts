/**
 * What the CLV calculator shows for a draft: each figure parsed and checked, every figure brought to one
 * period, the CLV and how it moves as churn or margin moves. Pure; the store derives it from the draft.
 */
import type { Result } from '../result.ts';
import type { ClvResult } from './clv.ts';
import { calculateClv } from './clv.ts';
import type { ClvDraft, ClvForm } from './clv-draft.ts';
import { CLV_FORM_FIELDS, CLV_OPTIONAL_FIELDS, CLV_PERCENT_FIELDS } from './clv-draft.ts';
import type { ClvField, ClvInput, ClvInputError } from './clv-input.ts';
import { validateClvInput } from './clv-input.ts';
import type { ClvSensitivityError, ClvSensitivityRow } from './clv-sensitivity.ts';
import { getClvSensitivity } from './clv-sensitivity.ts';
import type { ClvShareState } from './clv-share-code.ts';
import type { RatePeriod } from './convert-rate.ts';
import { RATE_PERIOD_MONTHS, convertChurnRate, convertDiscountRate, getPeriodExponent } from './convert-rate.ts';
import type { DisplayCurrencyId } from './display-currency.ts';
import type { NumberFieldError } from './parse-number-field.ts';
import { parseNumberField } from './parse-number-field.ts';

/** Why a field's figure cannot be used; `field` is null when no single figure is to blame. */
export type ClvProblem =
  | { readonly field: ClvField; readonly kind: 'unreadable'; readonly error: Exclude<NumberFieldError, { kind: 'empty' }> }
  | { readonly field: ClvField | null; readonly kind: 'impossible'; readonly error: ClvInputError };

/** A figure converted to the period the CLV is worked out in. */
export type ClvConversion = {
  readonly field: ClvField;
  /** duration: a lifespan (linear); churn, retention, discount: a rate (compounded). */
  readonly kind: 'duration' | 'retention' | 'churn' | 'discount';
  readonly from: RatePeriod;
  readonly to: RatePeriod;
  /** months_to ÷ months_from. */
  readonly exponent: number;
  readonly fromValue: number;
  readonly toValue: number;
};

export type ClvOutcome =
  | { readonly status: 'empty' }
  | { readonly status: 'missing'; readonly fields: readonly ClvField[] }
  | { readonly status: 'blocked' }
  | {
      readonly status: 'ready';
      /** The figures as the formula takes them: fractions, all per `period`. */
      readonly input: ClvInput;
      readonly result: ClvResult;
      readonly conversions: readonly ClvConversion[];
      readonly churnSensitivity: Result<readonly ClvSensitivityRow[], ClvSensitivityError>;
      readonly marginSensitivity: Result<readonly ClvSensitivityRow[], ClvSensitivityError>;
    };

/** Everything the calculator shows for a draft. */
export type ClvView = {
  readonly form: ClvForm;
  readonly currency: DisplayCurrencyId;
  /** The period the CLV is worked out in: the period of the form's main figure. */
  readonly period: RatePeriod;
  /** Every figure that cannot be used, in form order. */
  readonly problems: readonly ClvProblem[];
  readonly outcome: ClvOutcome;
  /** What a share link would carry; null while any figure is unreadable or impossible, or nothing is typed. */
  readonly shareState: ClvShareState | null;
};

/**
 * The period the CLV is worked out in for a form: the period of its main figure.
 *
 * @param draft the typed figures and choices
 * @returns the period
 * @example getClvPeriod(EMPTY_CLV_DRAFT) // 'month' (the subscription form's revenue period)
 */
export function getClvPeriod(draft: ClvDraft): RatePeriod {
  switch (draft.form) {
    case 'simple':
      return draft.simple.frequencyPeriod;
    case 'subscription':
      return draft.subscription.revenuePeriod;
    case 'discounted':
      return draft.discounted.marginPeriod;
    default:
      return draft.form satisfies never;
  }
}

/**
 * Work out everything the calculator shows from what was typed: each figure parsed (percent fields take
 * percents; thousands separators and decimal commas accepted), checked, converted to one period, the CLV,
 * and how it moves as churn or margin moves. Never throws.
 *
 * @param draft the typed figures and choices
 * @returns the view, with every problem naming its field
 * @example getClvView(EMPTY_CLV_DRAFT).outcome // { status: 'empty' }
 */
export function getClvView(draft: ClvDraft): ClvView {
  const form = draft.form;
  const fields: readonly ClvField[] = CLV_FORM_FIELDS[form];
  const typed = draft[form] as Readonly<Record<string, string>>;
  const problems: ClvProblem[] = [];
  const values: Partial<Record<ClvField, number>> = {};
  const blank: ClvField[] = [];
  for (const field of fields) {
    const parsed = parseNumberField(typed[field] ?? '');
    if (!parsed.ok) {
      if (parsed.error.kind === 'empty') blank.push(field);
      else problems.push({ field, kind: 'unreadable', error: parsed.error });
    } else if (parsed.value < 0) {
      // No figure here can be negative: say so at once, before the other figures are in. Shares as fractions, as the library reports them.
      const value = CLV_PERCENT_FIELDS.includes(field) ? parsed.value / 100 : parsed.value;
      problems.push({ field, kind: 'impossible', error: { kind: 'negative', field, value } });
    } else {
      values[field] = parsed.value;
    }
  }
  const period = getClvPeriod(draft);
  const base = { form, currency: draft.currency, period } as const;
  if (blank.length === fields.length) return { ...base, problems, outcome: { status: 'empty' }, shareState: null };
  const shareState = problems.length > 0 ? null : getShareState(draft, values);
  if (problems.length > 0) return { ...base, problems, outcome: { status: 'blocked' }, shareState };
  const missing = blank.filter((field) => !CLV_OPTIONAL_FIELDS.includes(field));
  if (missing.length > 0) return { ...base, problems, outcome: { status: 'missing', fields: missing }, shareState };

  const share = (field: ClvField) => (values[field] ?? 0) / 100;
  const rawInput = getRawInput(draft, values, share);
  const impossible = validateClvInput(rawInput);
  if (impossible) {
    problems.push({ field: 'field' in impossible ? impossible.field : null, kind: 'impossible', error: impossible });
    return { ...base, problems, outcome: { status: 'blocked' }, shareState: null };
  }
  const { input, conversions } = convertToOnePeriod(draft, rawInput);
  const calculated = calculateClv(input);
  if (!calculated.ok) {
    const error = calculated.error;
    problems.push({ field: 'field' in error ? error.field : null, kind: 'impossible', error });
    return { ...base, problems, outcome: { status: 'blocked' }, shareState: null };
  }
  return {
    ...base,
    problems,
    outcome: {
      status: 'ready',
      input,
      result: calculated.value,
      conversions,
      churnSensitivity: getClvSensitivity(input, 'churn'),
      marginSensitivity: getClvSensitivity(input, 'margin'),
    },
    shareState,
  };
}

/** The formula's input from the typed figures, each rate still in its own period. */
function getRawInput(draft: ClvDraft, values: Partial<Record<ClvField, number>>, share: (field: ClvField) => number): ClvInput {
  switch (draft.form) {
    case 'simple':
      return {
        form: 'simple',
        averageOrderValue: values.averageOrderValue ?? 0,
        purchaseFrequency: values.purchaseFrequency ?? 0,
        lifespan: values.lifespan ?? 0,
        ...(values.margin === undefined ? {} : { margin: share('margin') }),
      };
    case 'subscription':
      return {
        form: 'subscription',
        averageRevenuePerAccount: values.averageRevenuePerAccount ?? 0,
        grossMargin: share('grossMargin'),
        churnRate: share('churnRate'),
      };
    case 'discounted':
      return {
        form: 'discounted',
        marginPerPeriod: values.marginPerPeriod ?? 0,
        retentionRate: share('retentionRate'),
        discountRate: share('discountRate'),
        timing: draft.discounted.timing,
      };
    default:
      return draft.form satisfies never;
  }
}

/** Bring every figure to the period of the form's main figure, noting each conversion. */
function convertToOnePeriod(draft: ClvDraft, raw: ClvInput): { input: ClvInput; conversions: ClvConversion[] } {
  const to = getClvPeriod(draft);
  const conversions: ClvConversion[] = [];
  const note = (field: ClvField, kind: ClvConversion['kind'], from: RatePeriod, fromValue: number, toValue: number) => {
    if (from !== to) conversions.push({ field, kind, from, to, exponent: getPeriodExponent(from, to), fromValue, toValue });
    return toValue;
  };
  switch (raw.form) {
    case 'simple': {
      const from = draft.simple.lifespanPeriod;
      const lifespan = from === to ? raw.lifespan : (raw.lifespan * RATE_PERIOD_MONTHS[from]) / RATE_PERIOD_MONTHS[to];
      return { input: { ...raw, lifespan: note('lifespan', 'duration', from, raw.lifespan, lifespan) }, conversions };
    }
    case 'subscription': {
      const from = draft.subscription.churnPeriod;
      const converted = convertChurnRate(raw.churnRate, from, to);
      const churnRate = from === to || !converted.ok ? raw.churnRate : converted.value;
      return { input: { ...raw, churnRate: note('churnRate', 'churn', from, raw.churnRate, churnRate) }, conversions };
    }
    case 'discounted': {
      const retentionFrom = draft.discounted.retentionPeriod;
      const lost = convertChurnRate(1 - raw.retentionRate, retentionFrom, to);
      const retentionRate = retentionFrom === to || !lost.ok ? raw.retentionRate : 1 - lost.value;
      const discountFrom = draft.discounted.discountPeriod;
      const discountRate = convertDiscountRate(raw.discountRate, discountFrom, to);
      return {
        input: {
          ...raw,
          retentionRate: note('retentionRate', 'retention', retentionFrom, raw.retentionRate, retentionRate),
          discountRate: note('discountRate', 'discount', discountFrom, raw.discountRate, discountRate),
        },
        conversions,
      };
    }
    default:
      return raw satisfies never;
  }
}

/** The share-code state of the form in use (figures as typed, percents as percents). */
function getShareState(draft: ClvDraft, values: Partial<Record<ClvField, number>>): ClvShareState {
  const value = (field: ClvField) => values[field] ?? null;
  switch (draft.form) {
    case 'simple':
      return {
        form: 'simple',
        currency: draft.currency,
        averageOrderValue: value('averageOrderValue'),
        purchaseFrequency: value('purchaseFrequency'),
        frequencyPeriod: draft.simple.frequencyPeriod,
        lifespan: value('lifespan'),
        lifespanPeriod: draft.simple.lifespanPeriod,
        marginPercent: value('margin'),
      };
    case 'subscription':
      return {
        form: 'subscription',
        currency: draft.currency,
        averageRevenuePerAccount: value('averageRevenuePerAccount'),
        revenuePeriod: draft.subscription.revenuePeriod,
        grossMarginPercent: value('grossMargin'),
        churnPercent: value('churnRate'),
        churnPeriod: draft.subscription.churnPeriod,
      };
    case 'discounted':
      return {
        form: 'discounted',
        currency: draft.currency,
        marginPerPeriod: value('marginPerPeriod'),
        marginPeriod: draft.discounted.marginPeriod,
        retentionPercent: value('retentionRate'),
        retentionPeriod: draft.discounted.retentionPeriod,
        discountPercent: value('discountRate'),
        discountPeriod: draft.discounted.discountPeriod,
        timing: draft.discounted.timing,
      };
    default:
      return draft.form satisfies never;
  }
}
