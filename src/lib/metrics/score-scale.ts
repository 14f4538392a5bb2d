/**
 * A rating scale of whole-number points from `min` to `max`, e.g. 0–10 for NPS.
 * Counts for a scale are arrays indexed by `score − min`.
 */
export type ScoreScale = {
  readonly min: number;
  readonly max: number;
};

/** Net Promoter Score's 11-point likelihood-to-recommend scale (Reichheld 2003). */
export const NPS_SCALE = { min: 0, max: 10 } as const satisfies ScoreScale;

/** CES 2.0: agreement with "The company made it easy for me to handle my issue", 1 (strongly disagree) to 7 (strongly agree). */
export const CES_SCALE = { min: 1, max: 7 } as const satisfies ScoreScale;

/** CES 1.0: "How much effort did you personally have to put forth to handle your request?", 1 (very low) to 5 (very high). */
export const CES_EFFORT_SCALE = { min: 1, max: 5 } as const satisfies ScoreScale;

/** The widest scale we accept, to keep count arrays small. */
const MAX_SCALE_POINTS = 1001;

/**
 * How many points a scale has, e.g. 11 for 0–10.
 *
 * @param scale a whole-number scale
 * @returns max − min + 1
 * @see https://en.wikipedia.org/wiki/Likert_scale
 * @example getScalePointCount(NPS_SCALE) // 11
 */
export function getScalePointCount(scale: ScoreScale): number {
  return scale.max - scale.min + 1;
}

/**
 * Whether two scales have the same points (a reading made on one counts on the other).
 *
 * @param a a scale
 * @param b another scale
 * @returns true when min and max are equal
 * @example isSameScale(NPS_SCALE, { min: 0, max: 10 }) // true
 */
export function isSameScale(a: ScoreScale, b: ScoreScale): boolean {
  return a.min === b.min && a.max === b.max;
}

/**
 * Throw unless a scale is whole numbers with min <= max and at most 1001 points (a programmer error).
 *
 * @param scale the scale to check
 * @param caller the function name for the message
 * @returns nothing; throws on a bad scale
 * @see https://en.wikipedia.org/wiki/Likert_scale
 * @example assertScoreScale({ min: 1, max: 5 }, 'parseScores') // passes
 */
export function assertScoreScale(scale: ScoreScale, caller: string): void {
  const { min, max } = scale;
  if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min > max || max - min + 1 > MAX_SCALE_POINTS) {
    throw new Error(`${caller} requires a scale of whole numbers with min <= max and at most ${String(MAX_SCALE_POINTS)} points, got ${String(min)} to ${String(max)}`);
  }
}
