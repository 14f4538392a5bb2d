import type { NpsGroups } from './nps-groups.ts';
import { getNpsVariance } from './nps-variance.ts';

/** Pseudo-answers added by the adjustment: 3/4 promoter, 3/2 passive, 3/4 detractor (z² ≈ 3 at 90–95%). */
const ADDED_PROMOTERS = 0.75;
const ADDED_PASSIVES = 1.5;
const ADDED_DETRACTORS = 0.75;

/** An NPS confidence interval in points, clamped to [−100, 100]. */
export type NpsInterval = {
  readonly lower: number;
  readonly upper: number;
  readonly method: 'adjusted-wald';
  /** The adjusted NPS the interval is centred on (before clamping), in points. */
  readonly centre: number;
  /** z × the adjusted standard error, in points (before clamping). */
  readonly halfWidth: number;
  /** True when centre ± halfWidth went past −100 or 100 and was cut there, so the page can say so. */
  readonly clamped: boolean;
};

/**
 * Adjusted-Wald confidence interval for a Net Promoter Score.
 *
 * Add 3/4 of a promoter, 3/2 of a passive and 3/4 of a detractor (n' = n + 3),
 * then p' = (P + 0.75)/n', d' = (D + 0.75)/n', NPS' = p' − d',
 * Var' = p' + d' − NPS'², SE' = √(Var'/n'), interval NPS' ± z·SE' (× 100,
 * clamped to [−100, 100]). Rocks (2016) found it keeps close to nominal
 * coverage even for small samples and extreme scores, where the plain Wald
 * interval collapses (all promoters gives ±0). O(1).
 *
 * @param groups promoters, passives, detractors (n > 0)
 * @param z critical value, e.g. 1.96 for 95%
 * @returns the interval in NPS points
 * @example getAdjustedWaldNpsInterval({ promoters: 10, passives: 0, detractors: 0 }, 1.959963984540054) // { lower: 47.50…, upper: 100, method: 'adjusted-wald', centre: 76.92…, halfWidth: 29.42…, clamped: true }
 * @see https://doi.org/10.1080/00031305.2016.1158124 (Rocks 2016, The American Statistician 70(4))
 * @see https://measuringu.com/nps-confidence-intervals/
 */
export function getAdjustedWaldNpsInterval(groups: NpsGroups, z: number): NpsInterval {
  const adjustedN = groups.promoters + groups.passives + groups.detractors + ADDED_PROMOTERS + ADDED_PASSIVES + ADDED_DETRACTORS;
  const promoterShare = (groups.promoters + ADDED_PROMOTERS) / adjustedN;
  const detractorShare = (groups.detractors + ADDED_DETRACTORS) / adjustedN;
  const centre = (promoterShare - detractorShare) * 100;
  const halfWidth = z * Math.sqrt(getNpsVariance(promoterShare, detractorShare) / adjustedN) * 100;
  return {
    lower: Math.max(-100, centre - halfWidth),
    upper: Math.min(100, centre + halfWidth),
    method: 'adjusted-wald',
    centre,
    halfWidth,
    clamped: centre - halfWidth < -100 || centre + halfWidth > 100,
  };
}
