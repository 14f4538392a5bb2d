/**
 * The maturity dimensions an opportunity can improve: the CX maturity assessment's own dimensions. Written out
 * here rather than read from the question bank, which would put the whole bank (18 KB brotli, questions and
 * level texts) in the journey map's first load for eight names; test/lib/journey/maturity-dimensions.test.ts
 * checks they are the bank's ids and names in the bank's order, so the two tools never disagree.
 */

/** A dimension an opportunity can be tagged with. */
export interface MaturityDimension {
  readonly id: string;
  readonly name: string;
}

/** Every assessment dimension, in the question bank's order. */
export const MATURITY_DIMENSIONS: readonly MaturityDimension[] = [
  { id: 'strategy-leadership', name: 'Strategy & leadership' },
  { id: 'customer-understanding', name: 'Customer understanding & personas' },
  { id: 'journeys-touchpoints', name: 'Journey mapping & touchpoints' },
  { id: 'measurement-metrics', name: 'Measurement & metrics' },
  { id: 'voice-of-customer', name: 'Voice of the customer & closing the loop' },
  { id: 'employees-culture', name: 'Employee engagement & culture' },
  { id: 'omnichannel-technology-data', name: 'Omnichannel, technology & data' },
  { id: 'governance-improvement', name: 'Governance & continuous improvement' },
];

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
