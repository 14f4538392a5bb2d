/** What `describeIntervalGap` reads: the observed value, its interval and the sample size behind it. */
export type IntervalGapInput = {
  /** The observed score or difference. */
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
  /** Answers behind the score, or in the smaller sample of a difference. */
  readonly n: number;
  /** `score` for one sample, `difference` for a change between two. */
  readonly kind: 'score' | 'difference';
};

/**
 * Explain, when it happens, why an adjusted interval leaves out the observed value itself.
 *
 * The adjusted-Wald interval adds 3 pseudo-answers (¾ promoter, 1½ passive, ¾ detractor) so that tiny or
 * one-sided samples still get an honest width (Rocks 2016); that pulls the interval's centre toward the middle,
 * and with a handful of answers it can leave out the observed score (1 promoter: NPS 100, interval −48.5 to 98.5).
 * That is not an error: so few answers cannot rule out much. Returns null when the interval holds the value
 * (intervals centred on the estimate, like a mean's Student-t interval clamped to its scale, always do). O(1).
 *
 * @param input the estimate, interval ends and n
 * @returns one sentence, or null
 * @example describeIntervalGap({ estimate: 100, lower: -48.5, upper: 98.5, n: 1, kind: 'score' }) // 'With only 1 answer the interval leaves out the score itself: the adjustment that keeps small samples honest pulls them toward the middle, and so few answers cannot rule out much.'
 * @see https://doi.org/10.1080/00031305.2016.1158124 (Rocks 2016)
 */
export function describeIntervalGap(input: IntervalGapInput): string | null {
  if (input.estimate >= input.lower && input.estimate <= input.upper) return null;
  const answers = input.n === 1 ? '1 answer' : `${String(input.n)} answers`;
  const what = input.kind === 'score' ? 'the score itself' : 'the observed change itself';
  const few = input.kind === 'score' ? `With only ${answers}` : `With only ${answers} in the smaller sample`;
  return `${few} the interval leaves out ${what}: the adjustment that keeps small samples honest pulls them toward the middle, and so few answers cannot rule out much.`;
}
