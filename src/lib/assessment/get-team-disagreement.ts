import type { DimensionDisagreement } from './rank-priorities.ts';
import type { TeamResult } from './aggregate-team-results.ts';

/**
 * The team's disagreement per dimension, to break ties between priorities: the spread (max − min) of
 * respondents' dimension scores. Dimensions nobody scored are left out (treated as no disagreement).
 *
 * @example
 * getTeamDisagreement(teamResult); // => { 'strategy-leadership': 2.25, 'customer-understanding': 0.5, … }
 */
export function getTeamDisagreement(team: TeamResult): DimensionDisagreement {
  const measures: Record<string, number> = {};
  for (const dimension of team.dimensions) {
    if (dimension.summary !== undefined) measures[dimension.dimensionId] = dimension.summary.spread;
  }
  return measures;
}
