/** The five maturity levels, weakest first. Their names and descriptions live in the question bank. */
export const MATURITY_LEVELS = [1, 2, 3, 4, 5] as const;

/** A maturity level: 1 Reactive, 2 Emerging, 3 Defined, 4 Embedded, 5 Customer-led. */
export type MaturityLevel = (typeof MATURITY_LEVELS)[number];

/** The lowest and highest score an item, a dimension or the whole assessment can have. */
export const SCORE_RANGE = { min: 1, max: 5 } as const;

/**
 * The lowest score that reaches each level. A score belongs to the highest level whose edge it
 * reaches: below 1.8 is Reactive, below 2.6 Emerging, below 3.4 Defined, below 4.2 Embedded,
 * and 4.2 or more is Customer-led. Order is important: edges rise with the level.
 */
export const LEVEL_LOWER_EDGES = { 1: 1, 2: 1.8, 3: 2.6, 4: 3.4, 5: 4.2 } as const satisfies Record<
  MaturityLevel,
  number
>;

/**
 * Whether a value is one of the five maturity levels.
 *
 * @example
 * isMaturityLevel(3); // => true
 * isMaturityLevel(2.5); // => false
 */
export function isMaturityLevel(value: unknown): value is MaturityLevel {
  return MATURITY_LEVELS.some((level) => level === value);
}

/**
 * The maturity level (band) a score falls in.
 *
 * The score is compared as given: scoring rounds scores to two decimals before it calls this,
 * so the number a reader sees always agrees with the level beside it.
 *
 * @param score a score from 1 to 5
 * @returns the level whose band holds the score
 * @throws {RangeError} when the score is not a number from 1 to 5 (a programmer error)
 * @example
 * getLevelForScore(1.8); // => 2 (Emerging)
 * getLevelForScore(1.7999); // => 1 (Reactive)
 * getLevelForScore(4.2); // => 5 (Customer-led)
 */
export function getLevelForScore(score: number): MaturityLevel {
  if (!(score >= SCORE_RANGE.min && score <= SCORE_RANGE.max)) {
    throw new RangeError(`getLevelForScore requires a score from 1 to 5, got ${score}`);
  }
  let found: MaturityLevel = 1;
  for (const level of MATURITY_LEVELS) {
    if (score >= LEVEL_LOWER_EDGES[level]) found = level;
  }
  return found;
}

/**
 * The level above the given one, staying at 5 at the top.
 *
 * @example
 * getNextLevel(2); // => 3
 * getNextLevel(5); // => 5
 */
export function getNextLevel(level: MaturityLevel): MaturityLevel {
  return MATURITY_LEVELS.find((candidate) => candidate > level) ?? 5;
}
