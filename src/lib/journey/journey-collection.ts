/**
 * The journey maps this browser keeps, as saved under `touchpoint:journey-maps`:
 *
 *     { "v": 1, "data": { "maps": [JourneyMap…], "activeMapId": "…" | null, "setAside": [{ "label", "reason", "raw" }…] } }
 *
 * Each saved map is read on its own: one that cannot be read is moved to `setAside` with the reason and its
 * raw JSON (the page offers it for download), and the others load as usual. A collection that is not even
 * a list of maps is handled by persistedAtom (kept aside whole, with a notice). Migration: each step of
 * `JOURNEY_MAP_MIGRATIONS` is applied to every saved map (`JOURNEY_COLLECTION_MIGRATIONS`). The store loads
 * this module after the page's first render (it brings zod), so it holds the parser only.
 */
import { z } from '../schema/zod.ts';
import { err, ok, type Result } from '../result.ts';
import { setAsideEntrySchema, type SetAsideEntry } from '../storage/set-aside-entry.ts';
import { createUniqueIds } from '../storage/unique-ids.ts';
import { describeJourneyIssue } from './describe-journey-issue.ts';
import { formatSchemaIssue } from '../schema/describe-schema-issue.ts';
import { journeyMapSchema, type JourneyMap } from './journey-map-schema.ts';

/** A saved map that could not be read, kept so nothing is lost. */
export type SetAsideMap = SetAsideEntry;

export interface JourneyCollection {
  readonly maps: readonly JourneyMap[];
  /** The map on screen; null before the first map. */
  readonly activeMapId: string | null;
  readonly setAside: readonly SetAsideMap[];
}

const collectionShape = z.object({
  maps: z.array(z.unknown()),
  activeMapId: z._default(z.nullable(z.string()), null),
  setAside: z._default(z.array(setAsideEntrySchema), []),
});

/**
 * Read saved data into a collection: every readable map, the unreadable ones set aside with a reason.
 *
 * @param data the saved data (already migrated to the current version)
 * @returns the collection, or a message when the data is not a collection at all
 * @example parseJourneyCollection({ maps: [{ scenario: 'no id' }] }).value.setAside[0].label // 'no id'
 */
export function parseJourneyCollection(data: unknown): Result<JourneyCollection, string> {
  const shape = collectionShape.safeParse(data);
  if (!shape.success) return err('maps: expected a list of journey maps');
  const maps: JourneyMap[] = [];
  const setAside: SetAsideMap[] = [...shape.data.setAside];
  const uniqueId = createUniqueIds();
  for (const entry of shape.data.maps) {
    const checked = journeyMapSchema.safeParse(entry, { reportInput: true });
    if (!checked.success) {
      const scenario = typeof entry === 'object' && entry !== null && 'scenario' in entry && typeof entry.scenario === 'string' ? entry.scenario : '';
      setAside.push({
        label: scenario.trim() || 'A journey map without a scenario',
        reason: checked.error.issues.slice(0, 5).map((issue) => formatSchemaIssue(describeJourneyIssue(issue))).join('; '),
        raw: JSON.stringify(entry) ?? String(entry),
      });
      continue;
    }
    // Two saved maps with one id (edited by hand?): keep both, the second under a new id.
    const id = uniqueId(checked.data.id);
    maps.push(id === checked.data.id ? checked.data : { ...checked.data, id });
  }
  const activeMapId = maps.some((map) => map.id === shape.data.activeMapId) ? shape.data.activeMapId : (maps[0]?.id ?? null);
  return ok({ maps, activeMapId, setAside });
}
