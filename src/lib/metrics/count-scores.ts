import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { ScoreScale } from './score-scale.ts';
import { assertScoreScale, getScalePointCount } from './score-scale.ts';

/** An answer in a list that is not a whole number on the scale. */
export type CountScoresError = {
  readonly kind: 'invalid-score';
  /** 0-based position in the list. */
  readonly index: number;
  readonly value: number;
};

/**
 * Turn a list of answers into counts per scale point (index i is score min + i).
 *
 * For code that already holds numbers; pasted text goes through `parseScores`,
 * which reports problems instead of failing. O(n).
 *
 * @param scores whole numbers on the scale, in any order
 * @param scale e.g. NPS_SCALE
 * @returns the counts, or the first answer that is not on the scale
 * @example countScores([10, 9, 6, 9], NPS_SCALE) // { ok: true, value: [0, 0, 0, 0, 0, 0, 1, 0, 0, 2, 1] }
 * @see https://en.wikipedia.org/wiki/Histogram
 */
export function countScores(scores: readonly number[], scale: ScoreScale): Result<readonly number[], CountScoresError> {
  assertScoreScale(scale, 'countScores');
  const counts = new Array<number>(getScalePointCount(scale)).fill(0);
  for (let index = 0; index < scores.length; index += 1) {
    const value = scores[index] ?? Number.NaN;
    if (!Number.isInteger(value) || value < scale.min || value > scale.max) {
      return err({ kind: 'invalid-score', index, value });
    }
    counts[value - scale.min] = (counts[value - scale.min] ?? 0) + 1;
  }
  return ok(counts);
}
