/**
 * The per-answer standard deviation σ of a metric, from its pooled figures: what a control chart divides by √n.
 */
import { getNpsVariance } from '../metrics/nps-variance.ts';

/**
 * σ of NPS per answer, in NPS points: 100 · √(p + d − (p − d)²) (answers scored +100, 0, −100).
 *
 * @param promoterShare pooled share of promoters, 0–1
 * @param detractorShare pooled share of detractors, 0–1
 * @returns σ in points, 0–100
 * @example getNpsAnswerSpread(0.5, 0.2) // 78.10… (√0.61 × 100)
 * @see https://measuringu.com/nps-confidence-intervals/ (the trinomial variance)
 */
export function getNpsAnswerSpread(promoterShare: number, detractorShare: number): number {
  return 100 * Math.sqrt(getNpsVariance(promoterShare, detractorShare));
}

/**
 * σ of a share per answer (CSAT top-two-box, a yes/no): √(p(1 − p)), in the share's own units (a fraction).
 *
 * @param share pooled share, 0–1
 * @returns σ, 0–0.5
 * @example getShareAnswerSpread(0.8) // 0.4
 * @see https://www.itl.nist.gov/div898/handbook/pmc/section3/pmc332.htm (NIST: p-chart limits)
 */
export function getShareAnswerSpread(share: number): number {
  return Math.sqrt(Math.max(0, share * (1 - share)));
}
