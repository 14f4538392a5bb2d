import { normalQuantile } from './statistics/normal-quantile.ts';

/** The confidence levels a calculator offers, in percent. */
export const CONFIDENCE_LEVELS = [90, 95, 99] as const;

/** A selectable confidence level in percent. */
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

/** The level used when none is chosen. */
export const DEFAULT_CONFIDENCE_LEVEL = 95 satisfies ConfidenceLevel;

/**
 * Check that a value is one of the offered confidence levels (90, 95, 99).
 *
 * @param value anything, e.g. a select's value
 * @returns whether it is 90, 95 or 99
 * @see https://en.wikipedia.org/wiki/Confidence_interval
 * @example isConfidenceLevel(95) // true
 */
export function isConfidenceLevel(value: unknown): value is ConfidenceLevel {
  return CONFIDENCE_LEVELS.some((level) => level === value);
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
