import type { ConfidenceLevel } from './confidence-level.ts';
import type { ScoreScale } from './score-scale.ts';
import { studentTQuantile } from './statistics/student-t-quantile.ts';

/** A confidence interval for a mean rating, or the reason there is none. */
export type MeanInterval =
  | {
      readonly kind: 'interval';
      readonly lower: number;
      readonly upper: number;
      readonly method: 'student-t';
      readonly degreesOfFreedom: number;
      /** t × s/√n before clamping to the scale. */
      readonly halfWidth: number;
      /** True when mean ± halfWidth went past an end of the scale and was cut there, so the page can say so. */
      readonly clamped: boolean;
    }
  /** One answer has no spread to estimate: no interval can be given. */
  | { readonly kind: 'unavailable'; readonly reason: 'single-response' };

/** Mean, spread and interval of answers given as counts per scale point. */
export type MeanSummary = {
  readonly mean: number;
  /** Sample standard deviation (n − 1); null for a single answer. */
  readonly standardDeviation: number | null;
  readonly interval: MeanInterval;
};

/**
 * Mean of counted ratings with a Student-t confidence interval.
 *
 * mean = Σ score·count / n; s² = Σ count·(score − mean)² / (n − 1);
 * interval mean ± t(1 − α/2, n − 1)·s/√n, clamped to the scale (a mean cannot
 * leave it). One answer gives no interval. O(scale points + t quantile).
 *
 * @param counts validated counts, index = score − scale.min, total n
 * @param n their total (> 0)
 * @param scale the rating scale
 * @param confidence 90, 95 or 99
 * @returns mean, standard deviation and interval
 * @example summariseMean([0, 0, 0, 1, 1, 1, 0], 3, { min: 1, max: 7 }, 95) // mean 5, sd 1, interval 2.5158…–7 (clamped)
 * @see https://www.itl.nist.gov/div898/handbook/eda/section3/eda352.htm (NIST: confidence limits for the mean)
 */
export function summariseMean(
  counts: readonly number[],
  n: number,
  scale: ScoreScale,
  confidence: ConfidenceLevel,
): MeanSummary {
  let sum = 0;
  counts.forEach((count, index) => {
    sum += count * (scale.min + index);
  });
  const mean = sum / n;
  if (n === 1) return { mean, standardDeviation: null, interval: { kind: 'unavailable', reason: 'single-response' } };
  let squares = 0;
  counts.forEach((count, index) => {
    const deviation = scale.min + index - mean;
    squares += count * deviation * deviation;
  });
  const standardDeviation = Math.sqrt(squares / (n - 1));
  const degreesOfFreedom = n - 1;
  const t = studentTQuantile(0.5 + confidence / 200, degreesOfFreedom);
  const halfWidth = (t * standardDeviation) / Math.sqrt(n);
  return {
    mean,
    standardDeviation,
    interval: {
      kind: 'interval',
      lower: Math.max(scale.min, mean - halfWidth),
      upper: Math.min(scale.max, mean + halfWidth),
      method: 'student-t',
      degreesOfFreedom,
      halfWidth,
      clamped: mean - halfWidth < scale.min || mean + halfWidth > scale.max,
    },
  };
}
