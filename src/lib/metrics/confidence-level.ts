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
