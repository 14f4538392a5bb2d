import type { ScoreScale } from './score-scale.ts';

/**
 * CSAT scales and their default "satisfied" thresholds (answers at or above count as satisfied).
 * 1–5: 4–5, the usual top-two-box; 1–3: only 3; 1–7: 6–7 (top two);
 * 1–10: 8–10 (top three, about the same share of the scale as 4–5 of 5).
 * Every threshold can be changed.
 */
export const CSAT_SCALES = {
  '1-3': { min: 1, max: 3, defaultThreshold: 3 },
  '1-5': { min: 1, max: 5, defaultThreshold: 4 },
  '1-7': { min: 1, max: 7, defaultThreshold: 6 },
  '1-10': { min: 1, max: 10, defaultThreshold: 8 },
} as const satisfies Record<string, ScoreScale & { readonly defaultThreshold: number }>;

/** Which CSAT scale: '1-3', '1-5', '1-7' or '1-10'. */
export type CsatScaleId = keyof typeof CSAT_SCALES;

/** The scale used when none is chosen. */
export const DEFAULT_CSAT_SCALE = '1-5' satisfies CsatScaleId;

/**
 * Check that a value names a CSAT scale.
 *
 * @param value anything, e.g. a select's value
 * @returns whether it is '1-3', '1-5', '1-7' or '1-10'
 * @see https://www.getfeedback.com/resources/csat/everything-you-need-to-know-about-measuring-customer-satisfaction/
 * @example isCsatScaleId('1-7') // true
 */
export function isCsatScaleId(value: unknown): value is CsatScaleId {
  return typeof value === 'string' && Object.hasOwn(CSAT_SCALES, value);
}
