/**
 * Per-respondent variance of NPS when each answer is scored +1 (promoter), 0 (passive) or −1 (detractor).
 *
 * The mean of those scores is p − d (the NPS as a fraction), and
 * E[X²] = p + d, so Var = p + d − (p − d)². It is 0 when everyone is in one
 * group and at most 1 (half promoters, half detractors). O(1).
 *
 * @param promoterShare p, share of promoters in [0, 1]
 * @param detractorShare d, share of detractors in [0, 1]
 * @returns the variance in [0, 1]
 * @example getNpsVariance(0.5, 0.2) // 0.61
 * @see https://measuringu.com/nps-confidence-intervals/ (MeasuringU: NPS variance from the trinomial)
 */
export function getNpsVariance(promoterShare: number, detractorShare: number): number {
  const netShare = promoterShare - detractorShare;
  // Rounding can leave a hair below zero when everyone is in one group.
  return Math.max(0, promoterShare + detractorShare - netShare * netShare);
}
