/**
 * The churn and retention calculator: what the person typed, and what it means.
 *
 * Data shape: localStorage `touchpoint:churn-calculator` = `{"v": 1, "data": ChurnDraft}` (see persisted-atom.ts).
 * Fields are kept as typed text, so nothing typed is lost on a reload, even text that is not a number yet.
 * Migrations: none yet; when the shape changes, bump CHURN_DRAFT_VERSION and add `migrations[1]`.
 *
 * The tool page and a guide that embeds the calculator share this store: it is the same person's figures.
 * Share links: `/tools/churn-retention/#c=<code>` (see lib/metrics/churn-share-code.ts).
 */
import { z } from '../lib/schema/zod.ts';
import type { ChurnShareState } from '../lib/metrics/churn-share-code.ts';
import { decodeChurnShareCode, encodeChurnShareCode } from '../lib/metrics/churn-share-code.ts';
import type { ChurnInputError, ChurnResult, CustomerField, CustomerMovement } from '../lib/metrics/churn-rate.ts';
import { calculateChurn } from '../lib/metrics/churn-rate.ts';
import type { RateError, RatePeriod } from '../lib/metrics/convert-churn-rate.ts';
import { RATE_PERIOD_MONTHS, convertChurnRate } from '../lib/metrics/convert-churn-rate.ts';
import type { DisplayCurrencyId } from '../lib/metrics/display-currency.ts';
import { DISPLAY_CURRENCY_IDS } from '../lib/metrics/display-currency.ts';
import type { NumberFieldError } from '../lib/metrics/parse-number-field.ts';
import { parseNumberField } from '../lib/metrics/parse-number-field.ts';
import type { RevenueField, RevenueInputError, RevenueMovement, RevenueRetention } from '../lib/metrics/revenue-retention.ts';
import { calculateRevenueRetention } from '../lib/metrics/revenue-retention.ts';
import { toPlainDecimal } from '../lib/metrics/to-plain-decimal.ts';
import { schemaParser } from '../lib/storage/schema-parser.ts';
import type { FigureShareCodeError } from '../lib/metrics/figure-share-code.ts';
import { createShareLink, type ShareLinkNotice } from './share-link.ts';
import { persistedAtom } from './persisted-atom.ts';

/** The tool page; share links point here even from a guide. */
export const CHURN_TOOL_PATH = '/tools/churn-retention/';

export const CUSTOMER_FIELDS = ['customersAtStart', 'newCustomers', 'customersAtEnd', 'lostCustomers'] as const;
export const REVENUE_FIELDS = ['startingRevenue', 'expansionRevenue', 'contractionRevenue', 'churnedRevenue'] as const;
/** Every typed figure, in the order the form shows them. */
export const CHURN_FIGURE_FIELDS = [...CUSTOMER_FIELDS, ...REVENUE_FIELDS, 'rateToConvert'] as const;
export type ChurnFigureField = (typeof CHURN_FIGURE_FIELDS)[number];

const PERIODS = ['month', 'quarter', 'year'] as const satisfies readonly RatePeriod[];
/** Longest text kept per field; a field is one figure, so this only stops runaway pastes. */
const MAX_FIELD_LENGTH = 200;

const draftSchema = z.object({
  period: z.enum(PERIODS),
  currency: z.enum(DISPLAY_CURRENCY_IDS),
  figures: z.object(
    Object.fromEntries(CHURN_FIGURE_FIELDS.map((field) => [field, z.string().check(z.maxLength(MAX_FIELD_LENGTH))])) as Record<
      ChurnFigureField,
      z.ZodMiniString
    >,
  ),
  rateToConvertPeriod: z.enum(PERIODS),
});

/** What the person typed and chose. */
export type ChurnDraft = z.output<typeof draftSchema>;

export const CHURN_DRAFT_VERSION = 1;

const BLANK_FIGURES = Object.fromEntries(CHURN_FIGURE_FIELDS.map((field) => [field, ''])) as Record<ChurnFigureField, string>;

/** A fresh form: no figures, a monthly period, no currency symbol. */
export const EMPTY_CHURN_DRAFT: ChurnDraft = { period: 'month', currency: 'none', figures: BLANK_FIGURES, rateToConvertPeriod: 'month' };

/** Fernway's first quarter, the worked example in the churn, retention and CLV guide. */
export const CHURN_EXAMPLE_DRAFT: ChurnDraft = {
  period: 'quarter',
  currency: 'gbp',
  figures: {
    customersAtStart: '2,000',
    newCustomers: '300',
    customersAtEnd: '2,100',
    lostCustomers: '',
    startingRevenue: '100,000',
    expansionRevenue: '8,000',
    contractionRevenue: '3,000',
    churnedRevenue: '6,000',
    rateToConvert: '5',
  },
  rateToConvertPeriod: 'month',
};

export const $churnDraft = persistedAtom<ChurnDraft>({
  key: 'churn-calculator',
  version: CHURN_DRAFT_VERSION,
  initial: EMPTY_CHURN_DRAFT,
  parse: schemaParser(draftSchema),
});

/** What happened to the last share link opened: applied (with the figures it replaced) or refused. */
export type ChurnShareNotice = ShareLinkNotice<ChurnDraft, FigureShareCodeError>;

const churnShareLink = createShareLink($churnDraft, decodeChurnShareCode, (_current: ChurnDraft, state: ChurnShareState) => getDraftFromShareState(state));

export const $churnShareNotice = churnShareLink.$notice;

/** Set one typed figure. */
export function setChurnFigure(field: ChurnFigureField, text: string): void {
  const draft = $churnDraft.get();
  $churnDraft.set({ ...draft, figures: { ...draft.figures, [field]: text.slice(0, MAX_FIELD_LENGTH) } });
}

/** Set the period the customer and revenue figures cover. */
export function setChurnPeriod(period: RatePeriod): void {
  $churnDraft.set({ ...$churnDraft.get(), period });
}

/** Set the period of the churn rate to convert. */
export function setRateToConvertPeriod(period: RatePeriod): void {
  $churnDraft.set({ ...$churnDraft.get(), rateToConvertPeriod: period });
}

/** Choose the currency symbol shown next to revenue (display only). */
export function setChurnCurrency(currency: DisplayCurrencyId): void {
  $churnDraft.set({ ...$churnDraft.get(), currency });
}

/** Empty every field (the period and currency stay as chosen). */
export function clearChurn(): void {
  const { period, currency, rateToConvertPeriod } = $churnDraft.get();
  $churnDraft.set({ ...EMPTY_CHURN_DRAFT, period, currency, rateToConvertPeriod });
  $churnShareNotice.set({ kind: 'none' });
}

/** Fill in the guide's worked example. */
export function fillChurnExample(): void {
  $churnDraft.set(CHURN_EXAMPLE_DRAFT);
}

/** Whether a URL fragment carries a share code (`#c=…`); other fragments, e.g. heading anchors, are left alone. */
export function isShareFragment(hash: string): boolean {
  return /^#?c=/i.test(hash.trim());
}

/** Open a share link's figures (see `FigureShareLink.apply`). */
export const applyChurnShareFragment = churnShareLink.apply;

/** Put back the figures a share link replaced. */
export const restoreChurnBeforeShare = churnShareLink.restore;

/** Hide the share-link notice. */
export const dismissChurnShareNotice = churnShareLink.dismiss;

/** The form a share code describes. */
export function getDraftFromShareState(state: ChurnShareState): ChurnDraft {
  const text = (value: number | null) => (value === null ? '' : toPlainDecimal(value));
  return {
    period: state.period,
    currency: state.currency,
    figures: {
      customersAtStart: text(state.customersAtStart),
      newCustomers: text(state.newCustomers),
      customersAtEnd: text(state.customersAtEnd),
      lostCustomers: text(state.lostCustomers),
      startingRevenue: text(state.startingRevenue),
      expansionRevenue: text(state.expansionRevenue),
      contractionRevenue: text(state.contractionRevenue),
      churnedRevenue: text(state.churnedRevenue),
      rateToConvert: text(state.rateToConvertPercent),
    },
    rateToConvertPeriod: state.rateToConvertPeriod,
  };
}

/** The full link that reopens these figures on the tool page. */
export function getChurnShareUrl(origin: string, state: ChurnShareState): string {
  return `${origin}${CHURN_TOOL_PATH}#c=${encodeChurnShareCode(state)}`;
}

// ---- What the figures mean ----------------------------------------------------------------------------

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
  const byPeriod = PERIODS.map((to): PeriodRates => {
    const churn = convertChurnRate(result.churnRate, period, to);
    const loss = convertChurnRate(1 - result.retentionRate, period, to);
    return {
      period: to,
      exponent: RATE_PERIOD_MONTHS[to] / RATE_PERIOD_MONTHS[period],
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
  for (const to of PERIODS) {
    const converted = convertChurnRate(rate, from, to);
    if (!converted.ok) {
      problems.push({ field: 'rateToConvert', kind: 'rate', error: converted.error, percent });
      return { status: 'blocked' };
    }
    byPeriod.push({ period: to, exponent: RATE_PERIOD_MONTHS[to] / RATE_PERIOD_MONTHS[from], rate: to === from ? rate : converted.value });
  }
  return { status: 'ready', percent, rate, from, byPeriod };
}
