import type { JourneyMap, Opportunity } from './journey-map-schema.ts';
import { getOpportunityPriority } from './opportunity-priority.ts';
import { getStageLabel } from './stage-operations.ts';

/** An opportunity in the backlog, with the stage it came from and its priority. */
export interface BacklogItem {
  readonly opportunity: Opportunity;
  readonly stageId: string;
  readonly stageIndex: number;
  readonly stageName: string;
  readonly priority: number;
  /** 1 for the first; items with the same priority and impact share a rank. */
  readonly rank: number;
}

/**
 * Gather the opportunities of every stage into one list, highest priority first (see
 * `getOpportunityPriority`). Ties go to the higher impact, then to the earlier stage, then to the order
 * they were written in. Opportunities with no text yet are listed too, so nothing typed is hidden.
 *
 * @param map the map
 * @returns the backlog, ranked
 * @example rankOpportunities(map).map((item) => item.priority) // [20, 16, 9, 3]
 */
export function rankOpportunities(map: JourneyMap): BacklogItem[] {
  const items = map.stages.flatMap((stage, stageIndex) =>
    stage.opportunities.map((opportunity, order) => ({
      opportunity,
      stageId: stage.id,
      stageIndex,
      stageName: getStageLabel(stage, stageIndex),
      priority: getOpportunityPriority(opportunity.impact, opportunity.effort),
      order,
    })),
  );
  items.sort(
    (a, b) =>
      b.priority - a.priority || b.opportunity.impact - a.opportunity.impact || a.stageIndex - b.stageIndex || a.order - b.order,
  );
  let rank = 0;
  return items.map(({ order: _order, ...item }, index) => {
    const previous = items[index - 1];
    if (!previous || previous.priority !== item.priority || previous.opportunity.impact !== item.opportunity.impact) rank = index + 1;
    return { ...item, rank };
  });
}
