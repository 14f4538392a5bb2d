/**
 * A Shewhart control chart for a survey metric per period, with limits that vary with each period's n
 * (a p-chart generalised to any metric with a per-answer σ): did a period move beyond chance?
 */

/** One period's figures: its answer count and its metric value (null when it had no answers). */
export type ControlChartPeriod = { readonly n: number; readonly value: number | null };

/** What goes into the chart. */
export type ControlChartInput = {
  readonly periods: readonly ControlChartPeriod[];
  /** The pooled value over all periods: the centre line. */
  readonly centre: number;
  /** The pooled per-answer standard deviation, in the value's units (`getNpsAnswerSpread`, `getShareAnswerSpread`, a mean's SD). */
  readonly spread: number;
  /** The metric's range, to clamp the limits (NPS −100…100, a share 0…1, a 1–5 mean 1…5). */
  readonly range: { readonly min: number; readonly max: number };
  /** Periods with fewer answers are `too-few`, not judged (default `MINIMUM_ANSWERS_TO_JUDGE`). */
  readonly minimumAnswers?: number;
  /** Consecutive judged periods on one side of the centre that make a run (default 8; null: no run rule). */
  readonly runLength?: number | null;
};

/** A judged period's place: within the limits, or moved above or below them. */
export type ControlStatus = 'within' | 'above' | 'below';

/**
 * A period on the chart:
 * - `no-answers`: n = 0 (or no finite value), no limits;
 * - `too-few`: fewer than the minimum answers; its limits are given for drawing but it is not judged;
 * - `judged`: limits, status, and `run` = the side of the centre if the period belongs to a run.
 */
export type ControlPoint =
  | { readonly kind: 'no-answers' }
  | { readonly kind: 'too-few'; readonly n: number; readonly value: number; readonly lower: number; readonly upper: number }
  | {
      readonly kind: 'judged';
      readonly n: number;
      readonly value: number;
      readonly lower: number;
      readonly upper: number;
      readonly status: ControlStatus;
      readonly run: 'above' | 'below' | null;
    };

/** The chart: its centre line and one point per period, in the order given. */
export type ControlChart = { readonly centre: number; readonly points: readonly ControlPoint[] };

/** 30 answers: below that, a period's value is too noisy to call a movement (see `MINIMUM_AVERAGE_ANSWERS_PER_PERIOD`). */
export const MINIMUM_ANSWERS_TO_JUDGE = 30;

/** Western Electric's run rule: 8 points in a row on one side of the centre line (Nelson's rule 2 uses 9). */
export const DEFAULT_RUN_LENGTH = 8;

/** Three standard errors: Shewhart's limits (about 3 in 1,000 false alarms per period under normality). */
const LIMIT_SIGMAS = 3;

/**
 * Build a control chart: centre = the pooled value; per period, limits = centre ± 3·σ/√nᵢ, clamped to the
 * metric's range; a judged period outside them has moved (`above`/`below`; on a clamped limit, a value equal
 * to the limit is within). With a run length, `run` marks each judged period in a streak of that many or more
 * consecutive judged periods strictly on one side of the centre; a period on the centre line, too-few or
 * without answers ends a streak, which keeps the rule conservative. Nothing is NaN or infinite: n = 0 gets no
 * limits. O(periods).
 *
 * @param input periods, centre, σ, range, minimum answers, run length
 * @returns the centre and one point per period
 * @example buildControlChart({ periods: [{ n: 100, value: 60 }], centre: 30, spread: 80, range: { min: -100, max: 100 } }).points[0] // judged, limits 6 to 54, status 'above'
 * @see https://www.itl.nist.gov/div898/handbook/pmc/section3/pmc332.htm (NIST e-Handbook 6.3.3.2: p-chart limits with varying n)
 * @see https://www.itl.nist.gov/div898/handbook/pmc/section3/pmc32.htm (NIST 6.3.2: the Western Electric rules; Nelson, J. Quality Technology 16(4), 1984, rule 2)
 * @see Montgomery, Introduction to Statistical Quality Control, ch. 7 (p-charts with variable sample size)
 */
export function buildControlChart(input: ControlChartInput): ControlChart {
  const minimum = input.minimumAnswers ?? MINIMUM_ANSWERS_TO_JUDGE;
  const runLength = input.runLength === undefined ? DEFAULT_RUN_LENGTH : input.runLength;
  const { centre, spread, range } = input;
  const points = input.periods.map((period): ControlPoint => {
    if (period.n <= 0 || period.value === null || !Number.isFinite(period.value)) return { kind: 'no-answers' };
    const halfWidth = (LIMIT_SIGMAS * spread) / Math.sqrt(period.n);
    const lower = Math.max(range.min, centre - halfWidth);
    const upper = Math.min(range.max, centre + halfWidth);
    if (period.n < minimum) return { kind: 'too-few', n: period.n, value: period.value, lower, upper };
    const status: ControlStatus = period.value > upper ? 'above' : period.value < lower ? 'below' : 'within';
    return { kind: 'judged', n: period.n, value: period.value, lower, upper, status, run: null };
  });
  return { centre, points: runLength === null ? points : markRuns(points, centre, runLength) };
}

/** The side of the centre a point is on: 1 above, −1 below, 0 on it or not judged. */
function getSide(point: ControlPoint, centre: number): number {
  if (point.kind !== 'judged') return 0;
  return point.value > centre ? 1 : point.value < centre ? -1 : 0;
}

/** Mark every judged point that belongs to a streak of at least `runLength` on one side. */
function markRuns(points: readonly ControlPoint[], centre: number, runLength: number): readonly ControlPoint[] {
  const marked = [...points];
  let streakStart = 0;
  for (let index = 0; index <= points.length; index += 1) {
    const side = index < points.length ? getSide(points[index] ?? { kind: 'no-answers' }, centre) : 0;
    const startSide = getSide(points[streakStart] ?? { kind: 'no-answers' }, centre);
    if (index < points.length && side !== 0 && side === startSide) continue;
    if (startSide !== 0 && index - streakStart >= runLength) {
      for (let inRun = streakStart; inRun < index; inRun += 1) {
        const point = marked[inRun];
        if (point?.kind === 'judged') marked[inRun] = { ...point, run: startSide > 0 ? 'above' : 'below' };
      }
    }
    streakStart = index;
  }
  return marked;
}
