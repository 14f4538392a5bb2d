import { getFSurvival } from './f-survival.ts';

/** One group's size, mean and sample variance (n − 1 denominator). */
export type GroupMoments = {
  readonly n: number;
  readonly mean: number;
  readonly variance: number;
};

/** Welch's heteroscedastic one-way ANOVA. */
export type WelchAnova = {
  readonly statistic: number;
  readonly numeratorDegrees: number;
  readonly denominatorDegrees: number;
  readonly pValue: number;
};

/**
 * Welch's one-way ANOVA: do k means differ, without assuming equal variances?
 *
 * w_i = n_i/s_i², W = Σw_i, m̄ = Σw_i·m_i/W, A = Σw_i(m_i − m̄)²/(k − 1),
 * Λ = Σ(1 − w_i/W)²/(n_i − 1), F = A / (1 + 2(k − 2)Λ/(k² − 1)), with k − 1 and (k² − 1)/(3Λ) degrees of
 * freedom; p = P(F > observed). Same as R's `oneway.test(var.equal = FALSE)`. O(k).
 *
 * @param groups at least two, each with n >= 2 and variance > 0
 * @returns the test, or null when a group has under 2 answers or no spread (the weights would be infinite)
 * @example getWelchAnova([{ n: 10, mean: 3, variance: 1 }, { n: 10, mean: 4, variance: 1 }]) // F 5, df 1 and 18, p 0.0382…
 * @see https://doi.org/10.1093/biomet/38.3-4.330 (Welch 1951, Biometrika 38, 330–336)
 */
export function getWelchAnova(groups: readonly GroupMoments[]): WelchAnova | null {
  const k = groups.length;
  if (k < 2 || groups.some((group) => !(group.n >= 2) || !(group.variance > 0))) return null;
  const weights = groups.map((group) => group.n / group.variance);
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const weightedMean = groups.reduce((sum, group, index) => sum + (weights[index] ?? 0) * group.mean, 0) / totalWeight;
  const between = groups.reduce((sum, group, index) => sum + (weights[index] ?? 0) * (group.mean - weightedMean) ** 2, 0) / (k - 1);
  const lambda = groups.reduce((sum, group, index) => sum + (1 - (weights[index] ?? 0) / totalWeight) ** 2 / (group.n - 1), 0);
  const statistic = between / (1 + (2 * (k - 2) * lambda) / (k * k - 1));
  const denominatorDegrees = (k * k - 1) / (3 * lambda);
  return { statistic, numeratorDegrees: k - 1, denominatorDegrees, pValue: getFSurvival(statistic, k - 1, denominatorDegrees) };
}
