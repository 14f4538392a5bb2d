import { regularizedIncompleteBeta } from './regularized-incomplete-beta.ts';

/**
 * Survival function of the F distribution, P(F > f) with d₁ and d₂ degrees of freedom.
 *
 * P(F > f) = I_{d₂/(d₂ + d₁f)}(d₂/2, d₁/2) (Abramowitz & Stegun 26.6.2), passing the complement d₁f/(d₂ + d₁f)
 * so neither side loses precision. Non-integer degrees of freedom (Welch's ANOVA) are fine. O(√max(d₁, d₂)).
 *
 * @param f the statistic; f <= 0 gives 1
 * @param numeratorDegrees d₁ > 0
 * @param denominatorDegrees d₂ > 0
 * @returns the upper-tail probability in [0, 1]
 * @example getFSurvival(4.9646027437307145, 1, 10) // 0.05
 * @see https://www.itl.nist.gov/div898/handbook/eda/section3/eda3665.htm (NIST: F distribution)
 */
export function getFSurvival(f: number, numeratorDegrees: number, denominatorDegrees: number): number {
  if (Number.isNaN(f) || !(numeratorDegrees > 0) || !(denominatorDegrees > 0) || !Number.isFinite(numeratorDegrees)) {
    throw new Error(`getFSurvival requires a number and positive degrees of freedom, got f = ${String(f)}, df = ${String(numeratorDegrees)} and ${String(denominatorDegrees)}`);
  }
  if (f <= 0) return 1;
  if (f === Infinity) return 0;
  if (denominatorDegrees === Infinity) throw new Error('getFSurvival requires finite denominator degrees of freedom');
  const denominator = denominatorDegrees + numeratorDegrees * f;
  return regularizedIncompleteBeta(denominatorDegrees / denominator, denominatorDegrees / 2, numeratorDegrees / 2, (numeratorDegrees * f) / denominator);
}
