import type { CurvePoint, EmotionCurve } from './emotion-curve.ts';

/** The middle of the emotion scale (−2..+2): "Neutral", never a moment that matters. */
const NEUTRAL = 0;

/** A stage where a curve is at its lowest or dips. */
export interface MomentThatMatters {
  readonly curveId: string;
  readonly point: CurvePoint & { readonly score: number };
  /** `lowest`: the curve's lowest score, below neutral (ties included); `dip`: a negative score below both scored neighbours. */
  readonly reason: 'lowest' | 'dip';
}

/**
 * The moments that matter on one curve: the stage or stages where it is lowest, and any other negative
 * score lower than the scored stages on both sides (a dip). Gaps are skipped when finding neighbours.
 * Only a score below neutral (0, the middle of −2..+2) is ever a moment: a neutral or positive stage is not a
 * low point to act on, even when it is the curve's lowest, so a curve that never goes below neutral has none.
 *
 * @param curve an emotion curve
 * @returns the moments, in stage order
 * @example getMomentsThatMatter(curveWithScores([1, -1, 2, -2, 0])) // Stage 4 (lowest) and stage 2 (dip)
 * @see https://www.nngroup.com/articles/journey-mapping-101/ (journey maps surface the low points to act on)
 */
export function getMomentsThatMatter(curve: EmotionCurve): MomentThatMatters[] {
  const scored = curve.points.filter((point): point is CurvePoint & { score: number } => point.score !== null);
  if (scored.length === 0) return [];
  const lowest = Math.min(...scored.map((point) => point.score));
  if (!(lowest < NEUTRAL)) return [];
  const moments: MomentThatMatters[] = [];
  scored.forEach((point, index) => {
    if (point.score >= NEUTRAL) return;
    if (point.score === lowest) {
      moments.push({ curveId: curve.id, point, reason: 'lowest' });
      return;
    }
    const before = scored[index - 1];
    const after = scored[index + 1];
    const belowBefore = before === undefined || point.score < before.score;
    const belowAfter = after === undefined || point.score < after.score;
    if (belowBefore && belowAfter) moments.push({ curveId: curve.id, point, reason: 'dip' });
  });
  return moments;
}
