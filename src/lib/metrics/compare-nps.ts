import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { ConfidenceLevel } from './confidence-level.ts';
import { DEFAULT_CONFIDENCE_LEVEL, getZForConfidence } from './confidence-level.ts';
import type { NpsGroups, NpsInputError } from './nps-groups.ts';
import { validateNpsGroups } from './nps-groups.ts';
import { getNpsVariance } from './nps-variance.ts';
import { getTwoSidedPValue } from './statistics/two-sided-p-value.ts';

/** The difference of two NPS values lies in [−200, 200]. */
const MAX_DIFFERENCE = 200;

/** Options for `compareNps`. */
export type CompareNpsOptions = {
  /** 90, 95 (default) or 99: sets the interval and the significance threshold α = 1 − level. */
  readonly confidence?: ConfidenceLevel;
};

/** Two NPS samples compared. Scores and differences are in points. */
export type NpsComparison = {
  readonly baseline: { readonly n: number; readonly nps: number };
  readonly current: { readonly n: number; readonly nps: number };
  /** current − baseline, in points. */
  readonly difference: number;
  /** √(var₁/n₁ + var₂/n₂) × 100, in points. */
  readonly standardError: number;
  readonly confidence: ConfidenceLevel;
  readonly z: number;
  /** difference ± z·SE, clamped to [−200, 200]; `clamped` says it reached past and was cut. */
  readonly interval: { readonly lower: number; readonly upper: number; readonly method: 'wald'; readonly clamped: boolean };
  /** difference / SE; null when SE is 0 (everyone in each sample answered alike). */
  readonly testStatistic: number | null;
  /** Two-sided, normal approximation. With SE = 0: 1 if the scores are equal, else 0. */
  readonly pValue: number;
  /** pValue < 1 − confidence/100. */
  readonly significant: boolean;
  /** `zero-variance`: SE is 0, so the test rests on no spread at all; read with care. */
  readonly warnings: readonly 'zero-variance'[];
};

/** Which sample was wrong, and how. */
export type NpsComparisonError = {
  readonly kind: 'invalid-sample';
  readonly sample: 'baseline' | 'current';
  readonly error: NpsInputError;
};

/**
 * Compare two independent NPS samples (e.g. last quarter and this quarter).
 *
 * The difference is NPS₂ − NPS₁ with SE = √(var₁/n₁ + var₂/n₂), each variance
 * p + d − (p − d)² of the +1/0/−1 scores; the interval is difference ± z·SE
 * and the two-sided p-value comes from the normal distribution (a Wald test
 * for the difference of two independent NPS, as in Rocks 2016 and
 * MeasuringU). When both samples have no spread, SE = 0: no NaN, the p-value
 * is 1 for equal scores and 0 otherwise, with a `zero-variance` warning. O(1).
 *
 * @param baseline group totals of the earlier or reference sample (an NpsResult works)
 * @param current group totals of the later sample
 * @param options confidence 90, 95 (default) or 99
 * @returns the comparison, or which sample is invalid
 * @example compareNps({ promoters: 40, passives: 30, detractors: 30 }, { promoters: 50, passives: 30, detractors: 20 }).value.difference // 20
 * @see https://measuringu.com/nps-significance-test/ (MeasuringU: comparing two Net Promoter Scores; they also describe an adjusted-Wald variant)
 * @see https://doi.org/10.1080/00031305.2016.1158124 (Rocks 2016)
 */
export function compareNps(
  baseline: NpsGroups,
  current: NpsGroups,
  options: CompareNpsOptions = {},
): Result<NpsComparison, NpsComparisonError> {
  const baselineN = validateNpsGroups(baseline);
  if (!baselineN.ok) return err({ kind: 'invalid-sample', sample: 'baseline', error: baselineN.error });
  const currentN = validateNpsGroups(current);
  if (!currentN.ok) return err({ kind: 'invalid-sample', sample: 'current', error: currentN.error });
  const confidence = options.confidence ?? DEFAULT_CONFIDENCE_LEVEL;
  const z = getZForConfidence(confidence);
  const summarise = (groups: NpsGroups, n: number) => ({
    n,
    net: groups.promoters - groups.detractors,
    variance: getNpsVariance(groups.promoters / n, groups.detractors / n),
  });
  const before = summarise(baseline, baselineN.value);
  const after = summarise(current, currentN.value);
  // Cross-multiply whole counts and divide once, so 30 − 10 is exactly 20, not 19.999999999999996.
  const difference = ((after.net * before.n - before.net * after.n) * 100) / (before.n * after.n);
  const standardError = Math.sqrt(before.variance / before.n + after.variance / after.n) * 100;
  let testStatistic: number | null = null;
  let pValue: number;
  if (standardError > 0) {
    testStatistic = difference / standardError;
    pValue = getTwoSidedPValue(testStatistic);
  } else {
    pValue = difference === 0 ? 1 : 0;
  }
  return ok({
    baseline: { n: before.n, nps: (before.net * 100) / before.n },
    current: { n: after.n, nps: (after.net * 100) / after.n },
    difference,
    standardError,
    confidence,
    z,
    interval: {
      lower: Math.max(-MAX_DIFFERENCE, difference - z * standardError),
      upper: Math.min(MAX_DIFFERENCE, difference + z * standardError),
      method: 'wald',
      clamped: Math.abs(difference) + z * standardError > MAX_DIFFERENCE,
    },
    testStatistic,
    pValue,
    significant: pValue < (100 - confidence) / 100,
    warnings: standardError > 0 ? [] : ['zero-variance'],
  });
}
