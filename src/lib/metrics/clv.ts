import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { ClvInput, ClvInputError, ClvTiming } from './clv-input.ts';
import { validateClvInput } from './clv-input.ts';

/** A customer lifetime value with the form it came from. */
export type ClvResult = {
  readonly form: ClvInput['form'];
  readonly value: number;
  /** Which discounted variant was used; null for the other forms. */
  readonly timing: ClvTiming | null;
  /** Expected customer lifetime in periods (1 / churn, or the lifespan given); null for the discounted form. */
  readonly expectedLifetime: number | null;
};

/**
 * Customer lifetime value in one of three forms.
 *
 * - simple: average order value × purchase frequency × lifespan (× margin when given);
 * - subscription: ARPA × gross margin ÷ churn rate (expected lifetime 1/churn periods; zero churn is an error);
 * - discounted: m·r/(1 + i − r) (Gupta & Lehmann 2003), or m·(1 + i)/(1 + i − r) with `start-of-period` timing.
 * Never NaN or Infinity. O(1).
 *
 * @param input the figures, with `form`
 * @returns the value, or which figure is impossible
 * @example calculateClv({ form: 'subscription', averageRevenuePerAccount: 100, grossMargin: 0.8, churnRate: 0.05 }).value.value // 1600
 * @see https://doi.org/10.1002/dir.10045 (Gupta & Lehmann 2003, "Customers as assets", J. Interactive Marketing 17(1))
 * @see https://www.forentrepreneurs.com/saas-metrics-2/ (David Skok: LTV = ARPA × gross margin ÷ churn)
 */
export function calculateClv(input: ClvInput): Result<ClvResult, ClvInputError> {
  const problem = validateClvInput(input);
  if (problem) return err(problem);
  const result = computeClv(input);
  const finite = Number.isFinite(result.value) && (result.expectedLifetime === null || Number.isFinite(result.expectedLifetime));
  return finite ? ok(result) : err({ kind: 'too-large' });
}

/** The formula for each form, on validated input. */
function computeClv(input: ClvInput): ClvResult {
  switch (input.form) {
    case 'simple':
      return {
        form: 'simple',
        value: input.averageOrderValue * input.purchaseFrequency * input.lifespan * (input.margin ?? 1),
        timing: null,
        expectedLifetime: input.lifespan,
      };
    case 'subscription':
      return {
        form: 'subscription',
        value: (input.averageRevenuePerAccount * input.grossMargin) / input.churnRate,
        timing: null,
        expectedLifetime: 1 / input.churnRate,
      };
    case 'discounted': {
      const timing = input.timing ?? 'end-of-period';
      const denominator = 1 + input.discountRate - input.retentionRate;
      const numerator = timing === 'end-of-period' ? input.retentionRate : 1 + input.discountRate;
      return { form: 'discounted', value: (input.marginPerPeriod * numerator) / denominator, timing, expectedLifetime: null };
    }
    default:
      input satisfies never;
      throw new Error('calculateClv requires a known form');
  }
}
