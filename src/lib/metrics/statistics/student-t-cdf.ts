import { regularizedIncompleteBeta } from './regularized-incomplete-beta.ts';

/**
 * Cumulative distribution function of Student's t distribution, P(T ≤ t).
 *
 * Uses the identity P(|T| > t) = I_{ν/(ν+t²)}(ν/2, 1/2) with the regularized
 * incomplete beta function (Abramowitz & Stegun 26.7.1). O(√ν).
 *
 * @param t any number
 * @param degreesOfFreedom ν > 0
 * @returns P(T ≤ t) in [0, 1]
 * @example studentTCdf(2.5705818356363146, 5) // 0.975
 * @see https://dlmf.nist.gov/8.17#E3 (and Abramowitz & Stegun 26.7.1)
 */
export function studentTCdf(t: number, degreesOfFreedom: number): number {
  if (Number.isNaN(t) || !(degreesOfFreedom > 0)) {
    throw new Error(`studentTCdf requires a number and positive degrees of freedom, got t = ${String(t)}, df = ${String(degreesOfFreedom)}`);
  }
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  const squared = t * t;
  const denominator = degreesOfFreedom + squared;
  // Both x and 1 − x are formed directly so neither loses precision to cancellation.
  const x = degreesOfFreedom / denominator;
  const complement = squared / denominator;
  const twoSidedTail = regularizedIncompleteBeta(x, degreesOfFreedom / 2, 0.5, complement);
  return t > 0 ? 1 - twoSidedTail / 2 : twoSidedTail / 2;
}
