import type { FigureError } from './figure-error.ts';
import { findFigureError } from './figure-error.ts';

/** Simple form: average order value × purchase frequency × lifespan (× margin). */
export type SimpleClvInput = {
  readonly form: 'simple';
  /** Average revenue per order. */
  readonly averageOrderValue: number;
  /** Orders per customer per period (e.g. per year). */
  readonly purchaseFrequency: number;
  /** Periods a customer stays (e.g. years). */
  readonly lifespan: number;
  /** Profit margin as a fraction in [0, 1]; left out, the CLV is in revenue. */
  readonly margin?: number;
};

/** Subscription form: ARPA × gross margin ÷ churn rate, all per the same period. */
export type SubscriptionClvInput = {
  readonly form: 'subscription';
  /** Average revenue per account per period. */
  readonly averageRevenuePerAccount: number;
  /** Gross margin as a fraction in [0, 1]. */
  readonly grossMargin: number;
  /** Churn per period as a fraction in (0, 1]. */
  readonly churnRate: number;
};

/**
 * When margins arrive in the discounted form:
 * - `end-of-period` (default): m·r/(1 + i − r); each period's margin is earned at its end, only from
 *   customers retained into it, so the first margin is already discounted (Gupta & Lehmann 2003, eq. 3).
 * - `start-of-period`: m·(1 + i)/(1 + i − r); margins arrive at the start of each period, the first one now.
 */
export type ClvTiming = 'end-of-period' | 'start-of-period';

/** Discounted form with constant margin and retention over an infinite horizon. */
export type DiscountedClvInput = {
  readonly form: 'discounted';
  /** m: margin per customer per period (money). */
  readonly marginPerPeriod: number;
  /** r: retention rate per period as a fraction in [0, 1]. */
  readonly retentionRate: number;
  /** i: discount rate per period as a fraction >= 0. */
  readonly discountRate: number;
  readonly timing?: ClvTiming;
};

/** Any CLV input, told apart by `form`. */
export type ClvInput = SimpleClvInput | SubscriptionClvInput | DiscountedClvInput;

/** Every figure a CLV input can have. */
export type ClvField =
  | 'averageOrderValue'
  | 'purchaseFrequency'
  | 'lifespan'
  | 'margin'
  | 'averageRevenuePerAccount'
  | 'grossMargin'
  | 'churnRate'
  | 'marginPerPeriod'
  | 'retentionRate'
  | 'discountRate';

/** Why CLV figures are impossible, naming the figure. */
export type ClvInputError =
  | FigureError<ClvField>
  /** A share (margin, churn, retention) above 1 (100%). */
  | { readonly kind: 'above-one'; readonly field: ClvField; readonly value: number }
  /** No churn (churn 0, or retention 1 with no discount): customers would be worth an infinite amount. */
  | { readonly kind: 'zero-churn'; readonly field: 'churnRate' | 'retentionRate' }
  /** The figures multiply past the largest number JavaScript can hold. */
  | { readonly kind: 'too-large' };

/** First share above 1, if any. */
function findShareAboveOne(figures: Readonly<Partial<Record<ClvField, number>>>, fields: readonly ClvField[]): ClvInputError | null {
  for (const field of fields) {
    const value = figures[field];
    if (value !== undefined && value > 1) return { kind: 'above-one', field, value };
  }
  return null;
}

/**
 * Check a CLV input and return the first impossible figure, or null.
 *
 * Figures must be finite and >= 0; margins, churn and retention at most 1;
 * churn above 0 (subscription form) and not r = 1 with i = 0 (discounted form),
 * which would make a customer worth an infinite amount. O(1).
 *
 * @param input a CLV input
 * @returns the first problem, or null
 * @see https://doi.org/10.1002/dir.10045 (Gupta & Lehmann 2003)
 * @example validateClvInput({ form: 'subscription', averageRevenuePerAccount: 50, grossMargin: 0.8, churnRate: 0 }) // { kind: 'zero-churn', field: 'churnRate' }
 */
export function validateClvInput(input: ClvInput): ClvInputError | null {
  switch (input.form) {
    case 'simple': {
      const fields: ClvField[] = ['averageOrderValue', 'purchaseFrequency', 'lifespan'];
      if (input.margin !== undefined) fields.push('margin');
      return findFigureError<ClvField>(input, fields) ?? findShareAboveOne(input, ['margin']);
    }
    case 'subscription': {
      const fields = ['averageRevenuePerAccount', 'grossMargin', 'churnRate'] as const satisfies readonly ClvField[];
      const problem = findFigureError<ClvField>(input, fields) ?? findShareAboveOne(input, ['grossMargin', 'churnRate']);
      if (problem) return problem;
      return input.churnRate === 0 ? { kind: 'zero-churn', field: 'churnRate' } : null;
    }
    case 'discounted': {
      const fields = ['marginPerPeriod', 'retentionRate', 'discountRate'] as const satisfies readonly ClvField[];
      const problem = findFigureError<ClvField>(input, fields) ?? findShareAboveOne(input, ['retentionRate']);
      if (problem) return problem;
      // 1 + i − r is 0 when r = 1 and i = 0 (or i is too small to change 1 + i).
      return 1 + input.discountRate - input.retentionRate <= 0 ? { kind: 'zero-churn', field: 'retentionRate' } : null;
    }
    default:
      input satisfies never;
      throw new Error(`validateClvInput requires a form of simple, subscription or discounted, got ${String((input as { form: unknown }).form)}`);
  }
}
