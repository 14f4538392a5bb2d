/**
 * Rates stated per month, quarter or year, converted to another period by compounding (never by
 * multiplying): churn through retention, discount rates as effective interest.
 */
import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';

/** Months in each period a rate can be stated for. */
export const RATE_PERIOD_MONTHS = { month: 1, quarter: 3, year: 12 } as const;

/** A period a rate is stated for. */
export type RatePeriod = keyof typeof RATE_PERIOD_MONTHS;

/**
 * How many `from` periods make one `to` period: months_to ÷ months_from, the exponent of every compounded
 * conversion here (and the factor a duration is divided by).
 *
 * @param from the period a figure is stated for
 * @param to the period wanted
 * @returns the exponent, e.g. 12 from month to year
 * @example getPeriodExponent('month', 'year') // 12
 */
export function getPeriodExponent(from: RatePeriod, to: RatePeriod): number {
  return RATE_PERIOD_MONTHS[to] / RATE_PERIOD_MONTHS[from];
}

/** Why a rate cannot be converted. */
export type RateError =
  | { readonly kind: 'not-finite' }
  /** Churn is a share of customers: from 0 to 1 (0% to 100%). */
  | { readonly kind: 'outside-zero-to-one'; readonly value: number };

/**
 * Convert a churn rate between periods by compounding retention, not by multiplying.
 *
 * Retention over the new period is (1 − rate)^(months_to / months_from), so
 * churn = 1 − (1 − rate)^(months_to / months_from). 5% a month is
 * 1 − 0.95¹² = 45.96% a year, not 60%; 45.96% a year is 5% a month. O(1).
 *
 * @param rate churn per `from` period, as a fraction in [0, 1]
 * @param from the period the rate is for
 * @param to the period wanted
 * @returns the churn rate per `to` period
 * @example convertChurnRate(0.05, 'month', 'year') // { ok: true, value: 0.4596399123373631 }
 * @see https://en.wikipedia.org/wiki/Churn_rate
 */
export function convertChurnRate(rate: number, from: RatePeriod, to: RatePeriod): Result<number, RateError> {
  if (!Number.isFinite(rate)) return err({ kind: 'not-finite' });
  if (rate < 0 || rate > 1) return err({ kind: 'outside-zero-to-one', value: rate });
  const exponent = getPeriodExponent(from, to);
  if (rate === 1) return ok(1);
  // 1 − (1 − r)^k computed as −expm1(k·log1p(−r)) keeps small rates precise.
  return ok(-Math.expm1(exponent * Math.log1p(-rate)));
}

/**
 * Convert a discount rate between periods by compounding: (1 + i)^(months_to / months_from) − 1.
 * 10% a year is 0.797% a month, not 0.833%. Computed as expm1(k·log1p(i)) to keep small rates precise.
 * The caller checks the rate first (`validateClvInput` refuses a negative one).
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
  return Math.expm1(getPeriodExponent(from, to) * Math.log1p(rate));
}
