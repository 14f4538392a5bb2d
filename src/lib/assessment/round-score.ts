/** Scores are reported to this many decimals, and bands are read from the reported value. */
export const SCORE_DECIMALS = 2;

/**
 * Rounds a score to two decimals, half away from zero.
 *
 * Scoring bands the rounded value, so a reader never sees "1.80" next to "Reactive". The tiny nudge
 * keeps binary floating point from rounding a true ...5 down (2.675 is stored as 2.67499999…).
 *
 * @example
 * roundScore(2 / 3 + 1); // => 1.67
 * roundScore(1.796875); // => 1.8
 */
export function roundScore(score: number): number {
  const factor = 10 ** SCORE_DECIMALS;
  return Math.round(score * factor + 1e-9) / factor;
}
