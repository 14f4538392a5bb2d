/**
 * What a person types into the churn and retention calculator, as text: the fields and the draft a share code
 * fills. The schema it is saved with is in figure-draft-schemas.ts, loaded when saved data is read.
 */
import type { ChurnShareState } from './churn-share-code.ts';
import type { RatePeriod } from './convert-rate.ts';
import type { ChurnDraft } from './figure-draft-schemas.ts';
import { toPlainDecimal } from './to-plain-decimal.ts';

export const CUSTOMER_FIELDS = ['customersAtStart', 'newCustomers', 'customersAtEnd', 'lostCustomers'] as const;
export const REVENUE_FIELDS = ['startingRevenue', 'expansionRevenue', 'contractionRevenue', 'churnedRevenue'] as const;
/** Every typed figure, in the order the form shows them. */
export const CHURN_FIGURE_FIELDS = [...CUSTOMER_FIELDS, ...REVENUE_FIELDS, 'rateToConvert'] as const;
export type ChurnFigureField = (typeof CHURN_FIGURE_FIELDS)[number];

/** The periods figures can be stated for, shortest first. */
export const CHURN_PERIODS = ['month', 'quarter', 'year'] as const satisfies readonly RatePeriod[];
/** Longest text kept per field; a field is one figure, so this only stops runaway pastes. */
export const CHURN_MAX_FIELD_LENGTH = 200;

export type { ChurnDraft } from './figure-draft-schemas.ts';

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

/**
 * The form a share code describes, figures written as plain decimals (blank where the code has none).
 *
 * @param state a decoded share code
 * @returns the draft
 * @example getDraftFromShareState({ …, customersAtStart: 2000, … }).figures.customersAtStart // '2000'
 */
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

