import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { MeanComparison } from './compare-means.ts';
import { compareMeans } from './compare-means.ts';
import type { NpsComparison } from './compare-nps.ts';
import { compareNps } from './compare-nps.ts';
import type { ShareComparison, ShareInputError, ShareSample } from './compare-shares.ts';
import { compareShares, validateShareSample } from './compare-shares.ts';
import type { ConfidenceLevel } from './confidence-level.ts';
import { DEFAULT_CONFIDENCE_LEVEL, isConfidenceLevel } from './confidence-level.ts';
import { summariseMean } from './mean-interval.ts';
import type { NpsGroups, NpsInputError } from './nps-groups.ts';
import { validateNpsGroups } from './nps-groups.ts';
import type { ScoreScale } from './score-scale.ts';
import { getScalePointCount } from './score-scale.ts';
import { getChiSquareHomogeneity } from './statistics/chi-square-homogeneity.ts';
import { adjustHolm } from './statistics/holm.ts';
import { getWelchAnova } from './statistics/welch-anova.ts';
import type { ComparisonUnit } from './two-sample-test.ts';
import { getSignificanceLevel } from './two-sample-test.ts';
import type { ScoreCountsError } from './validate-score-counts.ts';
import { validateScoreCounts } from './validate-score-counts.ts';

/**
 * Segments with fewer answers are left out of the tests by default. Below 30 an NPS interval spans ±30 points or
 * more, so a pair is seldom conclusive, and every extra pair makes Holm's correction stricter for the others; the
 * chi-square test also wants expected counts of 5 or more per group. Pass `minimumN: 1` to test every segment.
 */
export const DEFAULT_MINIMUM_SEGMENT_N = 30;

/** k labelled samples of one metric. */
export type SegmentInput =
  | { readonly metric: 'nps'; readonly segments: readonly { readonly label: string; readonly groups: NpsGroups }[] }
  | { readonly metric: 'share'; readonly segments: readonly { readonly label: string; readonly sample: ShareSample }[] }
  | {
      readonly metric: 'mean';
      readonly scale: ScoreScale;
      readonly segments: readonly { readonly label: string; readonly counts: readonly number[] }[];
    };

/** Options for `compareSegments`. */
export type CompareSegmentsOptions = {
  /** 90, 95 (default) or 99: the intervals and α for the overall test and the Holm-adjusted pairs. */
  readonly confidence?: ConfidenceLevel;
  /** Segments with fewer answers are excluded from the tests (default 30; a whole number >= 1). */
  readonly minimumN?: number;
};

/** A segment in the tests: its size and its score (NPS points, share in %, or mean in scale units). */
export type SegmentSummary = { readonly label: string; readonly n: number; readonly estimate: number };

/** A segment left out of the tests, and why. */
export type ExcludedSegment = { readonly label: string; readonly n: number; readonly reason: 'no-answers' | 'below-minimum' };

/** The test that the included segments differ at all. */
export type OverallSegmentTest =
  | {
      readonly kind: 'chi-square-homogeneity';
      readonly statistic: number;
      readonly degreesOfFreedom: number;
      readonly pValue: number;
      readonly significant: boolean;
      /** `small-expected-counts`: Cochran's rule is broken (an expected count below 1, or over 20 % below 5). */
      readonly notes: readonly 'small-expected-counts'[];
    }
  | {
      readonly kind: 'welch-anova';
      readonly statistic: number;
      readonly numeratorDegrees: number;
      readonly denominatorDegrees: number;
      readonly pValue: number;
      readonly significant: boolean;
      readonly notes: readonly never[];
    }
  /** Every answer of every segment fell in one group; or (means) a segment has no spread or a single answer. */
  | { readonly kind: 'unavailable'; readonly reason: 'all-answers-alike' | 'segment-without-spread' };

/** One pair of segments: `comparison.difference` is current − baseline. */
export type SegmentPair = {
  readonly baseline: string;
  readonly current: string;
  readonly comparison: NpsComparison | ShareComparison | MeanComparison;
  /** Holm-adjusted over all pairs, monotone in the raw p-values. */
  readonly adjustedPValue: number;
  /** adjustedPValue < α. */
  readonly significant: boolean;
};

/** What every outcome says: the metric, the level, the minimum, and the segments in and out of the tests. */
type SegmentComparisonBase = {
  readonly metric: SegmentInput['metric'];
  readonly unit: ComparisonUnit;
  readonly confidence: ConfidenceLevel;
  readonly minimumN: number;
  readonly segments: readonly SegmentSummary[];
  readonly excluded: readonly ExcludedSegment[];
};

/** The outcome: compared, or fewer than two segments to compare. */
export type SegmentComparison =
  | (SegmentComparisonBase & {
      readonly kind: 'compared';
      readonly overall: OverallSegmentTest;
      /** Every pair in input order: (1, 2), (1, 3), …, (2, 3), … */
      readonly pairs: readonly SegmentPair[];
    })
  | (SegmentComparisonBase & { readonly kind: 'not-enough-segments' });

/** Input a caller got wrong. */
export type SegmentComparisonError =
  | { readonly kind: 'invalid-segment'; readonly label: string; readonly error: NpsInputError | ShareInputError | ScoreCountsError }
  | { readonly kind: 'duplicate-label'; readonly label: string }
  | { readonly kind: 'invalid-scale'; readonly scale: ScoreScale }
  | { readonly kind: 'invalid-option'; readonly option: 'confidence' | 'minimumN'; readonly value: unknown };

/** A validated segment: its summary, its counts per scored value for the chi-square table, and what to pair. */
type CheckedSegment = { readonly summary: SegmentSummary; readonly row: readonly number[]; readonly moments: { n: number; mean: number; variance: number } | null };

const UNITS = { nps: 'points', share: 'percentage-points', mean: 'scale-units' } as const satisfies Record<SegmentInput['metric'], ComparisonUnit>;

/** Validate each segment; an empty one (no answers) is a valid segment that gets excluded, not an error. */
function checkSegments(input: SegmentInput, confidence: ConfidenceLevel): Result<(CheckedSegment | { readonly empty: string })[], SegmentComparisonError> {
  const checked: (CheckedSegment | { readonly empty: string })[] = [];
  for (const segment of input.segments) {
    if (input.metric === 'nps') {
      const { groups, label } = segment as { label: string; groups: NpsGroups };
      const n = validateNpsGroups(groups);
      if (!n.ok && n.error.kind === 'no-responses') checked.push({ empty: label });
      else if (!n.ok) return err({ kind: 'invalid-segment', label, error: n.error });
      else
        checked.push({
          summary: { label, n: n.value, estimate: ((groups.promoters - groups.detractors) * 100) / n.value },
          row: [groups.detractors, groups.passives, groups.promoters],
          moments: null,
        });
    } else if (input.metric === 'share') {
      const { sample, label } = segment as { label: string; sample: ShareSample };
      const valid = validateShareSample(sample);
      if (!valid.ok && valid.error.kind === 'no-responses') checked.push({ empty: label });
      else if (!valid.ok) return err({ kind: 'invalid-segment', label, error: valid.error });
      else
        checked.push({
          summary: { label, n: sample.trials, estimate: (sample.successes * 100) / sample.trials },
          row: [sample.trials - sample.successes, sample.successes],
          moments: null,
        });
    } else {
      const { counts, label } = segment as { label: string; counts: readonly number[] };
      const n = validateScoreCounts(counts, input.scale);
      if (!n.ok && n.error.kind === 'no-responses') checked.push({ empty: label });
      else if (!n.ok) return err({ kind: 'invalid-segment', label, error: n.error });
      else {
        const summary = summariseMean(counts, n.value, input.scale, confidence);
        checked.push({
          summary: { label, n: n.value, estimate: summary.mean },
          row: counts,
          moments: { n: n.value, mean: summary.mean, variance: (summary.standardDeviation ?? 0) ** 2 },
        });
      }
    }
  }
  return ok(checked);
}

/** The overall test over the included segments. */
function getOverallTest(input: SegmentInput, included: readonly CheckedSegment[], alpha: number): OverallSegmentTest {
  if (input.metric === 'mean') {
    const anova = getWelchAnova(included.map((segment) => segment.moments ?? { n: 0, mean: 0, variance: 0 }));
    if (anova === null) return { kind: 'unavailable', reason: 'segment-without-spread' };
    return { kind: 'welch-anova', ...anova, significant: anova.pValue < alpha, notes: [] };
  }
  const chiSquare = getChiSquareHomogeneity(included.map((segment) => segment.row));
  if (chiSquare === null) return { kind: 'unavailable', reason: 'all-answers-alike' };
  return {
    kind: 'chi-square-homogeneity',
    statistic: chiSquare.statistic,
    degreesOfFreedom: chiSquare.degreesOfFreedom,
    pValue: chiSquare.pValue,
    significant: chiSquare.pValue < alpha,
    notes: chiSquare.smallExpectedCounts ? ['small-expected-counts'] : [],
  };
}

/** The two-sample comparison of one pair, with the function for the metric. */
function comparePair(input: SegmentInput, first: number, second: number, confidence: ConfidenceLevel): NpsComparison | ShareComparison | MeanComparison | null {
  if (input.metric === 'nps') {
    const [a, b] = [input.segments[first], input.segments[second]];
    const compared = a && b ? compareNps(a.groups, b.groups, { confidence }) : null;
    return compared?.ok ? compared.value : null;
  }
  if (input.metric === 'share') {
    const [a, b] = [input.segments[first], input.segments[second]];
    const compared = a && b ? compareShares(a.sample, b.sample, { confidence }) : null;
    return compared?.ok ? compared.value : null;
  }
  const [a, b] = [input.segments[first], input.segments[second]];
  const compared = a && b ? compareMeans(a.counts, b.counts, input.scale, { confidence }) : null;
  return compared?.ok ? compared.value : null;
}

/**
 * Compare k labelled segments of one metric: an overall test that they differ, then every pair, Holm-corrected.
 *
 * Overall: Pearson's chi-square test of homogeneity on the k×3 table of NPS groups or the k×2 table of
 * successes and failures (noted when expected counts are small, Cochran 1954), or Welch's ANOVA for means (not
 * assuming equal variances; unavailable when a segment has no spread). Pairs: `compareNps`, `compareShares` or
 * `compareMeans` for each of the k(k − 1)/2 pairs (exact tests for small or spread-less segments), their p-values
 * adjusted by Holm's step-down method so the chance of any false alarm among all pairs stays at most α. Segments
 * with no answers or fewer than `minimumN` are excluded and listed with the reason. Never throws: bad counts, a bad
 * scale or duplicate labels come back as errors, fewer than two usable segments as `not-enough-segments`.
 * O(k² × one comparison).
 *
 * @param input the metric and its labelled segments (and, for means, the scale)
 * @param options confidence 90, 95 (default) or 99; minimumN (default 30)
 * @returns the tests, or why there are none
 * @example compareSegments({ metric: 'share', segments: [{ label: 'SMB', sample: { successes: 60, trials: 100 } }, { label: 'Enterprise', sample: { successes: 80, trials: 100 } }] }).value // overall χ² 9.52, p 0.0020; one pair, adjusted p = its p
 * @see https://www.itl.nist.gov/div898/handbook/prc/section4/prc45.htm (NIST: chi-square test of homogeneity)
 * @see https://doi.org/10.1093/biomet/38.3-4.330 (Welch 1951)
 * @see https://www.jstor.org/stable/4615733 (Holm 1979)
 */
export function compareSegments(input: SegmentInput, options: CompareSegmentsOptions = {}): Result<SegmentComparison, SegmentComparisonError> {
  const confidence = options.confidence ?? DEFAULT_CONFIDENCE_LEVEL;
  if (!isConfidenceLevel(confidence)) return err({ kind: 'invalid-option', option: 'confidence', value: confidence });
  const minimumN = options.minimumN ?? DEFAULT_MINIMUM_SEGMENT_N;
  if (!Number.isSafeInteger(minimumN) || minimumN < 1) return err({ kind: 'invalid-option', option: 'minimumN', value: minimumN });
  if (input.metric === 'mean') {
    const { min, max } = input.scale;
    if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min > max || getScalePointCount(input.scale) > 1001) {
      return err({ kind: 'invalid-scale', scale: input.scale });
    }
  }
  const labels = new Set<string>();
  for (const { label } of input.segments) {
    if (labels.has(label)) return err({ kind: 'duplicate-label', label });
    labels.add(label);
  }
  const checked = checkSegments(input, confidence);
  if (!checked.ok) return checked;
  const excluded: ExcludedSegment[] = [];
  const included: { readonly index: number; readonly segment: CheckedSegment }[] = [];
  checked.value.forEach((segment, index) => {
    if ('empty' in segment) excluded.push({ label: segment.empty, n: 0, reason: 'no-answers' });
    else if (segment.summary.n < minimumN) excluded.push({ label: segment.summary.label, n: segment.summary.n, reason: 'below-minimum' });
    else included.push({ index, segment });
  });
  const base = { metric: input.metric, unit: UNITS[input.metric], confidence, minimumN, segments: included.map(({ segment }) => segment.summary), excluded };
  if (included.length < 2) return ok({ kind: 'not-enough-segments', ...base });
  const alpha = getSignificanceLevel(confidence);
  const rawPairs: { baseline: string; current: string; comparison: NpsComparison | ShareComparison | MeanComparison }[] = [];
  for (let first = 0; first < included.length; first += 1) {
    for (let second = first + 1; second < included.length; second += 1) {
      const a = included[first];
      const b = included[second];
      const comparison = a && b ? comparePair(input, a.index, b.index, confidence) : null;
      // Both segments were validated above, so a comparison always exists; skipping keeps the types honest.
      if (a && b && comparison) rawPairs.push({ baseline: a.segment.summary.label, current: b.segment.summary.label, comparison });
    }
  }
  const adjusted = adjustHolm(rawPairs.map((pair) => pair.comparison.pValue));
  return ok({
    kind: 'compared',
    ...base,
    overall: getOverallTest(input, included.map(({ segment }) => segment), alpha),
    pairs: rawPairs.map((pair, index) => {
      const adjustedPValue = adjusted[index] ?? 1;
      return { ...pair, adjustedPValue, significant: adjustedPValue < alpha };
    }),
  });
}
