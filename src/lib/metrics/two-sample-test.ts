import { getExactPermutationPValue } from './statistics/exact-permutation.ts';

/**
 * Below this many answers in either sample the p-value comes from the exact permutation test. The large-sample
 * tests rest on the normal approximation of a mean of n answers; with under 30 of them their size drifts from
 * nominal with the true shares (pooled z up to about 1.5 × α at 10 vs 100), while the exact test never exceeds α.
 */
export const SMALL_SAMPLE_BELOW = 30;

/** Which test gave the p-value. */
export type ComparisonTest = 'adjusted-wald-z' | 'pooled-z' | 'welch-t' | 'exact-permutation';

/**
 * What a reader should know about a comparison.
 * - `no-spread`: every answer of a sample was the same; large-sample tests would have no spread to rest on.
 * - `single-answer`: a sample has one answer.
 * - `small-sample`: a sample has fewer than 30 answers, so the p-value is exact.
 * - `exact-too-large`: the exact test would have taken too long; the large-sample test was used instead.
 * - `estimate-outside-interval`: the adjusted interval leaves out the observed difference (tiny samples).
 * - `interval-and-test-disagree`: the interval and the test, from different methods, point different ways.
 */
export type ComparisonNote =
  | 'no-spread'
  | 'single-answer'
  | 'small-sample'
  | 'exact-too-large'
  | 'estimate-outside-interval'
  | 'interval-and-test-disagree';

/** The unit a difference is in: NPS points, percentage points of a share, or points of a rating scale. */
export type ComparisonUnit = 'points' | 'percentage-points' | 'scale-units';

/** What a p-value needs to know about the two samples. */
export type TestChoiceInput = {
  /** Counts per scored value (index = value, equally spaced) of each sample, for the exact test. */
  readonly baselineCounts: readonly number[];
  readonly currentCounts: readonly number[];
  /** The large-sample p-value, or null when it cannot be computed (no spread, one answer). */
  readonly asymptoticPValue: number | null;
  readonly asymptoticTest: Exclude<ComparisonTest, 'exact-permutation'>;
};

/** The p-value, the test that gave it, and the notes it raised. */
export type TestChoice = {
  readonly pValue: number;
  readonly test: ComparisonTest;
  readonly notes: readonly ComparisonNote[];
};

/** Whether all answers of a sample sit on one value. */
function hasNoSpread(counts: readonly number[]): boolean {
  return counts.filter((count) => count > 0).length === 1;
}

/**
 * Choose the p-value of a two-sample comparison: exact permutation for small or spread-less samples, else the
 * large-sample test.
 *
 * Exact when either sample has fewer than SMALL_SAMPLE_BELOW answers or no spread, as long as the work stays
 * within MAX_EXACT_PERMUTATION_WORK (else the large-sample test, noted `exact-too-large`). When the large-sample
 * test cannot be computed at all the exact test is forced: that only happens with at most two distinct values
 * pooled or one answer in a sample, where it is cheap (O(n)). O(1) to O(work limit).
 *
 * @param input counts of both samples and the large-sample p-value
 * @returns p-value in [0, 1], the test used and notes
 * @example chooseTwoSampleTest({ baselineCounts: [0, 0, 1], currentCounts: [1, 0, 0], asymptoticPValue: 0.35, asymptoticTest: 'adjusted-wald-z' }) // { pValue: 1, test: 'exact-permutation', notes: ['no-spread', 'single-answer', 'small-sample'] }
 * @see https://doi.org/10.2307/2984124 (Pitman 1937)
 */
export function chooseTwoSampleTest(input: TestChoiceInput): TestChoice {
  const { baselineCounts, currentCounts, asymptoticPValue, asymptoticTest } = input;
  const sizes = [baselineCounts, currentCounts].map((counts) => counts.reduce((sum, count) => sum + count, 0));
  const notes: ComparisonNote[] = [];
  if (hasNoSpread(baselineCounts) || hasNoSpread(currentCounts)) notes.push('no-spread');
  if (sizes.some((size) => size === 1)) notes.push('single-answer');
  if (sizes.some((size) => size < SMALL_SAMPLE_BELOW)) notes.push('small-sample');
  const wantsExact = notes.length > 0 || asymptoticPValue === null;
  if (!wantsExact && asymptoticPValue !== null) return { pValue: asymptoticPValue, test: asymptoticTest, notes };
  const exact = getExactPermutationPValue(baselineCounts, currentCounts, asymptoticPValue === null ? Infinity : undefined);
  if (exact.kind === 'exact') return { pValue: exact.pValue, test: 'exact-permutation', notes };
  return { pValue: asymptoticPValue ?? 1, test: asymptoticTest, notes: [...notes, 'exact-too-large'] };
}

/**
 * The significance threshold that goes with a confidence level: α = 1 − confidence/100.
 *
 * @param confidence in percent, e.g. 95
 * @returns α, e.g. 0.05
 * @example getSignificanceLevel(99) // 0.01
 * @see https://en.wikipedia.org/wiki/Statistical_significance
 */
export function getSignificanceLevel(confidence: number): number {
  return (100 - confidence) / 100;
}
