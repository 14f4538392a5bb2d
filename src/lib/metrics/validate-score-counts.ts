import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { ScoreScale } from './score-scale.ts';
import { getScalePointCount } from './score-scale.ts';

/** Why counts per scale point cannot be used. */
export type ScoreCountsError =
  /** The array does not have one count per scale point. */
  | { readonly kind: 'wrong-length'; readonly expected: number; readonly actual: number }
  /** A count is negative, fractional, not finite or beyond 2^53 − 1. */
  | { readonly kind: 'invalid-count'; readonly score: number; readonly value: number }
  /** The counts add up past 2^53 − 1, where whole numbers stop being exact. */
  | { readonly kind: 'too-many-responses' }
  /** Every count is zero. */
  | { readonly kind: 'no-responses' };

/**
 * Check counts per scale point (index i is score min + i) and return their total n.
 *
 * @param counts one whole, non-negative count per scale point
 * @param scale the scale the counts belong to
 * @returns n, or the first problem found
 * @example validateScoreCounts([0, 0, 0, 0, 0, 0, 1, 0, 0, 2, 1], NPS_SCALE) // { ok: true, value: 4 }
 * @see https://en.wikipedia.org/wiki/Frequency_distribution
 */
export function validateScoreCounts(counts: readonly number[], scale: ScoreScale): Result<number, ScoreCountsError> {
  const expected = getScalePointCount(scale);
  if (counts.length !== expected) return err({ kind: 'wrong-length', expected, actual: counts.length });
  let total = 0;
  for (let index = 0; index < counts.length; index += 1) {
    const value = counts[index] ?? Number.NaN;
    if (!Number.isSafeInteger(value) || value < 0) return err({ kind: 'invalid-count', score: scale.min + index, value });
    total += value;
  }
  if (total > Number.MAX_SAFE_INTEGER) return err({ kind: 'too-many-responses' });
  if (total === 0) return err({ kind: 'no-responses' });
  return ok(total);
}
