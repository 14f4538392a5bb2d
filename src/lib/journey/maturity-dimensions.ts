/**
 * The maturity dimensions an opportunity can improve: the CX maturity assessment's own dimensions, read from
 * its question bank (content/assessment/question-bank.json) so the two tools never disagree on ids or names.
 */
import { QUESTION_BANK } from '../assessment/question-bank.ts';

/** A dimension an opportunity can be tagged with. */
export interface MaturityDimension {
  readonly id: string;
  readonly name: string;
}

/** Every assessment dimension, in the question bank's order. */
export const MATURITY_DIMENSIONS: readonly MaturityDimension[] = QUESTION_BANK.dimensions.map(({ id, name }) => ({ id, name }));

/** Every dimension id, in the question bank's order. */
export const MATURITY_DIMENSION_IDS: readonly string[] = MATURITY_DIMENSIONS.map((dimension) => dimension.id);

/**
 * Whether a value names an assessment dimension.
 *
 * @param value anything (a stored field, a link's `?dimension=`)
 * @returns true for an id of the question bank's dimensions
 * @example isMaturityDimensionId('voice-of-customer') // true
 */
export function isMaturityDimensionId(value: unknown): value is string {
  return typeof value === 'string' && MATURITY_DIMENSION_IDS.includes(value);
}

/**
 * The name a page shows for a dimension.
 *
 * @param id a dimension id
 * @returns its name, e.g. "Voice of the customer & closing the loop", or undefined for an unknown id
 * @example getMaturityDimensionName('strategy-leadership') // 'Strategy & leadership'
 */
export function getMaturityDimensionName(id: string): string | undefined {
  return MATURITY_DIMENSIONS.find((dimension) => dimension.id === id)?.name;
}
