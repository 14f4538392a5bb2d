import { logGamma } from './log-gamma.ts';
import { normalQuantile } from './normal-quantile.ts';
import { studentTCdf } from './student-t-cdf.ts';

const MAX_NEWTON_STEPS = 60;
const RELATIVE_TOLERANCE = 1e-13;

/** Student's t density, used for Newton steps. */
function studentTDensity(t: number, degreesOfFreedom: number): number {
  const halfPlusOne = (degreesOfFreedom + 1) / 2;
  const logDensity =
    logGamma(halfPlusOne) -
    logGamma(degreesOfFreedom / 2) -
    0.5 * Math.log(degreesOfFreedom * Math.PI) -
    halfPlusOne * Math.log1p((t * t) / degreesOfFreedom);
  return Math.exp(logDensity);
}

/** Hill's (1970) Algorithm 396 starting value for the upper-tail quantile, given the two-sided tail. */
function hillStartingValue(twoSidedTail: number, degreesOfFreedom: number): number {
  const a = 1 / (degreesOfFreedom - 0.5);
  const b = 48 / (a * a);
  let c = (((20700 * a) / b - 98) * a - 16) * a + 96.36;
  const d = ((94.5 / (b + c) - 3) / b + 1) * Math.sqrt((a * Math.PI) / 2) * degreesOfFreedom;
  let y = (d * twoSidedTail) ** (2 / degreesOfFreedom);
  if (y > 0.05 + a) {
    const x = normalQuantile(twoSidedTail / 2);
    y = x * x;
    if (degreesOfFreedom < 5) c += 0.3 * (degreesOfFreedom - 4.5) * (x + 0.6);
    c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c;
    y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x;
    y = Math.expm1(a * y * y);
  } else {
    y =
      ((1 / (((degreesOfFreedom + 6) / (degreesOfFreedom * y) - 0.089 * d - 0.822) * (degreesOfFreedom + 2) * 3) +
        0.5 / (degreesOfFreedom + 4)) *
        y -
        1) *
        ((degreesOfFreedom + 1) / (degreesOfFreedom + 2)) +
      1 / y;
  }
  return Math.sqrt(degreesOfFreedom * y);
}

/**
 * Quantile (inverse CDF) of Student's t distribution: the t with P(T ≤ t) = probability.
 *
 * Exact closed forms for ν = 1 and ν = 2; otherwise Hill's Algorithm 396
 * gives a starting value that Newton steps on the exact CDF (via the
 * regularized incomplete beta function) polish to ~1e-13. O(√ν) per step.
 *
 * @param probability in (0, 1)
 * @param degreesOfFreedom ν >= 1 (non-integers allowed)
 * @returns t
 * @example studentTQuantile(0.975, 5) // 2.570581835636313
 * @see https://doi.org/10.1145/355598.355600 (Hill 1970, CACM 13(10), Algorithm 396)
 */
export function studentTQuantile(probability: number, degreesOfFreedom: number): number {
  if (!(probability > 0 && probability < 1)) {
    throw new Error(`studentTQuantile requires a probability strictly between 0 and 1, got ${String(probability)}`);
  }
  if (!(degreesOfFreedom >= 1) || !Number.isFinite(degreesOfFreedom)) {
    throw new Error(`studentTQuantile requires at least 1 degree of freedom, got ${String(degreesOfFreedom)}`);
  }
  if (probability === 0.5) return 0;
  if (degreesOfFreedom === 1) return Math.tan(Math.PI * (probability - 0.5));
  if (degreesOfFreedom === 2) {
    return (2 * probability - 1) / Math.sqrt(2 * probability * (1 - probability));
  }
  const upper = probability > 0.5;
  const upperTail = upper ? 1 - probability : probability;
  const target = 1 - upperTail;
  let t = hillStartingValue(2 * upperTail, degreesOfFreedom);
  if (!Number.isFinite(t) || t <= 0) t = Math.max(normalQuantile(target), 1e-8);
  // Newton on F(t) − target, safeguarded by a bracket that always holds the root.
  let low = 0;
  let high = Infinity;
  for (let step = 0; step < MAX_NEWTON_STEPS; step += 1) {
    const error = studentTCdf(t, degreesOfFreedom) - target;
    if (error === 0) break;
    if (error > 0) high = Math.min(high, t);
    else low = Math.max(low, t);
    let next = t - error / studentTDensity(t, degreesOfFreedom);
    if (!(next > low && next < high)) next = Number.isFinite(high) ? (low + high) / 2 : 2 * t + 1;
    const change = Math.abs(next - t);
    t = next;
    if (change <= RELATIVE_TOLERANCE * t) break;
  }
  return upper ? t : -t;
}
