/**
 * Sample-size planning for the score calculators: how many answers a margin of error needs, how many per group a
 * change needs to be detected, and what the answers already collected give.
 *
 * Three kinds of figure share one set of formulas:
 * - `nps`: answers scored +1 (promoter), 0 (passive), −1 (detractor); variance p + d − (p − d)²; margins and
 *   changes in NPS points (−100 to 100).
 * - `share`: a share such as CSAT (satisfied or not); variance p(1 − p), the NPS variance with no detractors;
 *   margins and changes in percentage points.
 * - `mean`: a mean rating such as CES; variance σ², from an expected standard deviation; margins and changes in
 *   scale units, with Student's t instead of z.
 * Shares are fractions in [0, 1], as in the calculators' results.
 */
import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import { getAdjustedWaldNpsInterval } from './adjusted-wald-nps-interval.ts';
import type { ConfidenceLevel } from './confidence-level.ts';
import { getZForConfidence } from './statistics/normal-quantile.ts';
import { getNpsVariance } from './nps-variance.ts';
import type { ScoreScale } from './score-scale.ts';
import { normalQuantile } from './statistics/normal-quantile.ts';
import { studentTQuantile } from './statistics/student-t-quantile.ts';
import { getWilsonInterval } from './statistics/wilson-interval.ts';

/** Past this many answers (per group) a plan says "more than 1,000,000" instead of a number nobody can collect. */
export const ANSWER_LIMIT = 1_000_000;
/** No plan asks for fewer answers than this: one answer has no spread to estimate. */
export const FEWEST_ANSWERS = 2;

/** The powers offered for detecting a change, in percent. */
export const POWER_LEVELS = [80, 90] as const;
/** The chance of detecting a change of the planned size when it is there, in percent. */
export type PowerLevel = (typeof POWER_LEVELS)[number];
/** The power used when none is chosen: 80%, the usual convention (Cohen 1988). */
export const DEFAULT_POWER = 80 satisfies PowerLevel;

/** What the answers are expected to look like (or what they were). Shares are fractions in [0, 1]. */
export type ExpectedAnswers =
  | { readonly metric: 'nps'; readonly promoterShare: number; readonly detractorShare: number }
  | { readonly metric: 'share'; readonly share: number }
  | { readonly metric: 'mean'; readonly standardDeviation: number };

/** Answers already collected: their number and what they look like. */
export type ObservedAnswers = ExpectedAnswers & { readonly n: number };

/** A number of answers, or "more than `ANSWER_LIMIT`". */
export type PlannedCount = { readonly kind: 'count'; readonly answers: number } | { readonly kind: 'more-than'; readonly limit: number };

/** Why a plan cannot be made from what was typed. */
export type PlanningError =
  /** A share is not a number from 0 to 1. */
  | { readonly kind: 'share-out-of-range'; readonly field: 'promoterShare' | 'detractorShare' | 'share'; readonly value: number }
  /** Promoters and detractors together are more than everyone. */
  | { readonly kind: 'shares-over-total'; readonly total: number }
  /** The expected standard deviation is not a positive number. */
  | { readonly kind: 'standard-deviation-not-positive'; readonly value: number }
  /** Everyone is expected in one group (or to give one answer): the formula has no spread to work with. */
  | { readonly kind: 'no-variation' }
  /** The margin of error is not a positive number. */
  | { readonly kind: 'margin-not-positive'; readonly value: number }
  /** The margin is wider than half the range (NPS ±100, a share ±50 points): any answers give it. */
  | { readonly kind: 'margin-too-large'; readonly value: number; readonly largest: number }
  /** The change to detect is zero or not a number. */
  | { readonly kind: 'change-not-positive'; readonly value: number }
  /** The score cannot move that far from the baseline (NPS past ±100, a share past 0% or 100%). */
  | { readonly kind: 'change-out-of-range'; readonly value: number; readonly largest: number }
  /** Fewer than two answers, or not a whole number of them. */
  | { readonly kind: 'too-few-answers'; readonly n: number };

/** How many answers a margin of error needs. */
export type MarginPlan = {
  readonly answers: PlannedCount;
  /** The critical z for the confidence level. */
  readonly z: number;
  /** adjusted-wald: z²·Var/E² − 3 (NPS); wald: z²·p(1 − p)/E² (share); student-t: smallest n with t·σ/√n ≤ E (mean). */
  readonly method: 'adjusted-wald' | 'wald' | 'student-t';
};

/** How many answers per group a change needs to be detected. */
export type ChangePlan = {
  /** Answers in each of the two groups (the total is twice this). */
  readonly perGroup: PlannedCount;
  readonly zConfidence: number;
  readonly zPower: number;
  /** The second group's expected answers: the baseline moved by the change (for a mean, the same spread). */
  readonly shifted: ExpectedAnswers;
  /** normal: (z₁₋α/₂ + z₁₋β)²(Var₁ + Var₂)/Δ²; student-t: the same with t quantiles on 2n − 2 degrees of freedom. */
  readonly method: 'normal' | 'student-t';
};

/** What answers already collected give: the margin now and the smallest change two such groups could detect. */
export type DataPower = {
  /** ± half the interval the calculators show: adjusted-Wald (NPS), Wilson (share), Student-t (mean). In points or scale units. */
  readonly margin: number;
  /** The smallest rise two groups of this size detect at the power, or null when no rise of any size could be. */
  readonly detectableRise: number | null;
  /** The same for a fall. */
  readonly detectableFall: number | null;
  /** The larger of the two that exist (a change of this size is detectable either way it can go), or null. */
  readonly detectableChange: number | null;
};

/** Points per unit share: NPS and percentage points are hundredths. */
const POINTS = 100;
/** A hair of floating-point error (860.0000000001) does not add an answer. */
const ROUNDING_SLACK = 1e-9;
const BISECTION_STEPS = 60;

function checkShare(field: 'promoterShare' | 'detractorShare' | 'share', value: number): PlanningError | null {
  return Number.isFinite(value) && value >= 0 && value <= 1 ? null : { kind: 'share-out-of-range', field, value };
}

/** The first thing wrong with expected answers, or null. */
function checkExpected(expected: ExpectedAnswers): PlanningError | null {
  switch (expected.metric) {
    case 'nps': {
      const wrong = checkShare('promoterShare', expected.promoterShare) ?? checkShare('detractorShare', expected.detractorShare);
      if (wrong) return wrong;
      const total = expected.promoterShare + expected.detractorShare;
      return total > 1 + 1e-12 ? { kind: 'shares-over-total', total } : null;
    }
    case 'share':
      return checkShare('share', expected.share);
    case 'mean':
      return Number.isFinite(expected.standardDeviation) && expected.standardDeviation > 0
        ? null
        : { kind: 'standard-deviation-not-positive', value: expected.standardDeviation };
    default:
      return expected satisfies never;
  }
}

/** Per-answer variance: in (fraction)² for NPS and shares, in scale units² for a mean. */
function getVariance(expected: ExpectedAnswers): number {
  switch (expected.metric) {
    case 'nps':
      return getNpsVariance(expected.promoterShare, expected.detractorShare);
    case 'share':
      return expected.share * (1 - expected.share);
    case 'mean':
      return expected.standardDeviation ** 2;
    default:
      return expected satisfies never;
  }
}

/** A margin or change typed in points, in the variance's own unit (fractions for NPS and shares). */
function toUnit(metric: ExpectedAnswers['metric'], value: number): number {
  return metric === 'mean' ? value : value / POINTS;
}

/** Round a required number of answers up, at least FEWEST_ANSWERS, "more than" past the limit. */
function toPlannedCount(required: number): PlannedCount {
  if (!(required <= ANSWER_LIMIT)) return { kind: 'more-than', limit: ANSWER_LIMIT };
  return { kind: 'count', answers: Math.max(FEWEST_ANSWERS, Math.ceil(required - ROUNDING_SLACK)) };
}

/** The smallest whole n in [low, high] that passes a test true from some n on (high must pass). O(log(high − low)). */
function findSmallestPassing(low: number, high: number, passes: (n: number) => boolean): number {
  let failing = low - 1;
  let passing = high;
  while (passing - failing > 1) {
    const middle = Math.floor((failing + passing) / 2);
    if (passes(middle)) passing = middle;
    else failing = middle;
  }
  return passing;
}

/**
 * The smallest n from a normal-approximation start that passes a Student-t test whose quantile falls as n grows:
 * the z answer is a lower bound (t > z), and the t answer at that n an upper bound.
 */
function refineWithT(zRequired: number, tRequired: (n: number) => number): PlannedCount {
  const start = toPlannedCount(zRequired);
  if (start.kind === 'more-than') return start;
  const low = start.answers;
  const high = Math.max(low, Math.ceil(tRequired(low) - ROUNDING_SLACK));
  if (high > ANSWER_LIMIT) return { kind: 'more-than', limit: ANSWER_LIMIT };
  return { kind: 'count', answers: findSmallestPassing(low, high, (n) => tRequired(n) <= n + ROUNDING_SLACK) };
}

/**
 * How many answers give a margin of error of ±`margin` at a confidence level.
 *
 * NPS (adjusted-Wald, Rocks 2016; MeasuringU): n = z²·Var/E² − 3, Var = p + d − (p − d)², E in NPS points ÷ 100;
 * the interval adds 3 pseudo-answers, so 3 fewer real ones are needed. Share (Wald planning formula): n =
 * z²·p(1 − p)/E². Mean (Student t): the smallest n with t(1 − α/2, n − 1)·σ/√n ≤ E, found from the z answer
 * z²σ²/E² upwards. Always rounded up, at least 2; past 1,000,000 the plan says "more than". O(1) for shares,
 * O(log n) t quantiles for a mean.
 *
 * @param expected expected shares (or standard deviation) of the answers
 * @param margin the ± margin: NPS points, percentage points, or scale units for a mean
 * @param confidence 90, 95 or 99
 * @returns the answers needed, or why no plan can be made
 * @example planForMargin({ metric: 'nps', promoterShare: 0.4, detractorShare: 0.2 }, 5, 95) // ok: answers { kind: 'count', answers: 858 }
 * @example planForMargin({ metric: 'share', share: 0.5 }, 5, 95) // ok: answers 385
 * @see https://doi.org/10.1080/00031305.2016.1158124 (Rocks 2016, adjusted-Wald NPS interval)
 * @see https://measuringu.com/nps-ci-sample-size/ (MeasuringU: sample size for NPS confidence intervals)
 * @see https://www.itl.nist.gov/div898/handbook/prc/section2/prc222.htm (NIST: sample size for a mean)
 */
export function planForMargin(expected: ExpectedAnswers, margin: number, confidence: ConfidenceLevel): Result<MarginPlan, PlanningError> {
  const wrong = checkExpected(expected);
  if (wrong) return err(wrong);
  if (!(Number.isFinite(margin) && margin > 0)) return err({ kind: 'margin-not-positive', value: margin });
  const largest = expected.metric === 'nps' ? POINTS : expected.metric === 'share' ? POINTS / 2 : Infinity;
  if (margin > largest) return err({ kind: 'margin-too-large', value: margin, largest });
  const variance = getVariance(expected);
  if (!(variance > 0)) return err({ kind: 'no-variation' });
  const z = getZForConfidence(confidence);
  const unitMargin = toUnit(expected.metric, margin);
  const zRequired = (z * z * variance) / (unitMargin * unitMargin);
  switch (expected.metric) {
    case 'nps':
      return ok({ answers: toPlannedCount(zRequired - 3), z, method: 'adjusted-wald' });
    case 'share':
      return ok({ answers: toPlannedCount(zRequired), z, method: 'wald' });
    case 'mean': {
      const upper = 0.5 + confidence / 200;
      const answers = refineWithT(zRequired, (n) => (studentTQuantile(upper, n - 1) ** 2 * variance) / (unitMargin * unitMargin));
      return ok({ answers, z, method: 'student-t' });
    }
    default:
      return expected satisfies never;
  }
}

/**
 * The expected answers after a signed change (a fraction for NPS and shares), or null when the score cannot move
 * that far. NPS: half the change from each side (promoters up by Δ/2, detractors down by Δ/2, passives the same);
 * when one side has less than its half, it goes to 0 and the other side takes the rest.
 */
function shiftExpected(expected: ExpectedAnswers, change: number): ExpectedAnswers | null {
  switch (expected.metric) {
    case 'nps': {
      const { promoterShare, detractorShare } = expected;
      const net = promoterShare - detractorShare + change;
      if (net > 1 + 1e-12 || net < -1 - 1e-12) return null;
      const half = change / 2;
      // A rise takes detractors down; a fall takes promoters down. The side that runs out passes the rest on.
      if (change >= 0) {
        const detractorsDown = Math.min(half, detractorShare);
        return { metric: 'nps', promoterShare: promoterShare + change - detractorsDown, detractorShare: detractorShare - detractorsDown };
      }
      const promotersDown = Math.min(-half, promoterShare);
      return { metric: 'nps', promoterShare: promoterShare - promotersDown, detractorShare: detractorShare - change - promotersDown };
    }
    case 'share': {
      const share = expected.share + change;
      return share > 1 + 1e-12 || share < -1e-12 ? null : { metric: 'share', share: Math.min(1, Math.max(0, share)) };
    }
    case 'mean':
      return expected;
    default:
      return expected satisfies never;
  }
}

/** The largest change the score can make from the baseline in a direction, in points (Infinity for a mean). */
function getLargestChange(expected: ExpectedAnswers, direction: 1 | -1): number {
  if (expected.metric === 'nps') return (1 - direction * (expected.promoterShare - expected.detractorShare)) * POINTS;
  if (expected.metric === 'share') return (direction === 1 ? 1 - expected.share : expected.share) * POINTS;
  return Infinity;
}

/** Answers per group (not rounded) for a signed change in the variance's unit, by the normal approximation. */
function getRequiredPerGroup(expected: ExpectedAnswers, shifted: ExpectedAnswers, change: number, zSum: number): number {
  return (zSum * zSum * (getVariance(expected) + getVariance(shifted))) / (change * change);
}

/**
 * How many answers per group detect a change of `change` between two independent groups (two-sided test).
 *
 * n per group = (z₁₋α/₂ + z₁₋β)²·(Var₁ + Var₂)/Δ² (Chow, Shao & Wang 2008, §4.2, unpooled; the NPS form with
 * Var = p + d − (p − d)² as in MeasuringU's comparison of two NPS, without its −3 since the site's NPS test uses
 * the plain shares). Var₁ is the baseline's, Var₂ the shifted answers': for NPS half the change moves promoters
 * up and half moves detractors down (a fall the reverse), a side with less than its half going to 0 and the
 * other taking the rest. For a mean, Var₁ = Var₂ = σ² and the quantiles are Student's t on 2n − 2 degrees of
 * freedom, iterated from the z answer (close to R's power.t.test). Rounded up, at least 2 per group.
 *
 * @param baseline expected shares (or standard deviation) before the change
 * @param change the change to detect: NPS points or percentage points, positive for a rise, negative for a fall; scale units for a mean (either sign)
 * @param confidence 90, 95 or 99 (two-sided)
 * @param power 80 or 90
 * @returns answers per group, or why no plan can be made
 * @example planForChange({ metric: 'share', share: 0.5 }, 25, 95, 90) // ok: perGroup 74 (p 50% → 75%)
 * @example planForChange({ metric: 'nps', promoterShare: 0.4, detractorShare: 0.2 }, 10, 95, 80) // ok: perGroup 840 (promoters 45%, detractors 15%)
 * @see Chow, Shao & Wang, Sample Size Calculations in Clinical Research, 2nd ed. (2008), §3.2 and §4.2
 * @see Cohen, Statistical Power Analysis for the Behavioral Sciences, 2nd ed. (1988)
 * @see https://measuringu.com/nps-sig-test-sample-size/ (MeasuringU: sample sizes for comparing two NPS)
 */
export function planForChange(
  baseline: ExpectedAnswers,
  change: number,
  confidence: ConfidenceLevel,
  power: PowerLevel,
): Result<ChangePlan, PlanningError> {
  const wrong = checkExpected(baseline);
  if (wrong) return err(wrong);
  if (!(Number.isFinite(change) && change !== 0)) return err({ kind: 'change-not-positive', value: change });
  const unitChange = toUnit(baseline.metric, change);
  const shifted = shiftExpected(baseline, unitChange);
  if (!shifted) return err({ kind: 'change-out-of-range', value: change, largest: getLargestChange(baseline, change > 0 ? 1 : -1) });
  const zConfidence = getZForConfidence(confidence);
  const zPower = normalQuantile(power / 100);
  const zRequired = getRequiredPerGroup(baseline, shifted, unitChange, zConfidence + zPower);
  if (baseline.metric !== 'mean') return ok({ perGroup: toPlannedCount(zRequired), zConfidence, zPower, shifted, method: 'normal' });
  const upper = 0.5 + confidence / 200;
  const perGroup = refineWithT(zRequired, (n) =>
    getRequiredPerGroup(baseline, shifted, unitChange, studentTQuantile(upper, 2 * n - 2) + studentTQuantile(power / 100, 2 * n - 2)),
  );
  return ok({ perGroup, zConfidence, zPower, shifted, method: 'student-t' });
}

/** The smallest change in a direction (points) that two groups of n detect, by bisection on the required n; null if none can be. */
function findDetectableChange(observed: ObservedAnswers, direction: 1 | -1, zSum: number): number | null {
  const largest = getLargestChange(observed, direction) / POINTS;
  const requiredAt = (size: number): number => {
    const shifted = shiftExpected(observed, direction * size);
    return shifted ? getRequiredPerGroup(observed, shifted, size, zSum) : Infinity;
  };
  if (!(largest > 0) || requiredAt(largest) > observed.n) return null;
  // The required n falls as the change grows (the variance moves less than Δ²), so bisection finds where it meets n.
  let low = 0;
  let high = largest;
  for (let step = 0; step < BISECTION_STEPS; step += 1) {
    const middle = (low + high) / 2;
    if (requiredAt(middle) > observed.n) low = middle;
    else high = middle;
  }
  return high * POINTS;
}

/**
 * What answers already collected give: the ± margin of the interval the calculators show, and the smallest change
 * two independent groups of this size could detect (two-sided, at the confidence level and power).
 *
 * Margin: NPS, half the adjusted-Wald interval z·√(Var'/(n + 3)) on the adjusted shares (Rocks 2016); share, half
 * the Wilson (1927) interval; mean, t(1 − α/2, n − 1)·s/√n. Detectable change: the Δ where the planning formula
 * of `planForChange` gives exactly n per group, found by bisection for NPS and shares (the shifted variance
 * depends on Δ) and directly for a mean, Δ = (t₁₋α/₂ + t₁₋β)·s·√(2/n) on 2n − 2 degrees of freedom.
 *
 * @param observed how many answers (whole, at least 2) and their shares or standard deviation
 * @param confidence 90, 95 or 99
 * @param power 80 (default) or 90
 * @returns the margin and detectable changes in points (scale units for a mean), or why none can be given
 * @example describeDataPower({ metric: 'share', share: 0.5, n: 100 }, 95) // ok: margin 9.62… (Wilson), detectableChange 19.08…
 * @see https://doi.org/10.1080/00031305.2016.1158124 (Rocks 2016)
 * @see https://doi.org/10.1080/01621459.1927.10502953 (Wilson 1927)
 * @see Cohen, Statistical Power Analysis for the Behavioral Sciences, 2nd ed. (1988)
 */
export function describeDataPower(observed: ObservedAnswers, confidence: ConfidenceLevel, power: PowerLevel = DEFAULT_POWER): Result<DataPower, PlanningError> {
  const wrong = checkExpected(observed);
  if (wrong) return err(wrong);
  const { n } = observed;
  if (!(Number.isSafeInteger(n) && n >= FEWEST_ANSWERS)) return err({ kind: 'too-few-answers', n });
  const z = getZForConfidence(confidence);
  if (observed.metric === 'mean') {
    const upper = 0.5 + confidence / 200;
    const margin = (studentTQuantile(upper, n - 1) * observed.standardDeviation) / Math.sqrt(n);
    const change = (studentTQuantile(upper, 2 * n - 2) + studentTQuantile(power / 100, 2 * n - 2)) * observed.standardDeviation * Math.sqrt(2 / n);
    return ok({ margin, detectableRise: change, detectableFall: change, detectableChange: change });
  }
  let margin: number;
  if (observed.metric === 'nps') {
    const promoters = observed.promoterShare * n;
    const detractors = observed.detractorShare * n;
    margin = getAdjustedWaldNpsInterval({ promoters, detractors, passives: Math.max(0, n - promoters - detractors) }, z).halfWidth;
  } else {
    const interval = getWilsonInterval(Math.min(n, observed.share * n), n, z);
    margin = ((interval.upper - interval.lower) / 2) * POINTS;
  }
  const zSum = z + normalQuantile(power / 100);
  const detectableRise = findDetectableChange(observed, 1, zSum);
  const detectableFall = findDetectableChange(observed, -1, zSum);
  const detectable = [detectableRise, detectableFall].filter((change) => change !== null);
  return ok({ margin, detectableRise, detectableFall, detectableChange: detectable.length > 0 ? Math.max(...detectable) : null });
}

/**
 * A standard deviation to plan with when there are no answers yet: a quarter of the scale's range (1.5 on 1–7,
 * 1 on 1–5), the range rule of thumb. Real rating data often spreads less; answers on the page replace it.
 *
 * @param scale the rating scale
 * @returns (max − min) / 4
 * @example getPlanningStandardDeviation({ min: 1, max: 7 }) // 1.5
 * @see https://measuringu.com/rating-scale-standard-deviations/ (MeasuringU: estimating a rating scale's standard deviation, including from a fraction of its range)
 */
export function getPlanningStandardDeviation(scale: ScoreScale): number {
  return (scale.max - scale.min) / 4;
}
