/**
 * Journey map opportunities tagged with the maturity dimension they improve, grouped for the results page. Pure.
 *
 * This is an adapter: the journey map gives opportunities an optional `dimension` (a dimension id) and will offer
 * `listOpportunitiesByDimension(maps)` in lib/journey; until both branches meet, `listTaggedOpportunities` reads
 * the field wherever it is present, and `groupOpportunitiesByDimension` takes the flat list either one produces.
 */

/** One opportunity in one map, with the dimension it addresses. */
export type DimensionOpportunity = {
  readonly mapId: string;
  readonly mapName: string;
  readonly opportunityId: string;
  readonly text: string;
  readonly dimension: string;
};

/** What is read from a journey map: its id, its name (the scenario) and each stage's opportunities. */
export type MapWithOpportunities = {
  readonly id: string;
  readonly scenario: string;
  readonly stages: readonly { readonly opportunities: readonly { readonly id: string; readonly text: string }[] }[];
};

/** A map with no scenario yet. */
export const UNNAMED_MAP = 'Untitled map';

/**
 * Every open opportunity (one with text, trimmed) that names a dimension (a non-empty string `dimension`), in map,
 * stage and lane order. Opportunities without one, with anything else in the field, or blank, are left out.
 *
 * @example
 * listTaggedOpportunities([{ id: 'm1', scenario: 'Returns', stages: [{ opportunities: [{ id: 'o1', text: 'Free returns', dimension: 'voice-of-customer' }] }] }]);
 * // => [{ mapId: 'm1', mapName: 'Returns', opportunityId: 'o1', text: 'Free returns', dimension: 'voice-of-customer' }]
 */
export function listTaggedOpportunities(maps: readonly MapWithOpportunities[]): readonly DimensionOpportunity[] {
  return maps.flatMap((map) =>
    map.stages.flatMap((stage) =>
      stage.opportunities.flatMap((opportunity) => {
        const dimension: unknown = (opportunity as { readonly dimension?: unknown }).dimension;
        const text = opportunity.text.trim();
        // Open means written: the map keeps no "done" state, and a blank opportunity is not yet an idea.
        if (typeof dimension !== 'string' || dimension === '' || text === '') return [];
        const mapName = map.scenario.trim() === '' ? UNNAMED_MAP : map.scenario.trim();
        return [{ mapId: map.id, mapName, opportunityId: opportunity.id, text, dimension }];
      }),
    ),
  );
}

/**
 * The opportunities per dimension id, each list in the order given.
 *
 * @example
 * groupOpportunitiesByDimension([a, b]).get('voice-of-customer'); // => [a] when only a names that dimension
 */
export function groupOpportunitiesByDimension(items: readonly DimensionOpportunity[]): ReadonlyMap<string, readonly DimensionOpportunity[]> {
  const groups = new Map<string, DimensionOpportunity[]>();
  for (const item of items) {
    const group = groups.get(item.dimension);
    if (group === undefined) groups.set(item.dimension, [item]);
    else group.push(item);
  }
  return groups;
}
