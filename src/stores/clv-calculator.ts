/**
 * The customer lifetime value calculator: what the person typed for each form, and what it means.
 *
 * Data shape: localStorage `touchpoint:clv-calculator` = `{"v": 1, "data": ClvDraft}` (see persisted-atom.ts).
 * Each form keeps its own fields as typed text, so switching form loses nothing and a reload keeps text that
 * is not a number yet. Migrations: none yet; when the shape changes, bump CLV_DRAFT_VERSION and add
 * `migrations[1]`.
 *
 * Periods: every figure that belongs to a period says which (month, quarter, year). The CLV is worked out
 * in the period of the form's main figure (purchase frequency, ARPA or margin); the other figures are
 * converted to it first, and the view lists each conversion so the page can show it.
 *
 * Share links: `/tools/clv/#c=<code>` (see lib/metrics/clv-share-code.ts).
 */
import { z } from '../lib/schema/zod.ts';
import type { ClvResult } from '../lib/metrics/clv.ts';
import { calculateClv } from '../lib/metrics/clv.ts';
import type { ClvField, ClvInput, ClvInputError, ClvTiming } from '../lib/metrics/clv-input.ts';
import { validateClvInput } from '../lib/metrics/clv-input.ts';
import type { ClvSensitivityError, ClvSensitivityRow } from '../lib/metrics/clv-sensitivity.ts';
import { getClvSensitivity } from '../lib/metrics/clv-sensitivity.ts';
import type { ClvShareState } from '../lib/metrics/clv-share-code.ts';
import { decodeClvShareCode, encodeClvShareCode } from '../lib/metrics/clv-share-code.ts';
import type { RatePeriod } from '../lib/metrics/convert-churn-rate.ts';
import { RATE_PERIOD_MONTHS, convertChurnRate } from '../lib/metrics/convert-churn-rate.ts';
import type { DisplayCurrencyId } from '../lib/metrics/display-currency.ts';
import { DISPLAY_CURRENCY_IDS } from '../lib/metrics/display-currency.ts';
import type { NumberFieldError } from '../lib/metrics/parse-number-field.ts';
import { parseNumberField } from '../lib/metrics/parse-number-field.ts';
import { toPlainDecimal } from '../lib/metrics/to-plain-decimal.ts';
import type { Result } from '../lib/result.ts';
import { schemaParser } from '../lib/storage/schema-parser.ts';
import type { FigureShareCodeError } from '../lib/metrics/figure-share-code.ts';
import { createShareLink, type ShareLinkNotice } from './share-link.ts';
import { persistedAtom } from './persisted-atom.ts';

/** The tool page; share links point here even from a guide. */
export const CLV_TOOL_PATH = '/tools/clv/';

export const CLV_FORMS = ['simple', 'subscription', 'discounted'] as const;
export type ClvForm = (typeof CLV_FORMS)[number];

/** The typed figures of each form, in the order the form shows them. */
export const CLV_FORM_FIELDS = {
  simple: ['averageOrderValue', 'purchaseFrequency', 'lifespan', 'margin'],
  subscription: ['averageRevenuePerAccount', 'grossMargin', 'churnRate'],
  discounted: ['marginPerPeriod', 'retentionRate', 'discountRate'],
} as const satisfies Record<ClvForm, readonly ClvField[]>;

/** Figures typed in percent (5 is 5%); the calculation takes them as fractions. */
export const CLV_PERCENT_FIELDS: readonly ClvField[] = ['margin', 'grossMargin', 'churnRate', 'retentionRate', 'discountRate'];
/** Figures in money, shown with the currency symbol. */
export const CLV_MONEY_FIELDS: readonly ClvField[] = ['averageOrderValue', 'averageRevenuePerAccount', 'marginPerPeriod'];
/** Figures that may be left blank. */
export const CLV_OPTIONAL_FIELDS: readonly ClvField[] = ['margin'];

const PERIODS = ['month', 'quarter', 'year'] as const satisfies readonly RatePeriod[];
const MAX_FIELD_LENGTH = 200;
const text = z.string().check(z.maxLength(MAX_FIELD_LENGTH));
const period = z.enum(PERIODS);

const draftSchema = z.object({
  form: z.enum(CLV_FORMS),
  currency: z.enum(DISPLAY_CURRENCY_IDS),
  simple: z.object({
    averageOrderValue: text,
    purchaseFrequency: text,
    frequencyPeriod: period,
    lifespan: text,
    lifespanPeriod: period,
    margin: text,
  }),
  subscription: z.object({
    averageRevenuePerAccount: text,
    revenuePeriod: period,
    grossMargin: text,
    churnRate: text,
    churnPeriod: period,
  }),
  discounted: z.object({
    marginPerPeriod: text,
    marginPeriod: period,
    retentionRate: text,
    retentionPeriod: period,
    discountRate: text,
    discountPeriod: period,
    timing: z.enum(['end-of-period', 'start-of-period']),
  }),
});

/** What the person typed and chose, for every form. */
export type ClvDraft = z.output<typeof draftSchema>;

/** The period selectors of each form. */
export type ClvPeriodField =
  | { readonly form: 'simple'; readonly field: 'frequencyPeriod' | 'lifespanPeriod' }
  | { readonly form: 'subscription'; readonly field: 'revenuePeriod' | 'churnPeriod' }
  | { readonly form: 'discounted'; readonly field: 'marginPeriod' | 'retentionPeriod' | 'discountPeriod' };

export const CLV_DRAFT_VERSION = 1;

/** A fresh form: the subscription form, yearly purchase figures, monthly subscription figures, yearly discounting. */
export const EMPTY_CLV_DRAFT: ClvDraft = {
  form: 'subscription',
  currency: 'none',
  simple: { averageOrderValue: '', purchaseFrequency: '', frequencyPeriod: 'year', lifespan: '', lifespanPeriod: 'year', margin: '' },
  subscription: { averageRevenuePerAccount: '', revenuePeriod: 'month', grossMargin: '', churnRate: '', churnPeriod: 'month' },
  discounted: {
    marginPerPeriod: '',
    marginPeriod: 'year',
    retentionRate: '',
    retentionPeriod: 'year',
    discountRate: '',
    discountPeriod: 'year',
    timing: 'end-of-period',
  },
};

/** Fernway's figures from the churn, retention and CLV guide's worked example, for every form. */
export const CLV_EXAMPLE_DRAFT: Omit<ClvDraft, 'form'> = {
  currency: 'gbp',
  simple: { averageOrderValue: '40', purchaseFrequency: '5', frequencyPeriod: 'year', lifespan: '3', lifespanPeriod: 'year', margin: '30' },
  subscription: { averageRevenuePerAccount: '50', revenuePeriod: 'month', grossMargin: '80', churnRate: '2.5', churnPeriod: 'month' },
  discounted: {
    marginPerPeriod: '480',
    marginPeriod: 'year',
    retentionRate: '97.5',
    retentionPeriod: 'month',
    discountRate: '10',
    discountPeriod: 'year',
    timing: 'end-of-period',
  },
};

export const $clvDraft = persistedAtom<ClvDraft>({
  key: 'clv-calculator',
  version: CLV_DRAFT_VERSION,
  initial: EMPTY_CLV_DRAFT,
  parse: schemaParser(draftSchema),
});

/** What happened to the last share link opened: applied (with the figures it replaced) or refused. */
export type ClvShareNotice = ShareLinkNotice<ClvDraft, FigureShareCodeError>;

const clvShareLink = createShareLink($clvDraft, decodeClvShareCode, getDraftFromShareState);

export const $clvShareNotice = clvShareLink.$notice;

/** Choose the form of CLV. */
export function setClvForm(form: ClvForm): void {
  $clvDraft.set({ ...$clvDraft.get(), form });
}

/** Choose the currency symbol shown next to money (display only). */
export function setClvCurrency(currency: DisplayCurrencyId): void {
  $clvDraft.set({ ...$clvDraft.get(), currency });
}

/** Set one typed figure of a form. */
export function setClvFigure<F extends ClvForm>(form: F, field: (typeof CLV_FORM_FIELDS)[F][number], value: string): void {
  const draft = $clvDraft.get();
  $clvDraft.set({ ...draft, [form]: { ...draft[form], [field]: value.slice(0, MAX_FIELD_LENGTH) } });
}

/** Set the period a figure belongs to. */
export function setClvPeriod(selector: ClvPeriodField, value: RatePeriod): void {
  const draft = $clvDraft.get();
  $clvDraft.set({ ...draft, [selector.form]: { ...draft[selector.form], [selector.field]: value } });
}

/** Choose when margins arrive in the discounted form. */
export function setClvTiming(timing: ClvTiming): void {
  const draft = $clvDraft.get();
  $clvDraft.set({ ...draft, discounted: { ...draft.discounted, timing } });
}

/** Empty the figures of every form; the form, currency, periods and timing stay as chosen. */
export function clearClv(): void {
  const draft = $clvDraft.get();
  $clvDraft.set({
    ...draft,
    simple: { ...draft.simple, averageOrderValue: '', purchaseFrequency: '', lifespan: '', margin: '' },
    subscription: { ...draft.subscription, averageRevenuePerAccount: '', grossMargin: '', churnRate: '' },
    discounted: { ...draft.discounted, marginPerPeriod: '', retentionRate: '', discountRate: '' },
  });
  $clvShareNotice.set({ kind: 'none' });
}

/** Fill in the guide's worked example, keeping the form in use. */
export function fillClvExample(): void {
  $clvDraft.set({ ...CLV_EXAMPLE_DRAFT, form: $clvDraft.get().form });
}

/** Open a share link's figures (see `FigureShareLink.apply`). */
export const applyClvShareFragment = clvShareLink.apply;

/** Put back the figures a share link replaced. */
export const restoreClvBeforeShare = clvShareLink.restore;

/** Hide the share-link notice. */
export const dismissClvShareNotice = clvShareLink.dismiss;

/** The draft with a share code's form and figures put in. */
export function getDraftFromShareState(draft: ClvDraft, state: ClvShareState): ClvDraft {
  const written = (value: number | null) => (value === null ? '' : toPlainDecimal(value));
  const base = { ...draft, form: state.form, currency: state.currency };
  switch (state.form) {
    case 'simple':
      return {
        ...base,
        simple: {
          averageOrderValue: written(state.averageOrderValue),
          purchaseFrequency: written(state.purchaseFrequency),
          frequencyPeriod: state.frequencyPeriod,
          lifespan: written(state.lifespan),
          lifespanPeriod: state.lifespanPeriod,
          margin: written(state.marginPercent),
        },
      };
    case 'subscription':
      return {
        ...base,
        subscription: {
          averageRevenuePerAccount: written(state.averageRevenuePerAccount),
          revenuePeriod: state.revenuePeriod,
          grossMargin: written(state.grossMarginPercent),
          churnRate: written(state.churnPercent),
          churnPeriod: state.churnPeriod,
        },
      };
    case 'discounted':
      return {
        ...base,
        discounted: {
          marginPerPeriod: written(state.marginPerPeriod),
          marginPeriod: state.marginPeriod,
          retentionRate: written(state.retentionPercent),
          retentionPeriod: state.retentionPeriod,
          discountRate: written(state.discountPercent),
          discountPeriod: state.discountPeriod,
          timing: state.timing,
        },
      };
    default:
      return state satisfies never;
  }
}

/** The full link that reopens these figures on the tool page. */
export function getClvShareUrl(origin: string, state: ClvShareState): string {
  return `${origin}${CLV_TOOL_PATH}#c=${encodeClvShareCode(state)}`;
}

/**
 * Convert a discount rate between periods by compounding: (1 + i)^(months_to / months_from) − 1.
 * 10% a year is 0.797% a month, not 0.833%. Computed as expm1(k·log1p(i)) to keep small rates precise.
 *
 * @param rate the rate per `from` period, as a fraction >= 0
 * @param from the period the rate is for
 * @param to the period wanted
 * @returns the rate per `to` period
 * @example convertDiscountRate(0.1, 'year', 'month') // 0.007974140428903741
 * @see https://en.wikipedia.org/wiki/Effective_interest_rate
 */
export function convertDiscountRate(rate: number, from: RatePeriod, to: RatePeriod): number {
  if (from === to) return rate;
  return Math.expm1((RATE_PERIOD_MONTHS[to] / RATE_PERIOD_MONTHS[from]) * Math.log1p(rate));
}

// ---- What the figures mean ----------------------------------------------------------------------------

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

/** The period the CLV is worked out in for a form. */
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
    if (from !== to) conversions.push({ field, kind, from, to, exponent: RATE_PERIOD_MONTHS[to] / RATE_PERIOD_MONTHS[from], fromValue, toValue });
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
