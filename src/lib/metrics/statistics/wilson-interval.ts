/** A confidence interval for a proportion, both ends in [0, 1]. */
export type ProportionInterval = {
  readonly lower: number;
  readonly upper: number;
  readonly method: 'wilson';
};

/**
 * Wilson score interval for a binomial proportion.
 *
 * centre = (p̂ + z²/2n) / (1 + z²/n), half-width = z/(1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²).
 * Unlike the Wald interval it never leaves [0, 1] and does not collapse to
 * zero width when every answer is a success or every answer a failure. O(1).
 *
 * @param successes whole number, 0 <= successes <= trials
 * @param trials whole number > 0
 * @param z the normal quantile for the confidence level, e.g. 1.96 for 95%
 * @returns the interval
 * @example getWilsonInterval(8, 10, 1.959963984540054) // { lower: 0.4901625..., upper: 0.9433178..., method: 'wilson' }
 * @see https://doi.org/10.1080/01621459.1927.10502953 (Wilson 1927, JASA 22(158), 209–212)
 */
export function getWilsonInterval(successes: number, trials: number, z: number): ProportionInterval {
  if (!(trials > 0) || !Number.isFinite(trials) || !(successes >= 0 && successes <= trials)) {
    throw new Error(`getWilsonInterval requires 0 <= successes <= trials and trials > 0, got ${String(successes)} of ${String(trials)}`);
  }
  if (!(z >= 0) || !Number.isFinite(z)) {
    throw new Error(`getWilsonInterval requires a non-negative finite z, got ${String(z)}`);
  }
  const share = successes / trials;
  const zSquared = z * z;
  const denominator = 1 + zSquared / trials;
  const centre = (share + zSquared / (2 * trials)) / denominator;
  const halfWidth =
    (z / denominator) * Math.sqrt((share * (1 - share)) / trials + zSquared / (4 * trials * trials));
  return {
    lower: Math.max(0, centre - halfWidth),
    upper: Math.min(1, centre + halfWidth),
    method: 'wilson',
  };
}
