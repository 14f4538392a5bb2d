import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import { NPS_SCALE } from './score-scale.ts';
import type { ScoreCountsError } from './validate-score-counts.ts';
import { validateScoreCounts } from './validate-score-counts.ts';

/** The three NPS groups. */
export type NpsGroupName = 'promoters' | 'passives' | 'detractors';

/** How many respondents fell in each NPS group. */
export type NpsGroups = {
  /** Answered 9 or 10. */
  readonly promoters: number;
  /** Answered 7 or 8. */
  readonly passives: number;
  /** Answered 0 to 6. */
  readonly detractors: number;
};

/** Why NPS input cannot be used. */
export type NpsInputError =
  | ScoreCountsError
  /** A group total is negative, fractional, not finite or beyond 2^53 − 1. */
  | { readonly kind: 'invalid-group-count'; readonly group: NpsGroupName; readonly value: number };

/** Lowest promoter and passive scores (Reichheld 2003). */
const PROMOTER_FROM = 9;
const PASSIVE_FROM = 7;

/**
 * Sum 0–10 score counts into promoters (9–10), passives (7–8) and detractors (0–6).
 *
 * @param counts 11 counts, index = score
 * @returns the group totals, or why the counts cannot be used
 * @example getNpsGroups([1, 0, 0, 0, 0, 0, 2, 3, 1, 4, 5]) // { ok: true, value: { promoters: 9, passives: 4, detractors: 3 } }
 * @see https://hbr.org/2003/12/the-one-number-you-need-to-grow (Reichheld 2003)
 */
export function getNpsGroups(counts: readonly number[]): Result<NpsGroups, NpsInputError> {
  const valid = validateScoreCounts(counts, NPS_SCALE);
  if (!valid.ok) return valid;
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  counts.forEach((count, score) => {
    if (score >= PROMOTER_FROM) promoters += count;
    else if (score >= PASSIVE_FROM) passives += count;
    else detractors += count;
  });
  return ok({ promoters, passives, detractors });
}

/**
 * Check group totals typed by hand: whole, non-negative, and not all zero.
 *
 * @param groups promoters, passives and detractors
 * @returns n, or the first bad group
 * @example validateNpsGroups({ promoters: 5, passives: 3, detractors: 2 }) // { ok: true, value: 10 }
 * @see https://hbr.org/2003/12/the-one-number-you-need-to-grow
 */
export function validateNpsGroups(groups: NpsGroups): Result<number, NpsInputError> {
  const names = ['promoters', 'passives', 'detractors'] as const satisfies readonly NpsGroupName[];
  for (const group of names) {
    const value = groups[group];
    if (!Number.isSafeInteger(value) || value < 0) return err({ kind: 'invalid-group-count', group, value });
  }
  const n = groups.promoters + groups.passives + groups.detractors;
  if (n > Number.MAX_SAFE_INTEGER) return err({ kind: 'too-many-responses' });
  if (n === 0) return err({ kind: 'no-responses' });
  return ok(n);
}
