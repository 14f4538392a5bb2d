/**
 * The weighted log-odds ratio with an informative Dirichlet prior ("Fightin' Words", Monroe, Colaresi & Quinn
 * 2008, Political Analysis 16(4), 372–403, eq. 16 and 22), for one term in one group against the rest.
 *
 * The prior adds α_w = α0 · y_w / n pseudo-counts of the term to both sides, where y_w / n is the term's share of
 * the whole corpus. A rare term is pulled towards "no difference" until there is enough evidence, and a common
 * term's small difference is not inflated. Dividing δ by its standard error gives a z-score: how many standard
 * errors the group's use of the term is above the rest's.
 */

/** The counts of one term, in comment-term units (each term counted once per comment). */
export type TermCounts = {
  /** y_w^i: comments of the group that use the term. */
  readonly inGroup: number;
  /** y_w^j: comments outside the group that use the term. */
  readonly inOthers: number;
  /** n_i: all term counts of the group. */
  readonly groupTotal: number;
  /** n_j: all term counts outside the group. */
  readonly othersTotal: number;
};

/** δ (difference in log-odds) and z = δ / σ. */
export type WeightedLogOdds = { readonly delta: number; readonly z: number };

/**
 * δ and z for one term of one group against the rest.
 *
 * δ = log((y_i + α_w) / (n_i + α0 − y_i − α_w)) − log((y_j + α_w) / (n_j + α0 − y_j − α_w)),
 * σ² ≈ 1/(y_i + α_w) + 1/(y_j + α_w), α_w = α0 · (y_i + y_j) / (n_i + n_j). O(1).
 *
 * @param counts the term's counts and the totals, whole numbers ≥ 0, each count within its total
 * @param priorTotal α0 > 0: the prior's weight in term counts (the corpus total n_i + n_j is the usual choice)
 * @returns δ and z, or null when they are not defined (no counts, a bad prior, or a term that is the whole corpus)
 * @example getWeightedLogOdds({ inGroup: 6, inOthers: 2, groupTotal: 20, othersTotal: 40 }, 60) // { delta: 0.6466…, z: 1.5617… }
 * @see https://doi.org/10.1093/pan/mpn018
 */
export function getWeightedLogOdds(counts: TermCounts, priorTotal: number): WeightedLogOdds | null {
  const { inGroup, inOthers, groupTotal, othersTotal } = counts;
  const corpusTotal = groupTotal + othersTotal;
  if (!(corpusTotal > 0) || !(priorTotal > 0) || !Number.isFinite(priorTotal) || !Number.isFinite(corpusTotal)) return null;
  const termPrior = (priorTotal * (inGroup + inOthers)) / corpusTotal;
  const groupWith = inGroup + termPrior;
  const othersWith = inOthers + termPrior;
  const groupWithout = groupTotal + priorTotal - groupWith;
  const othersWithout = othersTotal + priorTotal - othersWith;
  if (!(groupWith > 0 && othersWith > 0 && groupWithout > 0 && othersWithout > 0)) return null;
  const delta = Math.log(groupWith / groupWithout) - Math.log(othersWith / othersWithout);
  const z = delta / Math.sqrt(1 / groupWith + 1 / othersWith);
  return Number.isFinite(delta) && Number.isFinite(z) ? { delta, z } : null;
}
