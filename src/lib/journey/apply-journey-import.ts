import { err, ok, type Result } from '../result.ts';
import type { CreateId } from '../text/id.ts';
import { JOURNEY_LIMITS } from './journey-limits.ts';
import type { JourneyMap } from './journey-map-schema.ts';

/** What to do with an imported map whose id is already here: replace the one here, keep both, or skip it. */
export type ImportChoice = 'replace' | 'keep-both' | 'skip';

/** An imported map that has the same id as a map in this browser. */
export interface ImportConflict {
  /** Its index in the imported list. */
  readonly index: number;
  readonly incoming: JourneyMap;
  readonly existing: JourneyMap;
}

/** What an import did. */
export interface ImportOutcome {
  readonly maps: readonly JourneyMap[];
  readonly added: readonly JourneyMap[];
  readonly replaced: readonly JourneyMap[];
  readonly skipped: readonly JourneyMap[];
}

/**
 * Find the imported maps that would collide with maps here (same id): the page asks about each one.
 *
 * @example findImportConflicts([map], [map])[0].index // 0
 */
export function findImportConflicts(existing: readonly JourneyMap[], incoming: readonly JourneyMap[]): ImportConflict[] {
  return incoming.flatMap((map, index) => {
    const here = existing.find((known) => known.id === map.id);
    return here ? [{ index, incoming: map, existing: here }] : [];
  });
}

/**
 * Add imported maps, doing what the person chose for each conflict. A conflict without a choice keeps both:
 * nothing is overwritten without asking. A kept copy gets a new id and "(imported)" after its scenario.
 *
 * @param existing the maps here
 * @param incoming the validated imported maps
 * @param choices the choice per conflict, by index in `incoming`
 * @param options makes ids and dates the import
 * @returns the new list and what happened, or why the maps do not fit
 * @example applyJourneyImport([], [map], new Map(), { createId, now }).value.added.length // 1
 */
export function applyJourneyImport(
  existing: readonly JourneyMap[],
  incoming: readonly JourneyMap[],
  choices: ReadonlyMap<number, ImportChoice>,
  options: { readonly createId: CreateId; readonly now: Date },
): Result<ImportOutcome, { readonly kind: 'too-many-maps'; readonly limit: number; readonly needed: number }> {
  const maps = [...existing];
  const added: JourneyMap[] = [];
  const replaced: JourneyMap[] = [];
  const skipped: JourneyMap[] = [];
  const time = options.now.toISOString();
  incoming.forEach((map, index) => {
    const position = maps.findIndex((known) => known.id === map.id);
    if (position === -1) {
      maps.push(map);
      added.push(map);
      return;
    }
    const choice = choices.get(index) ?? 'keep-both';
    switch (choice) {
      case 'skip':
        skipped.push(map);
        return;
      case 'replace':
        maps[position] = { ...map, updatedAt: time };
        replaced.push(map);
        return;
      case 'keep-both': {
        const suffix = ' (imported)';
        const scenario = `${map.scenario.slice(0, JOURNEY_LIMITS.scenario - suffix.length)}${suffix}`;
        const copy = { ...map, id: options.createId(), scenario, updatedAt: time };
        maps.push(copy);
        added.push(copy);
        return;
      }
      default:
        choice satisfies never;
    }
  });
  if (maps.length > JOURNEY_LIMITS.maps) return err({ kind: 'too-many-maps', limit: JOURNEY_LIMITS.maps, needed: maps.length });
  return ok({ maps, added, replaced, skipped });
}
