/**
 * Which journey map opportunities address each CX maturity dimension: the bridge from the journey map
 * builder to the assessment results page, which lists them beside a weak dimension.
 */
import type { JourneyMap } from './journey-map-schema.ts';
import { MATURITY_DIMENSION_IDS } from './maturity-dimensions.ts';
import { getOpportunityPriority } from './opportunity-priority.ts';
import { getStageLabel } from './stage-operations.ts';

/** One open opportunity tagged with a dimension. */
export interface DimensionOpportunity {
  readonly mapId: string;
  /** The map's scenario as typed (trimmed), or "Untitled map". */
  readonly mapName: string;
  readonly opportunityId: string;
  /** The opportunity's text, trimmed. */
  readonly text: string;
  /** The stage it belongs to ("3. Purchase" is stage index 2, name "Purchase"). */
  readonly stageName: string;
  /** impact × (6 − effort), 1–25, as in the map's backlog. */
  readonly priority: number;
}

/**
 * Every open opportunity of the maps, grouped by the maturity dimension it is tagged with. An opportunity
 * is open while it has text: the map keeps no "done" state, and a blank one is not yet an idea. Untagged
 * opportunities, and tags that name no current dimension, are left out. Within a dimension: highest
 * priority first, then higher impact, then map order, stage order and the order they were written in.
 *
 * @param maps the journey maps (e.g. the journey map builder's `$journeyMaps`)
 * @returns for every dimension id of the assessment, its opportunities (an empty list when none)
 * @example listOpportunitiesByDimension([map])['voice-of-customer'] // [{ mapId: 'map1', mapName: 'First purchase online', opportunityId: 'o1', text: 'Close the loop on reviews', stageName: 'Advocacy', priority: 16 }]
 */
export function listOpportunitiesByDimension(
  maps: readonly Pick<JourneyMap, 'id' | 'scenario' | 'stages'>[],
): Readonly<Record<string, readonly DimensionOpportunity[]>> {
  const found = new Map<string, { item: DimensionOpportunity; impact: number; position: number }[]>(MATURITY_DIMENSION_IDS.map((id) => [id, []]));
  let position = 0;
  for (const map of maps) {
    const mapName = map.scenario.trim() || 'Untitled map';
    map.stages.forEach((stage, stageIndex) => {
      for (const opportunity of stage.opportunities) {
        position += 1;
        const text = opportunity.text.trim();
        const list = opportunity.dimension === undefined ? undefined : found.get(opportunity.dimension);
        if (list === undefined || text === '') continue;
        list.push({
          item: {
            mapId: map.id,
            mapName,
            opportunityId: opportunity.id,
            text,
            stageName: getStageLabel(stage, stageIndex),
            priority: getOpportunityPriority(opportunity.impact, opportunity.effort),
          },
          impact: opportunity.impact,
          position,
        });
      }
    });
  }
  return Object.fromEntries(
    [...found].map(([id, entries]) => [
      id,
      entries.sort((a, b) => b.item.priority - a.item.priority || b.impact - a.impact || a.position - b.position).map((entry) => entry.item),
    ]),
  );
}
