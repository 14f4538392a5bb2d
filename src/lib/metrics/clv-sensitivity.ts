import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { ClvInput, ClvInputError } from './clv-input.ts';
import { calculateClv } from './clv.ts';

/** What the table moves: churn (or 1 − retention) or margin. */
export type ClvSensitivityParameter = 'churn' | 'margin';

/** Relative moves shown by default: −20%, −10%, as is, +10%, +20%. */
export const DEFAULT_SENSITIVITY_CHANGES = [-0.2, -0.1, 0, 0.1, 0.2] as const;

/** One row of the table. */
export type ClvSensitivityRow =
  | {
      readonly kind: 'value';
      /** Relative move of the parameter, e.g. 0.1 for +10%. */
      readonly change: number;
      /** The parameter after the move (churn as a fraction; margin as given). */
      readonly parameterValue: number;
      readonly clv: number;
      readonly differenceFromBase: number;
      /** differenceFromBase ÷ base CLV; null when the base CLV is 0. */
      readonly relativeDifference: number | null;
    }
  /** The move takes the parameter somewhere impossible, e.g. a margin above 100%. */
  | { readonly kind: 'out-of-range'; readonly change: number; readonly parameterValue: number; readonly error: ClvInputError };

/** Why no table can be made. */
export type ClvSensitivityError =
  | ClvInputError
  /** The simple form has no churn, and without a margin it has no margin to move. */
  | { readonly kind: 'not-applicable'; readonly parameter: ClvSensitivityParameter; readonly form: ClvInput['form'] };

/** Drop binary noise past 15 significant digits: 0.05 × 1.1 is 0.055, not 0.05500000000000001. */
function tidy(value: number): number {
  return Number(value.toPrecision(15));
}

/** The parameter's current value, or null when the form does not have it. */
function getParameter(input: ClvInput, parameter: ClvSensitivityParameter): number | null {
  switch (input.form) {
    case 'simple':
      return parameter === 'margin' ? (input.margin ?? null) : null;
    case 'subscription':
      return parameter === 'margin' ? input.grossMargin : input.churnRate;
    case 'discounted':
      return parameter === 'margin' ? input.marginPerPeriod : tidy(1 - input.retentionRate);
    default:
      input satisfies never;
      return null;
  }
}

/** The input with the parameter set to a new value. */
function withParameter(input: ClvInput, parameter: ClvSensitivityParameter, value: number): ClvInput {
  switch (input.form) {
    case 'simple':
      return { ...input, margin: value };
    case 'subscription':
      return parameter === 'margin' ? { ...input, grossMargin: value } : { ...input, churnRate: value };
    case 'discounted':
      return parameter === 'margin' ? { ...input, marginPerPeriod: value } : { ...input, retentionRate: tidy(1 - value) };
    default:
      input satisfies never;
      return input;
  }
}

/**
 * How CLV changes as churn or margin moves by relative steps (±10%, ±20% by default).
 *
 * Churn means the churn rate (subscription form) or 1 − retention (discounted
 * form); margin means the margin share (simple form, when given; subscription
 * gross margin) or the margin per period (discounted form). A step of +10% on
 * 5% churn gives 5.5%. Rows whose parameter leaves its range are marked
 * `out-of-range` instead of failing the table. O(steps).
 *
 * @param input a CLV input
 * @param parameter 'churn' or 'margin'
 * @param changes relative steps, each > −1 (default −0.2, −0.1, 0, 0.1, 0.2)
 * @returns one row per step, or why the table cannot be made
 * @example getClvSensitivity({ form: 'subscription', averageRevenuePerAccount: 100, grossMargin: 0.8, churnRate: 0.05 }, 'churn') // rows with CLV 2000, 1777.78, 1600, 1454.55, 1333.33
 * @see https://en.wikipedia.org/wiki/Sensitivity_analysis (one-at-a-time sensitivity)
 */
export function getClvSensitivity(
  input: ClvInput,
  parameter: ClvSensitivityParameter,
  changes: readonly number[] = DEFAULT_SENSITIVITY_CHANGES,
): Result<readonly ClvSensitivityRow[], ClvSensitivityError> {
  for (const change of changes) {
    if (!Number.isFinite(change) || change <= -1) {
      throw new Error(`getClvSensitivity requires changes above -1, got ${String(change)}`);
    }
  }
  const base = calculateClv(input);
  if (!base.ok) return err(base.error);
  const current = getParameter(input, parameter);
  if (current === null) return err({ kind: 'not-applicable', parameter, form: input.form });
  const baseValue = base.value.value;
  const rows = changes.map((change): ClvSensitivityRow => {
    const parameterValue = change === 0 ? current : tidy(current * (1 + change));
    const moved = calculateClv(change === 0 ? input : withParameter(input, parameter, parameterValue));
    if (!moved.ok) return { kind: 'out-of-range', change, parameterValue, error: moved.error };
    const differenceFromBase = moved.value.value - baseValue;
    return {
      kind: 'value',
      change,
      parameterValue,
      clv: moved.value.value,
      differenceFromBase,
      relativeDifference: baseValue === 0 ? null : differenceFromBase / baseValue,
    };
  });
  return ok(rows);
}
