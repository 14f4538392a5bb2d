/**
 * What a person types into the customer lifetime value calculator, for every form, as text: the fields of each
 * form and the draft a share code fills. The schema it is saved with is in figure-draft-schemas.ts, loaded when
 * saved data is read.
 */
import type { ClvField } from './clv-input.ts';
import type { ClvShareState } from './clv-share-code.ts';
import type { ClvDraft } from './figure-draft-schemas.ts';
import { toPlainDecimal } from './to-plain-decimal.ts';

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

/** Longest text kept in one figure field. */
export const CLV_MAX_FIELD_LENGTH = 200;
export type { ClvDraft } from './figure-draft-schemas.ts';

/** The period selectors of each form. */
export type ClvPeriodField =
  | { readonly form: 'simple'; readonly field: 'frequencyPeriod' | 'lifespanPeriod' }
  | { readonly form: 'subscription'; readonly field: 'revenuePeriod' | 'churnPeriod' }
  | { readonly form: 'discounted'; readonly field: 'marginPeriod' | 'retentionPeriod' | 'discountPeriod' };

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

/**
 * The draft with a share code's form and figures put in; the other forms stay as they were.
 *
 * @param draft the draft before the link was opened
 * @param state a decoded share code
 * @returns the new draft, figures written as plain decimals
 * @example getDraftFromShareState(EMPTY_CLV_DRAFT, { form: 'subscription', churnPercent: 2.5, … }).subscription.churnRate // '2.5'
 */
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

