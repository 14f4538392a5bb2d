import { CONFIDENCE_LEVELS } from './confidence-level.ts';
import { formatPValue } from './format-p-value.ts';
import { formatNumber } from '../text/format.ts';
import { roundHalfAwayFromZero } from './statistics/round-half-away-from-zero.ts';
import type { ComparisonNote, ComparisonTest, ComparisonUnit } from './two-sample-test.ts';
import { getSignificanceLevel } from './two-sample-test.ts';

/** Below this p-value a change that is not significant "could be chance"; above it, "could easily be chance". */
const EASILY_CHANCE_FROM = 0.2;

/** What `describeChange` reads from a comparison (any of compareNps, compareShares, compareMeans). */
export type ChangeToDescribe = {
  readonly difference: number;
  readonly pValue: number;
  readonly significant: boolean;
  readonly confidence: number;
  readonly test: ComparisonTest;
  readonly notes: readonly ComparisonNote[];
  readonly baseline: { readonly n: number };
  readonly current: { readonly n: number };
  readonly unit?: ComparisonUnit;
};

/** Options for `describeChange`. */
export type DescribeChangeOptions = {
  /** Overrides the comparison's own unit (default points). */
  readonly unit?: ComparisonUnit;
  /** Decimals of the difference: default 0 for points and percentage points, 2 for scale units. */
  readonly decimals?: number;
};

/** "12 points", "1 percentage point", "0.38 scale points". */
function formatAmount(amount: number, unit: ComparisonUnit, decimals: number): string {
  const one = amount === 1;
  switch (unit) {
    case 'points':
      return `${String(amount)} ${one ? 'point' : 'points'}`;
    case 'percentage-points':
      return `${String(amount)} ${one ? 'percentage point' : 'percentage points'}`;
    case 'scale-units':
      return `${amount.toFixed(decimals)} ${one ? 'scale point' : 'scale points'}`;
    default:
      unit satisfies never;
      return String(amount);
  }
}

/** The p-value with the test named when it was exact, and why. */
function describePValue(test: ComparisonTest, notes: readonly ComparisonNote[], pValue: number, prefix = ''): string {
  const p = formatPValue(pValue).replace(/^p/, `${prefix}p`);
  if (test !== 'exact-permutation') return p;
  if (notes.includes('no-spread')) return `exact test, as every answer in a sample was the same; ${p}`;
  return `exact test for small samples; ${p}`;
}

/** The offered level just below the chosen one at which p would pass, if any. */
function getLowerPassingLevel(confidence: number, pValue: number): number | null {
  const lower = CONFIDENCE_LEVELS.filter((level) => level < confidence && pValue < getSignificanceLevel(level));
  return lower.length > 0 ? Math.max(...lower) : null;
}

/**
 * Say in plain words what a difference between two samples means, at the comparison's confidence level.
 *
 * The difference is rounded half away from zero (whole points by default). p below α = 1 − confidence reads
 * "unlikely by chance alone at 95% confidence"; p above α but below the α of a lower offered level reads "not
 * clear at 99% confidence, though it would count at 95%"; otherwise "this could be chance" (p < 0.2) or "could
 * easily be chance". Exact tests are named, and a comparison of one answer against one answer says that no test
 * can tell a difference from chance. Lower-case, no final full stop, for the caller to place. O(1).
 *
 * @param comparison from compareNps, compareShares or compareMeans
 * @param options unit (default the comparison's, else points) and decimals
 * @returns e.g. "a rise of 16 points; a change this large would be unlikely by chance alone at 95% confidence (p = 0.035)"
 * @example describeChange({ difference: 16, pValue: 0.029, significant: false, confidence: 99, test: 'adjusted-wald-z', notes: [], baseline: { n: 100 }, current: { n: 100 } }) // 'a rise of 16 points; not clear at 99% confidence (p = 0.029), though it would count at 95%'
 * @see https://www.amstat.org/asa/files/pdfs/p-valuestatements.pdf (ASA statement on p-values, 2016)
 */
export function describeChange(comparison: ChangeToDescribe, options: DescribeChangeOptions = {}): string {
  const { difference, pValue, significant, confidence, test, notes } = comparison;
  const unit = options.unit ?? comparison.unit ?? 'points';
  const decimals = options.decimals ?? (unit === 'scale-units' ? 2 : 0);
  const amount = Math.abs(roundHalfAwayFromZero(difference, decimals));
  const direction = difference > 0 ? 'rise' : 'fall';
  const smallest = formatAmount(1 / 10 ** decimals, unit, decimals);
  let change: string;
  if (difference === 0) change = 'no change';
  else if (amount === 0) change = `a ${direction} of less than ${smallest}`;
  else change = `a ${direction} of ${formatAmount(amount, unit, decimals)}`;
  const p = describePValue(test, notes, pValue);
  if (comparison.baseline.n === 1 && comparison.current.n === 1) {
    return `${change}, but both samples gave one answer each: no test can tell a difference from chance (${p})`;
  }
  if (difference === 0) return `${change} (${p})`;
  if (significant) return `${change}; a change this large would be unlikely by chance alone at ${String(confidence)}% confidence (${p})`;
  const lowerLevel = getLowerPassingLevel(confidence, pValue);
  if (lowerLevel !== null) return `${change}; not clear at ${String(confidence)}% confidence (${p}), though it would count at ${String(lowerLevel)}%`;
  return pValue < EASILY_CHANCE_FROM ? `${change}; this could be chance (${p})` : `${change}; this could easily be chance (${p})`;
}

/** What `describeSegmentPair` reads: a pair from `compareSegments`. */
export type SegmentPairToDescribe = {
  readonly baseline: string;
  readonly current: string;
  readonly adjustedPValue: number;
  readonly significant: boolean;
  readonly comparison: { readonly difference: number; readonly confidence: number; readonly unit: ComparisonUnit };
};

/**
 * One sentence for a pair of segments, with the Holm correction said in words.
 *
 * "Enterprise is lower than SMB by 12 points: a real gap at 95% confidence after correcting for 6 comparisons
 * (adjusted p = 0.004)"; when not significant, "could be chance after correcting for …"; with a single pair no
 * correction is mentioned. The gap is rounded half away from zero. O(1).
 *
 * @param pair a pair from compareSegments (`comparison.difference` is current − baseline)
 * @param pairCount how many pairs were compared (the Holm family)
 * @param options decimals of the gap (default 0, 2 for scale units)
 * @returns the sentence, without a final full stop
 * @example describeSegmentPair({ baseline: 'SMB', current: 'Enterprise', adjustedPValue: 0.004, significant: true, comparison: { difference: -12, confidence: 95, unit: 'points' } }, 6) // 'Enterprise is lower than SMB by 12 points: a real gap at 95% confidence after correcting for 6 comparisons (adjusted p = 0.004)'
 * @see https://www.jstor.org/stable/4615733 (Holm 1979)
 */
export function describeSegmentPair(pair: SegmentPairToDescribe, pairCount: number, options: Pick<DescribeChangeOptions, 'decimals'> = {}): string {
  const { difference, confidence, unit } = pair.comparison;
  const decimals = options.decimals ?? (unit === 'scale-units' ? 2 : 0);
  const amount = Math.abs(roundHalfAwayFromZero(difference, decimals));
  const corrected = pairCount > 1;
  const p = formatPValue(pair.adjustedPValue).replace(/^p/, corrected ? 'adjusted p' : 'p');
  const correction = corrected ? ` after correcting for ${formatNumber(pairCount)} comparisons` : '';
  if (amount === 0) return `${pair.current} and ${pair.baseline} score about the same (${p})`;
  const gap = `${pair.current} is ${difference > 0 ? 'higher' : 'lower'} than ${pair.baseline} by ${formatAmount(amount, unit, decimals)}`;
  return pair.significant
    ? `${gap}: a real gap at ${String(confidence)}% confidence${correction} (${p})`
    : `${gap}: could be chance${correction} (${p})`;
}

/** What `describeIntervalTestDisagreement` reads: a comparison with its interval of the difference. */
export type IntervalAndTest = {
  readonly test: ComparisonTest;
  readonly significant: boolean;
  readonly confidence: number;
  readonly interval: { readonly lower: number; readonly upper: number };
};

/**
 * When a small-sample comparison's exact test and its (approximate) interval disagree about whether the change is
 * real, the sentence that says which to go by; null when they agree or the test is not exact. Under 30 answers the
 * exact permutation test holds its error rate, while the interval is still the large-sample formula with pseudo-
 * answers, so the test decides. O(1).
 *
 * @param comparison the test used, its verdict, the confidence and the interval of the difference
 * @returns the sentence, or null
 * @example describeIntervalTestDisagreement({ test: 'exact-permutation', significant: false, confidence: 95, interval: { lower: 0.2, upper: 96.2 } }) // 'The interval leaves out 0, but with so few answers it is an approximation: go by the exact test, which finds this change not clear at 95% confidence.'
 */
export function describeIntervalTestDisagreement(comparison: IntervalAndTest): string | null {
  if (comparison.test !== 'exact-permutation') return null;
  const { lower, upper } = comparison.interval;
  const intervalSaysReal = lower > 0 || upper < 0;
  if (intervalSaysReal === comparison.significant) return null;
  return intervalSaysReal
    ? `The interval leaves out 0, but with so few answers it is an approximation: go by the exact test, which finds this change not clear at ${String(comparison.confidence)}% confidence.`
    : `The interval includes 0, but with so few answers it is an approximation: go by the exact test, which finds this change unlikely by chance alone at ${String(comparison.confidence)}% confidence.`;
}
