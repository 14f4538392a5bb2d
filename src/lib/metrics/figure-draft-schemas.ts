/**
 * The schemas the churn and CLV calculators save their drafts with (version 1 of each; churn-draft.ts and
 * clv-draft.ts have the fields and what fills a draft).
 *
 * Loaded only when saved data is read (persistedAtom's `parse: { load }`), after the page's first render: these
 * schemas and zod are not part of the calculators' first script (issue 17).
 */
import { z } from '../schema/zod.ts';
import { schemaParser } from '../storage/schema-parser.ts';
import { CHURN_FIGURE_FIELDS, CHURN_MAX_FIELD_LENGTH, CHURN_PERIODS, type ChurnFigureField } from './churn-draft.ts';
import { CLV_FORMS, CLV_MAX_FIELD_LENGTH } from './clv-draft.ts';
import { DISPLAY_CURRENCY_IDS } from './display-currency.ts';

/** A period figures are stated for: the same three in both calculators. */
const period = z.enum(CHURN_PERIODS);

/** A saved draft; the store persists it (version 1). */
export const churnDraftSchema = z.object({
  period,
  currency: z.enum(DISPLAY_CURRENCY_IDS),
  figures: z.object(
    Object.fromEntries(CHURN_FIGURE_FIELDS.map((field) => [field, z.string().check(z.maxLength(CHURN_MAX_FIELD_LENGTH))])) as Record<
      ChurnFigureField,
      z.ZodMiniString
    >,
  ),
  rateToConvertPeriod: period,
});

/** What the person typed and chose. */
export type ChurnDraft = z.output<typeof churnDraftSchema>;

const text = z.string().check(z.maxLength(CLV_MAX_FIELD_LENGTH));

/** A saved draft; the store persists it (version 1). */
export const clvDraftSchema = z.object({
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
export type ClvDraft = z.output<typeof clvDraftSchema>;

/** Read a saved draft: the draft, or which field is wrong and why. */
export const parseChurnDraft = schemaParser(churnDraftSchema);
export const parseClvDraft = schemaParser(clvDraftSchema);
