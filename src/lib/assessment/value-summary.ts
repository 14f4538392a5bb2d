import { getMedian } from './median.ts';
import { roundScore } from './round-score.ts';

/** Answers that span this many levels or more (max − min) count as disagreement. */
export const DISAGREEMENT_SPREAD = 2;

/** Median, range and count of a set of answers or scores. */
export type ValueSummary = {
  /** How many values (respondents who gave one). */
  readonly count: number;
  /** With an even count, the mean of the two middle values, so it can fall between levels (e.g. 2.5); two decimals. */
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** max − min, two decimals. */
  readonly spread: number;
};

/**
 * Median, range and count of some values (levels or scores), or `undefined` when there are none.
 *
 * @example
 * summarizeValues([1, 4, 2, 3]); // => { count: 4, median: 2.5, min: 1, max: 4, spread: 3 }
 * summarizeValues([]); // => undefined
 */
export function summarizeValues(values: readonly number[]): ValueSummary | undefined {
  if (values.length === 0) return undefined;
  const min = Math.min(...values);
  const max = Math.max(...values);
  // Rounded like scores, so a spread of 2.33 − 1.67 reads 0.66, not 0.6599999999999999.
  return { count: values.length, median: roundScore(getMedian(values)), min, max, spread: roundScore(max - min) };
}

/**
 * Whether values span two or more levels (max − min ≥ 2), e.g. one person answers 2 and another 4.
 *
 * @example
 * hasDisagreement([2, 3, 4]); // => true
 * hasDisagreement([2, 3, 3]); // => false
 */
export function hasDisagreement(values: readonly number[]): boolean {
  return values.length > 1 && Math.max(...values) - Math.min(...values) >= DISAGREEMENT_SPREAD;
}
