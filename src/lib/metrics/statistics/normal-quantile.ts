import { isConfidenceLevel, type ConfidenceLevel } from '../confidence-level.ts';

// Coefficients of Wichura's algorithm AS 241 (PPND16), accurate to about 1e-16.
const CENTRAL_NUMERATOR = [
  3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125,
  45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727,
] as const;
const CENTRAL_DENOMINATOR = [
  1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867,
  39307.89580009271061, 28729.085735721942674, 5226.495278852854561,
] as const;
const INTERMEDIATE_NUMERATOR = [
  1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504,
  1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4,
] as const;
const INTERMEDIATE_DENOMINATOR = [
  1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459,
  0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9,
] as const;
const TAIL_NUMERATOR = [
  6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123,
  0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7,
] as const;
const TAIL_DENOMINATOR = [
  1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4,
  1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15,
] as const;

/** Evaluate a polynomial with coefficients in increasing order of power (Horner's rule). */
function evaluatePolynomial(coefficients: readonly number[], x: number): number {
  let sum = 0;
  for (let index = coefficients.length - 1; index >= 0; index -= 1) {
    sum = sum * x + (coefficients[index] ?? 0);
  }
  return sum;
}

/**
 * Standard normal quantile (inverse CDF, "probit"): the z with Φ(z) = probability.
 *
 * Wichura's algorithm AS 241 (PPND16), a rational approximation in three
 * regions with relative accuracy of about 1e-16, so normalQuantile(0.975)
 * is 1.959963984540054. (simple-statistics' `probit` is only good to ~1e-4.)
 * O(1).
 *
 * @param probability in [0, 1]; 0 and 1 give −Infinity and +Infinity
 * @returns z such that Φ(z) = probability
 * @example normalQuantile(0.975) // 1.959963984540054
 * @see https://doi.org/10.2307/2347330 (Wichura 1988, Applied Statistics 37(3), 477–484)
 */
export function normalQuantile(probability: number): number {
  if (!(probability >= 0 && probability <= 1)) {
    throw new Error(`normalQuantile requires a probability between 0 and 1, got ${String(probability)}`);
  }
  if (probability === 0) return -Infinity;
  if (probability === 1) return Infinity;
  const offset = probability - 0.5;
  if (Math.abs(offset) <= 0.425) {
    const r = 0.180625 - offset * offset;
    return (offset * evaluatePolynomial(CENTRAL_NUMERATOR, r)) / evaluatePolynomial(CENTRAL_DENOMINATOR, r);
  }
  const tail = offset < 0 ? probability : 1 - probability;
  let r = Math.sqrt(-Math.log(tail));
  let z: number;
  if (r <= 5) {
    r -= 1.6;
    z = evaluatePolynomial(INTERMEDIATE_NUMERATOR, r) / evaluatePolynomial(INTERMEDIATE_DENOMINATOR, r);
  } else {
    r -= 5;
    z = evaluatePolynomial(TAIL_NUMERATOR, r) / evaluatePolynomial(TAIL_DENOMINATOR, r);
  }
  return offset < 0 ? -z : z;
}

/**
 * The two-sided critical z for a confidence level: Φ⁻¹(1 − α/2) with α = 1 − level/100.
 *
 * @param confidence 90, 95 or 99
 * @returns 1.6448536269514715, 1.9599639845400536 or 2.5758293035489
 * @example getZForConfidence(95) // 1.9599639845400536
 * @see https://en.wikipedia.org/wiki/97.5th_percentile_point
 */
export function getZForConfidence(confidence: ConfidenceLevel): number {
  if (!isConfidenceLevel(confidence)) {
    throw new Error(`getZForConfidence requires a confidence level of 90, 95 or 99, got ${String(confidence)}`);
  }
  // 0.5 + level/200 rounds straight to the nearest double (0.975 for 95), where
  // 1 − (1 − level/100)/2 picks up rounding error in the last digit of z.
  return normalQuantile(0.5 + confidence / 200);
}
