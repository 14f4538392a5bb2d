/**
 * The journey maps this browser keeps, and every change the journey map builder makes to them.
 *
 * Saved under `touchpoint:journey-maps` through persistedAtom (versioned, synced across tabs, unreadable data
 * kept aside with a notice); the data shape is in lib/journey/journey-collection.ts, its migrations in
 * lib/journey/journey-migrations.ts.
 * Map edits are pure functions in lib/journey (stage-operations.ts, lane-items.ts, map-personas.ts…); the
 * island passes them to `changeMap`, which stamps the change time and saves.
 */
import { computed, type ReadableAtom } from 'nanostores';
import { applyJourneyImport, type ImportChoice, type ImportOutcome } from '../lib/journey/apply-journey-import.ts';
import { createId, type CreateId } from '../lib/text/id.ts';
import { createJourneyMap, type NewMapPersona } from '../lib/journey/create-journey-map.ts';
import { createMapFromTemplate } from '../lib/journey/create-map-from-template.ts';
import type { JourneyCollection } from '../lib/journey/journey-collection.ts';
import { JOURNEY_LIMITS } from '../lib/journey/journey-limits.ts';
import type { JourneyMap } from '../lib/journey/journey-map-schema.ts';
import { JOURNEY_COLLECTION_MIGRATIONS, JOURNEY_MAP_VERSION } from '../lib/journey/journey-migrations.ts';
import { loadJourneyTemplate } from '../lib/journey/journey-templates.ts';
import { syncPersonaNames, type KnownPersona } from '../lib/journey/map-personas.ts';
import { err, ok, type Result } from '../lib/result.ts';
import { createItemEditSync, type ConflictChoice as EditConflictChoice, type ItemEditSync } from './item-edit-sync.ts';
import { persistedAtom, type PersistedAtom } from './persisted-atom.ts';
import { getNextRevision } from '../lib/storage/item-revisions.ts';
import { $storageNotices } from './storage-notices.ts';

/** No maps yet: what the page shows before the browser's data is read. */
export const EMPTY_JOURNEY_COLLECTION: JourneyCollection = { maps: [], activeMapId: null, setAside: [] };

/** Everything saved: the maps, which one is open, and any saved map that could not be read. */
export const $journeyCollection: PersistedAtom<JourneyCollection> = persistedAtom<JourneyCollection>({
  key: 'journey-maps',
  version: JOURNEY_MAP_VERSION,
  initial: EMPTY_JOURNEY_COLLECTION,
  // The parser brings zod: it loads after the page's first render, when the store is first used.
  parse: { load: () => import('../lib/journey/journey-collection.ts').then((collection) => collection.parseJourneyCollection) },
  migrations: JOURNEY_COLLECTION_MIGRATIONS,
  reconcile: (incoming, current, sync) => journeyEdits.reconcile(incoming, current, sync),
  syncNote: () => journeyEdits.syncNote(),
});

/** Two tabs editing maps: changes combine field by field; a clash in the open map is the person's choice (item-edit-sync.ts). */
const journeyEdits: ItemEditSync<JourneyCollection, JourneyMap> = createItemEditSync<JourneyCollection, JourneyMap>({
  store: () => $journeyCollection,
  getItems: (collection) => collection.maps,
  withItems: (collection, maps) => ({ ...collection, maps }),
  getId: (map) => map.id,
  copyItem: (map, takenIds) => {
    let id = makeId();
    while (takenIds.has(id)) id = makeId();
    const suffix = ' (other tab)';
    return { ...map, id, scenario: `${map.scenario.slice(0, JOURNEY_LIMITS.scenario - suffix.length)}${suffix}`, updatedAt: now().toISOString() };
  },
  getRevision: (map) => map.updatedAt,
  setRevision: (map, updatedAt) => ({ ...map, updatedAt }),
  ignore: new Set(['updatedAt']),
  // Each tab keeps the map it has open, unless that map is gone.
  keepLocal: (incoming, current, maps) =>
    maps.some((map) => map.id === current.activeMapId) ? { ...incoming, activeMapId: current.activeMapId } : incoming,
});

/** The conflict about the map open in this tab: changed or deleted in another tab meanwhile. */
export const $journeyEditConflict = journeyEdits.$editConflict;

/** Tell the store which map this tab shows (call on mount; call the result on unmount). */
export function watchJourneyMapEdits(id: string): () => void {
  return journeyEdits.watch(id);
}

/** Settle the open conflict as the person chose; returns the id of a copy kept by 'keep-both', if any. */
export function resolveJourneyMapEditConflict(choice: EditConflictChoice): string | undefined {
  return journeyEdits.resolve(choice);
}

/** Every map, in the order they were made. */
export const $journeyMaps: ReadableAtom<readonly JourneyMap[]> = computed($journeyCollection, (collection) => collection.maps);

/** The map on screen: the chosen one, or the first; null when there is none. */
export const $activeJourneyMap: ReadableAtom<JourneyMap | null> = computed(
  $journeyCollection,
  (collection) => collection.maps.find((map) => map.id === collection.activeMapId) ?? collection.maps[0] ?? null,
);

/** Whether the last change reached the browser's storage: 'not-saved' while the browser refuses to save. */
export const $journeySaveState: ReadableAtom<'saved' | 'not-saved'> = computed($storageNotices, (notices) =>
  notices.some((notice) => notice.kind === 'write-failed' && notice.key === $journeyCollection.storageKey) ? 'not-saved' : 'saved',
);

let makeId: CreateId = () => createId();
let now: () => Date = () => new Date();

/** Make ids and dates predictable in tests. */
export function setJourneyClockForTests(options: { createId?: CreateId; now?: () => Date }): void {
  if (options.createId) makeId = options.createId;
  if (options.now) now = options.now;
}

/** A new id for a stage or an item. */
export function nextJourneyId(): string {
  return makeId();
}

function setCollection(change: Partial<JourneyCollection>): void {
  const previous = $journeyCollection.get();
  const next = { ...previous, ...change };
  journeyEdits.recordLocal(previous, next);
  $journeyCollection.set(next);
}

/** Why a new map could not be made. */
export type CreateMapError =
  | { readonly kind: 'too-many-maps'; readonly limit: number }
  | { readonly kind: 'no-such-template'; readonly templateId: string }
  | { readonly kind: 'empty-persona' }
  | { readonly kind: 'missing' }
  /** The template's stages could not be loaded (offline before the site was cached, or a new deployment). */
  | { readonly kind: 'template-unavailable' };

/**
 * Make a map, blank (the five default stages) or from a template, and open it.
 *
 * @param options the template id or 'blank', the persona, and for a blank map its scenario
 * @returns the new map, or why none was made (once a template's stages have loaded)
 */
export async function createMap(options: { templateId: string; persona: NewMapPersona; scenario?: string }): Promise<Result<JourneyMap, CreateMapError>> {
  if (options.persona.name.trim() === '') return err({ kind: 'empty-persona' });
  let template;
  try {
    template = options.templateId === 'blank' ? undefined : await loadJourneyTemplate(options.templateId);
  } catch {
    return err({ kind: 'template-unavailable' });
  }
  if (options.templateId !== 'blank' && !template) return err({ kind: 'no-such-template', templateId: options.templateId });
  // Read after the stages have loaded: another action may have changed the collection meanwhile.
  const { maps } = $journeyCollection.get();
  if (maps.length >= JOURNEY_LIMITS.maps) return err({ kind: 'too-many-maps', limit: JOURNEY_LIMITS.maps });
  let map: JourneyMap;
  if (!template) {
    map = createJourneyMap(options.persona, options.scenario ?? '', makeId, now());
  } else {
    map = createMapFromTemplate(template, options.persona, makeId, now());
    if (options.scenario !== undefined && options.scenario.trim() !== '') map = { ...map, scenario: options.scenario.trim() };
  }
  setCollection({ maps: [...maps, map], activeMapId: map.id });
  return ok(map);
}

/** Open another map. */
export function selectMap(id: string): void {
  if ($journeyCollection.get().maps.some((map) => map.id === id)) setCollection({ activeMapId: id });
}

/**
 * Change one map (the editor calls this on every edit, so changes are saved as they are typed). Nothing is
 * written when the change returns the same map.
 *
 * @param id the map's id
 * @param change returns the changed map from the current one (from lib/journey)
 */
export function changeMap(id: string, change: (map: JourneyMap) => JourneyMap): void {
  const { maps } = $journeyCollection.get();
  const index = maps.findIndex((map) => map.id === id);
  const current = maps[index];
  if (!current) return;
  const changed = change(current);
  if (changed === current) return;
  const next = [...maps];
  // Each saved version gets its own stamp: it is the revision other tabs compare (item-edit-sync.ts).
  next[index] = { ...changed, id, createdAt: current.createdAt, updatedAt: getNextRevision(current.updatedAt, now()) };
  setCollection({ maps: next });
}

/**
 * Copy a map (its scenario followed by "(copy)") right after the original, and open the copy.
 *
 * @returns the copy, or why there is none
 */
export function duplicateMap(id: string): Result<JourneyMap, CreateMapError> {
  const { maps } = $journeyCollection.get();
  const index = maps.findIndex((map) => map.id === id);
  const original = maps[index];
  if (!original) return err({ kind: 'missing' });
  if (maps.length >= JOURNEY_LIMITS.maps) return err({ kind: 'too-many-maps', limit: JOURNEY_LIMITS.maps });
  const time = now().toISOString();
  const suffix = ' (copy)';
  const copy: JourneyMap = {
    ...original,
    id: makeId(),
    scenario: `${original.scenario.slice(0, JOURNEY_LIMITS.scenario - suffix.length)}${suffix}`,
    createdAt: time,
    updatedAt: time,
  };
  setCollection({ maps: [...maps.slice(0, index + 1), copy, ...maps.slice(index + 1)], activeMapId: copy.id });
  return ok(copy);
}

/** A deleted map and where it was, so the deletion can be undone. */
export interface DeletedMap {
  readonly map: JourneyMap;
  readonly index: number;
}

/**
 * Delete a map; the next one (or the previous) opens.
 *
 * @returns what `restoreMap` needs to undo it, or undefined when there was no such map
 */
export function deleteMap(id: string): DeletedMap | undefined {
  const { maps, activeMapId } = $journeyCollection.get();
  const index = maps.findIndex((map) => map.id === id);
  const map = maps[index];
  if (!map) return undefined;
  const remaining = maps.filter((known) => known.id !== id);
  const nextActive = activeMapId === id ? (remaining[index] ?? remaining[index - 1] ?? null)?.id ?? null : activeMapId;
  setCollection({ maps: remaining, activeMapId: nextActive });
  return { map, index };
}

/** Undo a deletion: put the map back where it was (under a new id if its id was taken meanwhile) and open it. */
export function restoreMap(deleted: DeletedMap): JourneyMap {
  const { maps } = $journeyCollection.get();
  const taken = maps.some((map) => map.id === deleted.map.id);
  const map = taken ? { ...deleted.map, id: makeId() } : deleted.map;
  const index = Math.min(deleted.index, maps.length);
  setCollection({ maps: [...maps.slice(0, index), map, ...maps.slice(index)], activeMapId: map.id });
  return map;
}

/**
 * Add imported (or shared) maps, doing what the person chose for each one that has the same id as a map
 * here (keep both when no choice was made), and open the first one added or replaced.
 *
 * @param incoming validated maps
 * @param choices the choice per conflicting map, by its index in `incoming`
 * @returns what happened, or why the maps do not fit (then nothing changed)
 */
export function importMaps(
  incoming: readonly JourneyMap[],
  choices: ReadonlyMap<number, ImportChoice>,
): Result<ImportOutcome, { readonly kind: 'too-many-maps'; readonly limit: number; readonly needed: number }> {
  const outcome = applyJourneyImport($journeyCollection.get().maps, incoming, choices, { createId: makeId, now: now() });
  if (!outcome.ok) return outcome;
  const opened = outcome.value.added[0] ?? outcome.value.replaced[0];
  setCollection({ maps: outcome.value.maps, ...(opened ? { activeMapId: opened.id } : {}) });
  return outcome;
}

/**
 * Keep the persona names maps store in step with the persona builder (after a rename there). Writes only
 * when a name changed; maps whose persona was deleted keep the name they had.
 */
export function syncMapPersonaNames(known: readonly KnownPersona[]): void {
  const { maps } = $journeyCollection.get();
  let changed = false;
  const next = maps.map((map) => {
    const synced = syncPersonaNames(map, known);
    if (synced !== map) changed = true;
    return synced;
  });
  if (changed) setCollection({ maps: next });
}

/** Forget a saved map that could not be read (after the person downloaded it). */
export function discardSetAsideMap(index: number): void {
  const collection = $journeyCollection.get();
  setCollection({ setAside: collection.setAside.filter((_entry, position) => position !== index) });
}
