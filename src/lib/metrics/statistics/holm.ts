/**
 * Holm's step-down adjustment of p-values for m comparisons, controlling the family-wise error rate.
 *
 * Sort p ascending; the i-th smallest (i = 1…m) becomes min(1, max over j <= i of (m − j + 1)·p₍ⱼ₎), so adjusted
 * p-values never decrease with the raw ones. A comparison is significant at α when its adjusted p is below α;
 * this rejects exactly what Holm's sequential procedure rejects, and never less than Bonferroni. Same as R's
 * `p.adjust(p, "holm")`. O(m log m).
 *
 * @param pValues raw p-values in [0, 1], in any order
 * @returns adjusted p-values in the same order
 * @example adjustHolm([0.01, 0.04, 0.03, 0.005]) // [0.03, 0.06, 0.06, 0.02]
 * @see https://www.jstor.org/stable/4615733 (Holm 1979, Scandinavian Journal of Statistics 6(2), 65–70)
 */
export function adjustHolm(pValues: readonly number[]): number[] {
  if (!pValues.every((p) => p >= 0 && p <= 1)) {
    throw new Error(`adjustHolm requires p-values between 0 and 1, got ${pValues.join(', ')}`);
  }
  const count = pValues.length;
  const order = pValues.map((p, index) => ({ p, index })).sort((a, b) => a.p - b.p || a.index - b.index);
  const adjusted = new Array<number>(count).fill(0);
  let runningMax = 0;
  order.forEach(({ p, index }, rank) => {
    runningMax = Math.max(runningMax, Math.min(1, (count - rank) * p));
    adjusted[index] = runningMax;
  });
  return adjusted;
}
