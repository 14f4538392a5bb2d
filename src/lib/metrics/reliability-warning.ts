/**
 * Reasons a result should be read with care:
 * - `single-response`: one answer says almost nothing about the rest.
 * - `no-variation`: every answer fell in the same place, so the usual margin of
 *   error comes out as 0, which is not real precision.
 * - `wide-interval`: the confidence interval is wider than ±10% of the metric's
 *   range (±20 NPS points, ±10 percentage points of a share, ±0.6 on a 1–7 mean).
 */
export type ReliabilityWarning = 'single-response' | 'no-variation' | 'wide-interval';

/**
 * Above this half-width, as a share of the metric's range, an interval is too wide to act on.
 *
 * Why 10%: changes teams act on are about that size (10 NPS points is a large
 * quarter-to-quarter move; Reichheld's industry leaders and laggards differ by
 * tens of points), so an interval of ±20 NPS points cannot tell such a change
 * from noise. At 95% and a typical NPS variance of about 0.6 this flags
 * samples below about 60 answers, in line with MeasuringU's sample-size tables.
 */
export const WIDE_INTERVAL_SHARE_OF_RANGE = 0.1;

/** What a calculator knows about its sample when judging reliability. */
export type ReliabilityFacts = {
  readonly n: number;
  readonly hasVariation: boolean;
  /** Half-width of the interval in the metric's units; Infinity when there is none. */
  readonly halfWidth: number;
  /** Width of the metric's range in the same units, e.g. 200 for NPS. */
  readonly range: number;
};

/**
 * List the warnings that apply, in a fixed order (single-response, no-variation, wide-interval).
 *
 * @param facts n, whether answers vary, the interval's half-width and the metric's range
 * @returns the warnings, possibly none
 * @example getReliabilityWarnings({ n: 1, hasVariation: false, halfWidth: 80, range: 200 }) // ['single-response', 'no-variation', 'wide-interval']
 * @see https://measuringu.com/nps-sample-size/
 */
export function getReliabilityWarnings(facts: ReliabilityFacts): readonly ReliabilityWarning[] {
  const warnings: ReliabilityWarning[] = [];
  if (facts.n === 1) warnings.push('single-response');
  if (!facts.hasVariation) warnings.push('no-variation');
  if (facts.halfWidth > WIDE_INTERVAL_SHARE_OF_RANGE * facts.range) warnings.push('wide-interval');
  return warnings;
}
