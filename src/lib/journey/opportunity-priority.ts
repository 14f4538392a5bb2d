import type { Rating } from './journey-vocabulary.ts';

/**
 * The priority rule, in words, as the page and the exports state it.
 */
export const PRIORITY_RULE = 'priority = impact × (6 − effort)';

/**
 * An opportunity's priority: impact × (6 − effort), from 1 to 25.
 *
 * Why this rule: `6 − effort` turns effort (1–5) into ease on the same 1–5 scale, and multiplying means an
 * opportunity needs both value and feasibility to rank high, as in an impact/effort matrix. Unlike
 * impact ÷ effort it stays in whole numbers and treats each step of effort the same: with division, going
 * from effort 1 to 2 halves the priority while going from 4 to 5 takes only a fifth off, so small effort
 * differences at the easy end would swamp large impact differences. Ties are common and honest; they are
 * broken by impact (value first), then by journey order.
 *
 * @param impact 1 (very low) to 5 (very high)
 * @param effort 1 (very low) to 5 (very high)
 * @returns 1 to 25, higher first
 * @example getOpportunityPriority(5, 2) // 20
 * @example getOpportunityPriority(2, 5) // 2
 * @see https://www.nngroup.com/articles/prioritization-matrices/ (impact/effort prioritisation)
 */
export function getOpportunityPriority(impact: Rating, effort: Rating): number {
  return impact * (6 - effort);
}
