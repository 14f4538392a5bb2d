import type { Result } from '../result.ts';
import { ok } from '../result.ts';
import type { ClvInput, ClvInputError } from './clv-input.ts';
import { calculateClv } from './clv.ts';
import { roundHalfAwayFromZero } from './statistics/round-half-away-from-zero.ts';

/** How numbers appear in the formula; pass `Intl.NumberFormat`-based ones for the reader's locale. */
export type FormulaFormatters = {
  /** Money and counts; default: up to 2 decimals, no grouping. */
  readonly formatNumber?: (value: number) => string;
  /** Shares given as fractions; default: percent with up to 2 decimals ("5%"). */
  readonly formatPercent?: (share: number) => string;
};

const plainNumber = (value: number): string => String(roundHalfAwayFromZero(value, 2));
const plainPercent = (share: number): string => `${String(roundHalfAwayFromZero(share * 100, 2))}%`;

/**
 * Write a CLV formula with the user's numbers put in, ending with the result.
 *
 * @param input the same input `calculateClv` takes
 * @param formatters optional number and percent formatters
 * @returns e.g. "CLV = ARPA × gross margin ÷ churn rate = 100 × 80% ÷ 5% = 1600", or why the figures are impossible
 * @example describeClvFormula({ form: 'simple', averageOrderValue: 50, purchaseFrequency: 4, lifespan: 3, margin: 0.3 }) // { ok: true, value: 'CLV = average order value × purchase frequency × lifespan × margin = 50 × 4 × 3 × 30% = 180' }
 * @see https://doi.org/10.1002/dir.10045 (Gupta & Lehmann 2003, the discounted form)
 */
export function describeClvFormula(input: ClvInput, formatters: FormulaFormatters = {}): Result<string, ClvInputError> {
  const result = calculateClv(input);
  if (!result.ok) return result;
  const number = formatters.formatNumber ?? plainNumber;
  const percent = formatters.formatPercent ?? plainPercent;
  const value = number(result.value.value);
  switch (input.form) {
    case 'simple': {
      const base = `${number(input.averageOrderValue)} × ${number(input.purchaseFrequency)} × ${number(input.lifespan)}`;
      return input.margin === undefined
        ? ok(`CLV = average order value × purchase frequency × lifespan = ${base} = ${value}`)
        : ok(`CLV = average order value × purchase frequency × lifespan × margin = ${base} × ${percent(input.margin)} = ${value}`);
    }
    case 'subscription':
      return ok(
        `CLV = ARPA × gross margin ÷ churn rate = ${number(input.averageRevenuePerAccount)} × ${percent(input.grossMargin)} ÷ ${percent(input.churnRate)} = ${value}`,
      );
    case 'discounted': {
      const m = number(input.marginPerPeriod);
      const r = percent(input.retentionRate);
      const i = percent(input.discountRate);
      return (input.timing ?? 'end-of-period') === 'end-of-period'
        ? ok(`CLV = m × r ÷ (1 + i − r) = ${m} × ${r} ÷ (1 + ${i} − ${r}) = ${value}`)
        : ok(`CLV = m × (1 + i) ÷ (1 + i − r) = ${m} × (1 + ${i}) ÷ (1 + ${i} − ${r}) = ${value}`);
    }
    default:
      input satisfies never;
      throw new Error('describeClvFormula requires a known form');
  }
}
