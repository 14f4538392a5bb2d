/** Share of answers per score 0..10, roughly a typical B2C survey: the answer mix of every benchmark. */
export const SCORE_WEIGHTS = [0.03, 0.01, 0.02, 0.02, 0.03, 0.06, 0.07, 0.12, 0.18, 0.19, 0.27] as const;

/**
 * Draw one 0..10 answer with the shares in SCORE_WEIGHTS. Takes exactly one number from `random`, so a
 * generator that used to inline this loop still produces the same sequence.
 *
 * @param random a seeded generator from `createRandom`
 * @returns a whole number from 0 to 10
 * @example drawNpsScore(() => 0.99) // 10
 */
export function drawNpsScore(random: () => number): number {
  let pick = random();
  let score = 0;
  while (score < SCORE_WEIGHTS.length - 1 && pick >= (SCORE_WEIGHTS[score] ?? 0)) {
    pick -= SCORE_WEIGHTS[score] ?? 0;
    score += 1;
  }
  return score;
}

/** Running totals of an NPS as a generator writes its answers, to know the expected score without parsing. */
export type NpsTally = { promoters: number; detractors: number; answered: number };

/** Count one answer into a tally (9–10 promoter, 0–6 detractor, Reichheld 2003). */
export function addToNpsTally(tally: NpsTally, score: number): void {
  tally.answered += 1;
  if (score >= 9) tally.promoters += 1;
  else if (score <= 6) tally.detractors += 1;
}

/** The NPS of a tally with the same arithmetic as `calculateNps`, so the two agree to the last bit. */
export function getTallyNps(tally: NpsTally): number {
  return ((tally.promoters - tally.detractors) * 100) / tally.answered;
}
