import { logGamma } from './log-gamma.ts';

const MAX_ITERATIONS = 10_000;
const EPSILON = 1e-15;
const TINY = 1e-300;

/** Series for P(a, x), good for x < a + 1 (Numerical Recipes `gser`). */
function lowerGammaSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let step = 1; step <= MAX_ITERATIONS; step += 1) {
    term *= x / (a + step);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPSILON) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}

/** Continued fraction for Q(a, x), good for x >= a + 1 (modified Lentz, Numerical Recipes `gcf`). */
function upperGammaContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let fraction = d;
  for (let step = 1; step <= MAX_ITERATIONS; step += 1) {
    const coefficient = -step * (step - a);
    b += 2;
    d = coefficient * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + coefficient / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    fraction *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * fraction;
}

/**
 * Regularized upper incomplete gamma function Q(a, x) = Γ(a, x)/Γ(a) = 1 − P(a, x).
 *
 * The power series of P when x < a + 1, else the continued fraction of Q, each evaluated directly so the small
 * side keeps its relative accuracy (Numerical Recipes §6.2; DLMF 8.7.1 and 8.9.2). O(√a) terms.
 *
 * @param a shape, > 0
 * @param x >= 0
 * @returns Q(a, x) in [0, 1]
 * @example getRegularizedUpperGamma(1, 2) // 0.1353352832366127 (= e⁻²)
 * @see https://dlmf.nist.gov/8.2 (DLMF 8.2.4, definitions)
 */
export function getRegularizedUpperGamma(a: number, x: number): number {
  if (!(a > 0) || !Number.isFinite(a) || !(x >= 0)) {
    throw new Error(`getRegularizedUpperGamma requires a positive finite shape and x >= 0, got a = ${String(a)}, x = ${String(x)}`);
  }
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  if (x < a + 1) return Math.min(1, Math.max(0, 1 - lowerGammaSeries(a, x)));
  return Math.min(1, Math.max(0, upperGammaContinuedFraction(a, x)));
}

/**
 * Survival function of the chi-square distribution, P(χ²_ν > x) = Q(ν/2, x/2).
 *
 * @param x the statistic, >= 0
 * @param degreesOfFreedom ν > 0
 * @returns the upper-tail probability in [0, 1]
 * @example getChiSquareSurvival(3.841458820694124, 1) // 0.05
 * @see https://dlmf.nist.gov/8.11 and https://www.itl.nist.gov/div898/handbook/eda/section3/eda3666.htm (NIST: chi-square distribution)
 */
export function getChiSquareSurvival(x: number, degreesOfFreedom: number): number {
  if (!(degreesOfFreedom > 0) || Number.isNaN(x)) {
    throw new Error(`getChiSquareSurvival requires a number and positive degrees of freedom, got x = ${String(x)}, df = ${String(degreesOfFreedom)}`);
  }
  if (x <= 0) return 1;
  return getRegularizedUpperGamma(degreesOfFreedom / 2, x / 2);
}
