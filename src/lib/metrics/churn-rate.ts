import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { FigureError } from './figure-error.ts';
import { findFigureError } from './figure-error.ts';

/** The customer counts a churn calculation takes. */
export type CustomerField = 'customersAtStart' | 'customersAtEnd' | 'newCustomers' | 'lostCustomers';

/** Customers over one period. */
export type CustomerMovement = {
  /** S: customers at the start of the period. */
  readonly customersAtStart: number;
  /** E: customers at the end. */
  readonly customersAtEnd: number;
  /** N: customers gained during the period. */
  readonly newCustomers: number;
  /** L: customers lost during the period; derived as S + N − E when left out. */
  readonly lostCustomers?: number;
};

/** Why customer figures are impossible, naming the figure and the reason. */
export type ChurnInputError =
  | FigureError<CustomerField>
  /** S = 0: rates per starting customer do not exist. */
  | { readonly kind: 'no-customers-at-start'; readonly field: 'customersAtStart' }
  /** L > S + N: more customers lost than there ever were. */
  | { readonly kind: 'lost-more-than-available'; readonly field: 'lostCustomers'; readonly lostCustomers: number; readonly available: number }
  /** S + N − L ≠ E: the four figures disagree (a typo, or a different period). */
  | { readonly kind: 'inconsistent'; readonly field: 'customersAtEnd'; readonly customersAtEnd: number; readonly expectedEnd: number }
  /** L left out and E > S + N: more customers at the end than at the start plus the new ones. */
  | { readonly kind: 'end-above-start-plus-new'; readonly field: 'customersAtEnd'; readonly customersAtEnd: number; readonly available: number }
  /** E − N < 0: more new customers than customers at the end, so retention would be negative. */
  | { readonly kind: 'more-new-than-at-end'; readonly field: 'newCustomers'; readonly newCustomers: number; readonly customersAtEnd: number };

/** Churn and retention over the period, as fractions. */
export type ChurnResult = {
  /** L / S. */
  readonly churnRate: number;
  /** Customer retention rate (E − N) / S. */
  readonly retentionRate: number;
  readonly lostCustomers: number;
  /** Whether L was derived as S + N − E. */
  readonly lostCustomersDerived: boolean;
};

/** Relative tolerance for S + N − L = E, so figures that are only fractionally off by rounding pass. */
const CONSISTENCY_TOLERANCE = 1e-9;

/**
 * Customer churn rate and customer retention rate for one period.
 *
 * Churn rate = L / S; customer retention rate CRR = (E − N) / S, the share of
 * starting customers still there at the end. The figures must satisfy
 * S + N − L = E; L may be left out and is then derived. Impossible figures
 * give an error naming the figure; never NaN or Infinity. O(1).
 *
 * @param movement S, E, N and optionally L
 * @returns the rates, or which figure is impossible and why
 * @example calculateChurn({ customersAtStart: 200, customersAtEnd: 210, newCustomers: 30 }) // { ok: true, value: { churnRate: 0.1, retentionRate: 0.9, lostCustomers: 20, lostCustomersDerived: true } }
 * @see https://en.wikipedia.org/wiki/Churn_rate (churn rate L / S)
 * @see https://www.investopedia.com/terms/c/churnrate.asp (churn rate and its complement, retention)
 */
export function calculateChurn(movement: CustomerMovement): Result<ChurnResult, ChurnInputError> {
  const given = movement.lostCustomers !== undefined;
  const fields: CustomerField[] = ['customersAtStart', 'customersAtEnd', 'newCustomers'];
  if (given) fields.push('lostCustomers');
  const figureError = findFigureError({ ...movement, lostCustomers: movement.lostCustomers ?? 0 }, fields);
  if (figureError) return err(figureError);
  const { customersAtStart: start, customersAtEnd: end, newCustomers } = movement;
  if (start === 0) return err({ kind: 'no-customers-at-start', field: 'customersAtStart' });
  const available = start + newCustomers;
  let lost: number;
  if (movement.lostCustomers !== undefined) {
    lost = movement.lostCustomers;
    if (lost > available) return err({ kind: 'lost-more-than-available', field: 'lostCustomers', lostCustomers: lost, available });
    const expectedEnd = available - lost;
    if (Math.abs(expectedEnd - end) > CONSISTENCY_TOLERANCE * Math.max(available, end)) {
      return err({ kind: 'inconsistent', field: 'customersAtEnd', customersAtEnd: end, expectedEnd });
    }
  } else {
    if (end > available) return err({ kind: 'end-above-start-plus-new', field: 'customersAtEnd', customersAtEnd: end, available });
    lost = available - end;
  }
  if (end - newCustomers < 0) {
    return err({ kind: 'more-new-than-at-end', field: 'newCustomers', newCustomers, customersAtEnd: end });
  }
  return ok({
    churnRate: lost / start,
    retentionRate: (end - newCustomers) / start,
    lostCustomers: lost,
    lostCustomersDerived: !given,
  });
}
